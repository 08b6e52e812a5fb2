import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { parseIndex, prepareIndex, serializeIndex } from '../../corpus/corpus-index';
import { buildLineIndexData, isLineIndexData, mergeLineIndexData } from '../../corpus/line-index';
import { Matcher } from '../../corpus/match';
import type { CorpusIndex } from '../../corpus/types';
import { seedIndex } from '../seeds';

/** Every match of every line of every seed, as comparable rows. */
function allMatches(matcher: Matcher, index: CorpusIndex): string[] {
  return index.articles.flatMap((a) =>
    analyzeArticle(matcher, a.text).items.flatMap((i) => i.matches.map((m) => `${a.id}|${i.text}|${m.source}|${m.relation}|${m.score}|${m.text}`)),
  );
}

describe('prepared line index', () => {
  const rebuilt = allMatches(new Matcher(seedIndex), seedIndex);

  it('loads from the serialised index and matches exactly as a matcher built from scratch', () => {
    const loaded = parseIndex(serializeIndex(prepareIndex(seedIndex)));
    expect(isLineIndexData(loaded.lines, loaded.articles.length)).toBe(true);
    expect(allMatches(new Matcher(loaded), loaded)).toEqual(rebuilt);
    expect(rebuilt.length).toBeGreaterThan(100);
  });

  it('adds articles past the prepared ones (the reader’s own) without re-deriving those', () => {
    const firstFour = buildLineIndexData(seedIndex.articles.slice(0, 4));
    const matcher = new Matcher({ ...seedIndex, lines: firstFour });
    expect(allMatches(matcher, seedIndex)).toEqual(rebuilt);
    const sortedPairs = (pairs: ArrayLike<number>) => Array.from({ length: pairs.length / 2 }, (_, n) => `${pairs[2 * n]}:${pairs[2 * n + 1]}`).sort();
    const { sentenceHashes: loadedHashes, ...loaded } = matcher.lineIndexData();
    const { sentenceHashes: wholeHashes, ...whole } = buildLineIndexData(seedIndex.articles);
    expect(loaded).toEqual(whole);
    expect(sortedPairs(loadedHashes)).toEqual(sortedPairs(wholeHashes));
  });

  it('rebuilds instead of trusting structures of another version or shape', () => {
    const prepared = prepareIndex(seedIndex).lines!;
    const outOfRange = { ...prepared, lineStems: prepared.lineStems.map((id, n) => (n === 7 ? prepared.stems.length + 5 : id)) };
    const badArticle = { ...prepared, table: prepared.table.map((v, n) => (n === 0 ? 42 : v)) };
    for (const stale of [{ ...prepared, version: 0 }, { ...prepared, table: prepared.table.slice(1) }, { ...prepared, articles: 99 }, outOfRange, badArticle, 'nonsense']) {
      const index = { ...seedIndex, lines: stale } as unknown as CorpusIndex;
      expect(allMatches(new Matcher(index), seedIndex)).toEqual(rebuilt);
    }
  });
});

describe('merging prepared parts', () => {
  it('gives what preparing the whole would, so a reader’s articles prepared one by one load without re-deriving', () => {
    const parts = [buildLineIndexData(seedIndex.articles.slice(0, 3)), ...seedIndex.articles.slice(3).map((a) => buildLineIndexData([a]))];
    const merged = mergeLineIndexData(parts);
    const whole = buildLineIndexData(seedIndex.articles);
    expect(allMatches(new Matcher({ ...seedIndex, lines: merged }), seedIndex)).toEqual(allMatches(new Matcher({ ...seedIndex, lines: whole }), seedIndex));
    expect(Array.from(merged.table)).toEqual(whole.table);
    expect(Array.from(merged.lineStems, (id) => merged.stems[id])).toEqual(Array.from(whole.lineStems, (id) => whole.stems[id]));
    expect(Array.from(merged.longSentences)).toEqual(whole.longSentences);
  });
});
