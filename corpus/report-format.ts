/** The journalist's consistency report as Markdown and CSV: every line, every outlet's wording, every flag. */
import type { AnalyzedItem } from './check';
import { formatDay } from './dates';
import type { Disagreement, Match, Relation } from './match';
import { sourceNote } from './metadata';
import type { ItemKind } from './types';
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

/** The report's own words, so the extension writes it in the reader's language; English by default. */
export interface ReportWords {
  /** Templates; $1, $2 are filled in. */
  text: Record<
    'title' | 'page' | 'pageDated' | 'selfNotice' | 'generated' | 'noOther' | 'noOtherOnOccasion' | 'saidOnAnother' | 'firstReported' | 'outlet' | 'relation' | 'score' | 'date' | 'wording' | 'flags',
    string
  >;
  relation: Record<Relation, string>;
  kind: Record<ItemKind, string>;
  disagreement: (d: Disagreement) => string;
  day: (isoDate: string) => string;
}

export const ENGLISH_REPORT_WORDS: ReportWords = {
  text: {
    title: 'Crossline consistency report: $1',
    page: 'Page: $1',
    pageDated: 'Page dated $1',
    selfNotice: 'This page is $1 in the corpus; its own lines are left out.',
    generated: 'Generated: $1',
    noOther: 'No other outlet carries this.',
    noOtherOnOccasion: 'No other outlet carries this on this occasion.',
    saidOnAnother: 'Said on another occasion:',
    firstReported: 'First reported $1.',
    outlet: 'Outlet',
    relation: 'Relation',
    score: 'Score',
    date: 'Date',
    wording: 'Wording',
    flags: 'Flags',
  },
  relation: RELATION_WORD,
  kind: KIND_WORD,
  disagreement: describeDisagreement,
  day: (isoDate) => formatDay(isoDate),
};

export function toMarkdown(items: readonly AnalyzedItem[], meta: ReportMeta, words: ReportWords = ENGLISH_REPORT_WORDS): string {
  const w = (key: keyof ReportWords['text'], ...subs: string[]) => words.text[key].replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
  const outlet = (m: Match) => {
    const note = sourceNote(m, words.day);
    return note ? `${m.label} (${note})` : m.label;
  };
  const lines: string[] = [];
  lines.push(`# ${w('title', mdEscape(meta.title ?? meta.url))}`, '');
  lines.push(`- ${w('page', mdEscape(meta.url))}`);
  if (meta.date) lines.push(`- ${w('pageDated', words.day(meta.date))}`);
  if (meta.selfLabel) lines.push(`- ${w('selfNotice', mdEscape(meta.selfLabel))}`);
  lines.push(`- ${w('generated', meta.generatedAt.toISOString())}`, '');
  for (const item of items) {
    const who = item.speaker ? ` — ${mdEscape(item.speaker)}` : '';
    lines.push(`## ${words.kind[item.kind]}${who}`, '', `> ${mdEscape(item.text)}`, '');
    if (item.matches.length === 0) lines.push(item.earlier.length ? w('noOtherOnOccasion') : w('noOther'), '');
    else {
      lines.push(`| ${w('outlet')} | ${w('relation')} | ${w('score')} | ${w('date')} | ${w('wording')} | ${w('flags')} |`, '| --- | --- | --- | --- | --- | --- |');
      for (const m of item.matches) {
        const flags = m.disagreements.map(words.disagreement).join('; ');
        lines.push(`| ${mdEscape(outlet(m))} | ${words.relation[m.relation]} | ${m.score.toFixed(2)} | ${m.date ? words.day(m.date) : ''} | ${mdEscape(m.text)} | ${mdEscape(flags)} |`);
      }
      lines.push('');
    }
    if (item.earlier.length) {
      lines.push(w('saidOnAnother'), '', `| ${w('outlet')} | ${w('date')} | ${w('relation')} | ${w('wording')} |`, '| --- | --- | --- | --- |');
      for (const m of item.earlier) lines.push(`| ${mdEscape(outlet(m))} | ${m.date ? words.day(m.date) : ''} | ${words.relation[m.relation]} | ${mdEscape(m.text)} |`);
      lines.push('');
    }
    if (item.firstReported) lines.push(w('firstReported', words.day(item.firstReported)), '');
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
