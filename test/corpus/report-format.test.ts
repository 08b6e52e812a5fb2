import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { Matcher } from '../../corpus/match';
import { toCsv, toMarkdown } from '../../corpus/report-format';
import { seedIndex, seedText } from '../seeds';

const items = analyzeArticle(new Matcher(seedIndex), seedText('004')).items.filter((i) => i.matches.length > 0);
const hostile = (text: string) => [{ ...items[0]!, text, speaker: 'Mr. <b>X</b> | y', matches: items[0]!.matches.map((m) => ({ ...m, label: `[Verified](https://evil.example) ${m.label}`, text: `${m.text}\rinjected,row\n# heading` })) }];

/** Splits CSV into rows of cells, honouring quotes (RFC 4180). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('report exports with hostile text', () => {
  it('keeps every CSV row at the header’s width, whatever line breaks the text holds', () => {
    const rows = parseCsv(toCsv(hostile('=cmd|"/c calc"!A0')));
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([13]));
    expect(rows[1]![2]).toBe(`'=cmd|"/c calc"!A0`);
    expect(rows[1]![8]).toContain('\rinjected,row\n# heading');
  });

  it('neutralises formulas, also after a tab or carriage return', () => {
    for (const start of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(parseCsv(toCsv(hostile(start)))[1]![2]!.startsWith("'")).toBe(true);
  });

  it('writes Markdown in which no page or corpus text becomes markup, a link, or a new row', () => {
    const md = toMarkdown(hostile('<script>alert(1)</script> `code` *bold* | pipe'), {
      title: '# Title [x](javascript:alert(1))',
      url: 'https://example.org/[Verified by Reuters](https://evil.example)',
      selfLabel: null,
      generatedAt: new Date(0),
    });
    expect(md).not.toMatch(/(?<!\\)\[Verified/u);
    expect(md).not.toMatch(/(?<!\\)<script>/u);
    expect(md).not.toMatch(/(?<!\\)`code/u);
    expect(md.split('\n').filter((l) => /^#+ heading/u.test(l))).toEqual([]);
    const tableRows = md.split('\n').filter((l) => l.startsWith('| '));
    for (const row of tableRows) expect(row.split(/(?<!\\)\|/u).length).toBeGreaterThanOrEqual(6);
    expect(md.split('\n').filter((l) => l.startsWith('injected'))).toEqual([]);
  });
});
