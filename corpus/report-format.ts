/** The journalist's consistency report as Markdown and CSV: every line, every outlet's wording, every flag. */
import type { AnalyzedItem } from './check';
import type { Disagreement, Match } from './match';
import { formatDay } from './dates';
import { sourceNote } from './metadata';
import { KIND_WORD, RELATION_WORD } from './words';

export type ReportFilter = 'all' | 'carried' | 'altered' | 'reported' | 'disagreements' | 'alone';

/** Which lines each report filter keeps (the UI names them in the reader's language). */
export const REPORT_FILTERS: Record<ReportFilter, (item: AnalyzedItem) => boolean> = {
  all: () => true,
  carried: (i) => i.matches.length > 0,
  altered: (i) => i.matches.some((m) => m.relation === 'variant'),
  reported: (i) => i.matches.some((m) => m.relation === 'reported'),
  disagreements: (i) => i.matches.some((m) => m.disagreements.length > 0),
  alone: (i) => i.matches.length === 0,
};


/** The outlet, or a neutral id with what identifies the article (see sourceNote). */
function outletCell(m: Match): string {
  const note = sourceNote(m);
  return note ? `${m.label} (${note})` : m.label;
}

export function describeDisagreement(d: Disagreement): string {
  if (d.kind === 'speaker') return `speaker: ${d.theirs} (page: ${d.ours})`;
  return `${d.kind}: ${d.theirs} (page: ${d.ours})`;
}

export interface ReportMeta {
  title: string | null;
  url: string;
  /** The page's date, when known. */
  date?: string | null;
  selfLabel: string | null;
  generatedAt: Date;
}

/**
 * Page and corpus text as Markdown text, never markup: every character Markdown or HTML could
 * read as syntax is escaped, and line breaks of any kind (a bare \r too) become spaces, so a cell
 * stays in its table row and a heading on its line.
 */
const mdEscape = (s: string) =>
  s
    .replace(/[\r\n\u2028\u2029]+/gu, ' ')
    .replace(/([\\`*_[\]|<>~&])/gu, '\\$1')
    // At the start of a line (after "> " or "## "), these would open a heading, a list or a quote.
    .replace(/^(\s*)([#+\-=]|\d+(?=[.)]))/u, '$1\\$2');

export function toMarkdown(items: readonly AnalyzedItem[], meta: ReportMeta): string {
  const lines: string[] = [];
  lines.push(`# Crossline consistency report: ${mdEscape(meta.title ?? meta.url)}`, '');
  lines.push(`- Page: ${mdEscape(meta.url)}`);
  if (meta.date) lines.push(`- Page dated ${formatDay(meta.date)}`);
  if (meta.selfLabel) lines.push(`- This page is ${mdEscape(meta.selfLabel)} in the corpus; its own lines are left out.`);
  lines.push(`- Generated: ${meta.generatedAt.toISOString()}`, '');
  for (const item of items) {
    const who = item.speaker ? ` — ${mdEscape(item.speaker)}` : '';
    lines.push(`## ${KIND_WORD[item.kind]}${who}`, '', `> ${mdEscape(item.text)}`, '');
    if (item.matches.length === 0) lines.push(item.earlier.length ? 'No other outlet carries this on this occasion.' : 'No other outlet carries this.', '');
    else {
      lines.push('| Outlet | Relation | Score | Date | Wording | Flags |', '| --- | --- | --- | --- | --- | --- |');
      for (const m of item.matches) {
        const flags = m.disagreements.map(describeDisagreement).join('; ');
        lines.push(`| ${mdEscape(outletCell(m))} | ${RELATION_WORD[m.relation]} | ${m.score.toFixed(2)} | ${m.date ? formatDay(m.date) : ''} | ${mdEscape(m.text)} | ${mdEscape(flags)} |`);
      }
      lines.push('');
    }
    if (item.earlier.length) {
      lines.push('Said on another occasion:', '', '| Outlet | Date | Relation | Wording |', '| --- | --- | --- | --- |');
      for (const m of item.earlier) lines.push(`| ${mdEscape(outletCell(m))} | ${m.date ? formatDay(m.date) : ''} | ${RELATION_WORD[m.relation]} | ${mdEscape(m.text)} |`);
      lines.push('');
    }
    if (item.firstReported) lines.push(`First reported ${formatDay(item.firstReported)}.`, '');
  }
  return lines.join('\n');
}

const csvCell = (value: string | number | null) => {
  const s = value === null ? '' : String(value);
  // A leading = + - @ (or tab or carriage return before one) would be run as a formula by spreadsheets: quote it away.
  const safe = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
  // Any line break, a bare \r included, is kept inside a quoted cell: a reader sees one row per line of the report.
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
};

export function toCsv(items: readonly AnalyzedItem[]): string {
  const rows: (string | number | null)[][] = [['kind', 'speaker', 'line', 'outlet', 'source', 'source article', 'relation', 'score', 'their wording', 'their speaker', 'flags', 'date', 'occasion']];
  for (const item of items) {
    if (item.matches.length === 0 && item.earlier.length === 0) rows.push([item.kind, item.speaker, item.text, null, null, null, null, null, null, null, 'no other outlet', null, null]);
    for (const m of [...item.matches, ...item.earlier]) {
      rows.push([item.kind, item.speaker, item.text, m.label, m.source, m.gist, RELATION_WORD[m.relation], m.score, m.text, m.speaker, m.disagreements.map(describeDisagreement).join('; '), m.date, m.occasion]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
