import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { analyzeArticle } from '../../corpus/check';
import { CorpusError, buildIndex, prepareIndex, serializeIndex, withArticles } from '../../corpus/corpus-index';
import { Matcher } from '../../corpus/match';
import { LINE_INDEX_VERSION } from '../../corpus/line-index';
import { isPackedIndex, packIndex, unpackIndex } from '../../corpus/packed-index';
import { withWordKnowledge } from '../../cli/wordnet';
import { readVarints, unzigzag, VarintWriter } from '../../corpus/varint';
import type { CorpusIndex } from '../../corpus/types';
import { senseTable } from '../../corpus/word-kinship';
import { seedFiles, seedIndex } from '../seeds';

const prepared = prepareIndex(seedIndex);
const packed = packIndex(prepared);

function allMatches(index: CorpusIndex): string[] {
  const matcher = new Matcher(index);
  return seedIndex.articles.flatMap((a) =>
    analyzeArticle(matcher, a.text).items.flatMap((i) => i.matches.map((m) => `${a.id}|${i.text}|${m.source}|${m.relation}|${m.score}|${m.text}|${m.speaker}`)),
  );
}

describe('packed corpus index', () => {
  it('matches exactly as the index it was packed from', () => {
    const expected = allMatches(seedIndex);
    expect(expected.length).toBeGreaterThan(100);
    expect(allMatches(unpackIndex(packed))).toEqual(expected);
  });

  it('gives back every article, its metadata, text and items (without the claims’ signals, which nothing reads)', () => {
    const unpacked = unpackIndex(packed);
    const shipped = (index: CorpusIndex) => index.articles.map((a) => ({ ...a, items: a.items.map(({ signals: _signals, ...item }) => item) }));
    expect(shipped(unpacked)).toEqual(shipped(seedIndex));
    expect(unpacked.articles.flatMap((a) => a.items).some((item) => 'signals' in item)).toBe(false);
  });

  it('is deterministic: same corpus, same bytes', () => {
    expect(Buffer.from(packIndex(prepareIndex(withWordKnowledge(buildIndex([...seedFiles].reverse()))))).equals(Buffer.from(packed))).toBe(true);
  });

  it('carries the word knowledge, and refuses it corrupt', () => {
    expect(unpackIndex(packed).words).toEqual(seedIndex.words);
    expect(seedIndex.words!.lemmas.length).toBeGreaterThan(1000);
    // Decoded when first read; a corrupt table is refused then, with a CorpusError.
    const corrupt = packIndex(prepareIndex({ ...seedIndex, words: { ...seedIndex.words!, lemmas: seedIndex.words!.lemmas.slice(1) } }));
    expect(() => unpackIndex(corrupt).words).toThrow(CorpusError);
    expect(unpackIndex(packIndex(prepareIndex({ ...seedIndex, words: undefined }))).words).toBeUndefined();
  });

  it('is read a lemma at a time, and written out whole only when asked', () => {
    const unpacked = unpackIndex(packed);
    const { senses } = unpacked;
    const words = seedIndex.words!;
    const place = words.lemmas.indexOf('negotiation');
    expect(place).toBeGreaterThan(0);
    expect(senses!.placeOf('negotiation')).toBe(place);
    expect(senses!.usual(place)).toEqual(words.usual[place]);
    expect(senses!.other(place)).toEqual(words.other[place]);
    expect(senses!.placeOf('no-such-lemma')).toBe(-1);
    // Which words open a phrase ("give" of "give_up"), as the plain knowledge says, for every first word and a few others.
    const plain = senseTable(words);
    const firstWords = new Set(words.lemmas.map((lemma) => lemma.split('_')[0]!));
    for (const word of [...firstWords, 'zzz', '', 'a', 'give_up']) expect(senses!.opensPhrase(word), word).toBe(plain.opensPhrase(word));
    expect(senses!.opensPhrase('give')).toBe(true);
    // Never serialised: the JSON form carries the plain knowledge only.
    expect(JSON.parse(serializeIndex(unpacked))).not.toHaveProperty('senses');
    // Lemmas given in another order are packed in the order the reader searches, each with its senses.
    const order = words.lemmas.map((_, n) => n).reverse();
    const reversed = { ...words, lemmas: order.map((n) => words.lemmas[n]!), usual: order.map((n) => words.usual[n]!), other: order.map((n) => words.other[n]!) };
    expect(unpackIndex(packIndex(prepareIndex({ ...seedIndex, words: reversed }))).words).toEqual(words);
  });

  it('keeps the word knowledge unread when the reader’s own articles are merged in', () => {
    const unpacked = unpackIndex(packed);
    const merged = withArticles(unpacked, [...unpacked.articles], unpacked.lines);
    // Still a getter: merging decoded nothing, and reading it later gives the same table.
    expect(Object.getOwnPropertyDescriptor(merged, 'words')?.get).toBeTypeOf('function');
    expect(merged.words).toEqual(seedIndex.words);
  });

  it('is smaller than the JSON form, raw and compressed', () => {
    const json = Buffer.from(serializeIndex(prepared));
    expect(packed.length).toBeLessThan(json.length);
    expect(gzipSync(packed).length).toBeLessThan(gzipSync(json).length);
  });

  it('is told apart from JSON by its first bytes', () => {
    expect(isPackedIndex(packed)).toBe(true);
    expect(isPackedIndex(new TextEncoder().encode(serializeIndex(prepared)))).toBe(false);
  });

  it('reads from a buffer at any offset (a file read into a larger buffer)', () => {
    const shifted = new Uint8Array(packed.length + 3);
    shifted.set(packed, 3);
    expect(unpackIndex(shifted.subarray(3)).articles.map((a) => a.text)).toEqual(seedIndex.articles.map((a) => a.text));
  });

  it('refuses an index without prepared lines', () => {
    expect(() => packIndex(seedIndex)).toThrow(CorpusError);
  });

  it.each([
    ['cut short', (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2))],
    ['a corrupt header', (b: Uint8Array) => withByte(b, 30, 0xff)],
    ['another packed version', (b: Uint8Array) => withByte(b, 16, 9)],
    ['garbage after the magic', (b: Uint8Array) => Uint8Array.from([...b.subarray(0, 16), ...new Uint8Array(200).fill(7)])],
  ])('rejects a file %s with a CorpusError', (_name, corrupt) => {
    expect(() => unpackIndex(corrupt(packed))).toThrow(CorpusError);
  });

  it('says so when its line structures come from another version of Crossline', () => {
    // The header is ASCII JSON: change the digit in place, so the sections stay where it says they are.
    const current = `"format":"crossline-lines","version":${LINE_INDEX_VERSION}`;
    const at = Buffer.from(packed).indexOf(current);
    expect(at).toBeGreaterThan(0);
    const older = withByte(packed, at + current.length - 1, '0'.charCodeAt(0) + LINE_INDEX_VERSION - 1);
    expect(() => unpackIndex(older)).toThrow(/line structures are version 3; this Crossline reads version 4\. Rebuild it/u);
  });

  it('rejects corrupt line structures rather than trusting them', () => {
    // Every byte of the line sections flipped in turn would be slow; flip a spread of them.
    const header = JSON.parse(new TextDecoder().decode(packed.subarray(24, 24 + new DataView(packed.buffer).getUint32(20, true)))) as {
      sections: Record<string, { offset: number; bytes: number }>;
    };
    for (const name of ['table', 'lineStems', 'sentenceHashes'] as const) {
      const { offset, bytes } = header.sections[name]!;
      let rejected = 0;
      for (let at = offset; at < offset + bytes; at += Math.max(1, Math.floor(bytes / 40))) {
        try {
          const index = unpackIndex(withByte(packed, at, packed[at]! ^ 0xff));
          new Matcher(index); // a structure that passes the checks must still load
        } catch (error) {
          expect(error).toBeInstanceOf(CorpusError);
          rejected++;
        }
      }
      expect(rejected).toBeGreaterThan(0);
    }
  });

  it('decodes an article’s body only when it is read, and a corrupt one says which', () => {
    const header = JSON.parse(new TextDecoder().decode(packed.subarray(24, 24 + new DataView(packed.buffer).getUint32(20, true)))) as {
      sections: Record<string, { offset: number; bytes: number }>;
    };
    const broken = withByte(packed, header.sections.bodies!.offset, '['.charCodeAt(0));
    const index = unpackIndex(broken);
    expect(index.articles[1]!.text).toBe(seedIndex.articles[1]!.text);
    expect(() => index.articles[0]!.text).toThrow(/article "000"/u);
  });
});

describe('varints', () => {
  it('round-trip unsigned and zigzagged numbers across byte lengths', () => {
    const unsigned = [0, 1, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 32 - 1];
    const signed = [0, -1, 1, -64, 64, -(2 ** 31), 2 ** 31 - 1];
    const out = new VarintWriter();
    unsigned.forEach((n) => out.unsigned(n));
    signed.forEach((n) => out.signed(n));
    const read = readVarints(out.done(), unsigned.length + signed.length, 'test');
    expect(Array.from(read.subarray(0, unsigned.length))).toEqual(unsigned);
    expect(Array.from(read.subarray(unsigned.length), unzigzag)).toEqual(signed);
  });

  it('refuses a stream cut short, with bytes left over, or over 32 bits', () => {
    expect(() => readVarints(Uint8Array.of(0x80), 1, 'test')).toThrow(CorpusError);
    expect(() => readVarints(Uint8Array.of(1, 2), 1, 'test')).toThrow(CorpusError);
    expect(() => readVarints(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x7f), 1, 'test')).toThrow(CorpusError);
  });
});

function withByte(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = value;
  return copy;
}
