import { describe, expect, it } from 'vitest';
import { buildIndex, CorpusError, parseIndex, serializeIndex } from '../../corpus/corpus-index';
import { deriveMeta } from '../../corpus/metadata';
import { withWordKnowledge } from '../../cli/wordnet';
import { seedFiles, seedIndex } from '../seeds';

describe('corpus index', () => {
  it('is deterministic: same input, same bytes, whatever the file order', () => {
    const again = withWordKnowledge(buildIndex([...seedFiles].reverse()));
    expect(serializeIndex(again)).toBe(serializeIndex(seedIndex));
  });

  it('is versioned and holds each article with its items', () => {
    expect(seedIndex.format).toBe('crossline-index');
    expect(seedIndex.version).toBe(1);
    expect(seedIndex.articles.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const a of seedIndex.articles) {
      expect(a.items.length).toBeGreaterThan(5);
      for (const item of a.items) expect(item.end).toBeLessThanOrEqual(a.text.length);
    }
  });

  it('round-trips through parseIndex', () => {
    expect(parseIndex(serializeIndex(seedIndex))).toEqual(seedIndex);
  });

  it('writes an item’s words only where they are not simply its span of the article', () => {
    const written = JSON.parse(serializeIndex(seedIndex)) as { articles: { text: string; items: { text?: string; start: number; end: number }[] }[] };
    const items = written.articles.flatMap((a) => a.items.map((i) => ({ ...i, span: a.text.slice(i.start, i.end) })));
    expect(items.filter((i) => i.text === undefined).length).toBeGreaterThan(items.length / 2);
    expect(items.filter((i) => i.text !== undefined).every((i) => i.text !== i.span)).toBe(true);
  });

  it.each([
    ['not JSON {', /not valid JSON/u],
    ['[]', /Not a Crossline corpus/u],
    ['{"format":"crossline-index","version":99,"articles":[]}', /version 99/u],
    ['{"format":"crossline-index","version":1}', /no article list/u],
    ['{"format":"crossline-index","version":1,"articles":[{"id":"x","text":"ab","items":[{"kind":"quote","text":"a","start":0,"end":9}]}]}', /malformed item/u],
  ])('rejects a corrupt corpus with a clear message: %s', (input, message) => {
    expect(() => parseIndex(input)).toThrow(CorpusError);
    expect(() => parseIndex(input)).toThrow(message);
  });
});

describe('article metadata', () => {
  it('takes only what the text states, and a neutral label otherwise', () => {
    const byId = Object.fromEntries(seedIndex.articles.map((a) => [a.id, a]));
    // 000 states no date: it takes its story's, from 004, which quotes the same words, and says so.
    expect(byId['000']).toMatchObject({ outlet: null, label: 'Source 000', headline: null, date: '2025-04-26', dateFrom: 'story', dateVia: '004' });
    expect(byId['002']).toMatchObject({
      outlet: 'Caliber.Az',
      label: 'Caliber.Az',
      headline: 'Trump signals breakthrough in Russia–Ukraine talks after envoy’s Moscow visit',
      byline: 'Vafa Guliyeva',
    });
    expect(byId['004']).toMatchObject({ outlet: null, date: '2025-04-26', dateFrom: 'text', dateVia: null });
  });

  it('prefers what sources.json says', () => {
    const meta = deriveMeta('000_x.txt', 'Some text.', { outlet: 'The Daily Example', url: 'https://example.org/a', date: '2025-04-25' });
    expect(meta).toMatchObject({ id: '000', outlet: 'The Daily Example', label: 'The Daily Example', url: 'https://example.org/a', date: '2025-04-25' });
  });
});
