/**
 * Wire copy at scale: a line reprinted by hundreds of outlets must reach every one of them (the
 * candidate limit counts distinct wordings, not copies), and an index loaded from its packed form
 * or grown by the reader's own articles must find exactly what one built whole finds.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, prepareIndex } from '../../corpus/corpus-index';
import { buildLineIndexData } from '../../corpus/line-index';
import { kthLargest, Matcher, type MatchQuery } from '../../corpus/match';
import { packIndex, unpackIndex } from '../../corpus/packed-index';
import type { CorpusIndex } from '../../corpus/types';
import { seedFiles, seedIndex } from '../seeds';

const REPRINTS = 300;

/** A line of our own (it is in no seed), reprinted whole by REPRINTS outlets among filler of their own. */
const WIRE = 'The harbour authority said on Tuesday that “the new ferry terminal will open to passengers in the first week of June,” after two years of delays.';
const query: MatchQuery = { text: 'the new ferry terminal will open to passengers in the first week of June', kind: 'quote', speaker: null, context: WIRE };

function reprintFiles() {
  return Array.from({ length: REPRINTS }, (_, n) => ({
    file: `${String(100 + n).padStart(3, '0')}_reprint.txt`,
    text: [
      `Town bulletin number ${n}.`,
      `The ${['library', 'pool', 'market', 'museum'][n % 4]} will keep its winter hours until ${n % 28 + 1} March, the council said.`,
      WIRE,
      `Residents of district ${n} may collect parking permits from the ${['north', 'south', 'east'][n % 3]} office.`,
    ].join('\n\n'),
  }));
}

const whole = prepareIndex(buildIndex([...seedFiles, ...reprintFiles()]));
const sources = (index: CorpusIndex, q: MatchQuery = query) => new Matcher(index).match(q).map((m) => `${m.source}|${m.relation}|${m.score}|${m.start}`);

describe('reprinted lines', () => {
  const found = sources(whole);

  it('reach every outlet that reprinted them, far past the candidate limit', () => {
    const reprinters = new Set(found.map((row) => row.split('|')[0]));
    expect(reprinters.size).toBe(REPRINTS);
    expect(found.every((row) => row.includes('|verbatim|1|'))).toBe(true);
  });

  it('are found alike from the packed index, whose copy classes come with it', () => {
    const loaded = unpackIndex(packIndex(whole));
    expect(sources(loaded)).toEqual(found);
    // And for the seeds' own lines, which nothing reprints.
    for (const item of seedIndex.articles[4]!.items.slice(0, 6)) {
      const q: MatchQuery = { text: item.text, kind: item.kind, speaker: item.speaker };
      expect(sources(loaded, q)).toEqual(sources(whole, q));
    }
  });

  it('are found alike when the reprints arrive later as the reader’s own articles', () => {
    const firstFew = whole.articles.slice(0, seedIndex.articles.length + 3);
    const grown = { ...whole, lines: buildLineIndexData(firstFew) };
    expect(sources(grown)).toEqual(found);
  });

  it('leave out the page’s own article, and only it', () => {
    const own = found[0]!.split('|')[0]!;
    const without = new Matcher(whole).match(query, { excludeSource: own }).map((m) => m.source);
    expect(without).toHaveLength(REPRINTS - 1);
    expect(without).not.toContain(own);
  });
});

describe('a wire claim reprinted in other surroundings', () => {
  // A claim of our own, reprinted by COPIES outlets each among sentences of its own, and one
  // outlet that states the same fact in other words.
  const COPIES = 200;
  const CLAIM = 'Building the new ferry terminal cost 48 million euros and took two years longer than planned.';
  const files = [
    ...seedFiles,
    ...Array.from({ length: COPIES }, (_, n) => ({
      file: `${String(500 + n).padStart(3, '0')}_copy.txt`,
      text: [`Harbour notes, issue ${n}.`, `The ${['east', 'west'][n % 2]} quay reopens on ${n % 28 + 1} May. ${CLAIM} Parking stays free in district ${n}.`].join('\n\n'),
    })),
    { file: '900_other.txt', text: 'Harbour notes.\n\nThe ferry terminal was finished two years late, after building costs reached 48 million euros.' },
  ];
  const index = prepareIndex(buildIndex(files));
  const claim: MatchQuery = { text: CLAIM, kind: 'claim', speaker: null };

  it('is weighed once, and leaves room for the outlet that put it in other words', () => {
    const found = new Matcher(index).match(claim).map((m) => m.source);
    expect(found).toHaveLength(COPIES + 1);
    expect(found).toContain('900');
  });

  it('is one copy class whatever surrounds it, where a quote in other surroundings is not', () => {
    const lines = index.lines!;
    const keysOf = (text: string) => {
      const keys = new Set<number>();
      for (let line = 0; line < lines.copyKeys.length; line++) {
        const [article, , , start, end] = Array.from(lines.table.slice(line * 9, line * 9 + 5));
        if (index.articles[article!]!.text.slice(start, end) === text) keys.add(lines.copyKeys[line]!);
      }
      return keys;
    };
    expect(keysOf(CLAIM).size).toBe(1);
    const quoted = prepareIndex(buildIndex(files.slice(seedFiles.length, seedFiles.length + 20).map((f) => ({ ...f, text: f.text.replace(CLAIM, `The mayor said “${CLAIM}”`) }))));
    const quoteKeys = new Set<number>();
    for (let line = 0; line < quoted.lines!.copyKeys.length; line++) if (quoted.lines!.table[line * 9 + 1] === 0) quoteKeys.add(quoted.lines!.copyKeys[line]!);
    // The stock-phrase guard weighs a quote's surroundings, so each reprint's quote is its own class.
    expect(quoteKeys.size).toBeGreaterThan(1);
  });
});

describe('kthLargest', () => {
  it('agrees with sorting, ties and all', () => {
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const length = 1 + Math.floor(random() * 300);
      const values = Float64Array.from({ length }, () => Math.floor(random() * (round % 3 === 0 ? 5 : 1000)) / 7);
      const sorted = [...values].sort((a, b) => b - a);
      const k = 1 + Math.floor(random() * length);
      expect(kthLargest(values.slice(), k)).toBe(sorted[k - 1]);
    }
    expect(kthLargest(Float64Array.of(3, 1, 2), 10)).toBe(1);
  });
});
