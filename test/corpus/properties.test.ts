/**
 * Properties of the core on arbitrary text (fast-check): mixed and lone quote marks, right-to-left
 * and CJK script, emoji, zero-width and control characters, long lines, and words that are
 * Object.prototype keys. Extraction and matching never throw, every offset lies inside the text
 * and slices back to its item, and normalizing is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { extractArticle } from '../../corpus/extract';
import { Matcher } from '../../corpus/match';
import { align } from '../../corpus/align';
import { normalizeText, normalizeWord, normalizeWords } from '../../corpus/normalize';
import { seedIndex } from '../seeds';

const PIECES = [
  // Quote marks of every style, paired and alone.
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」', '″', '‚',
  // Words, names, speech verbs, figures.
  'said', 'Trump', 'Witkoff said', 'told reporters that', 'according to', 'the', 'talks', 'were', 'constructive', 'Kremlin', 'Mr.', 'Dr.',
  '12', '20%', '3.5', 'three-hour', '2014', 'April 25', 'on Friday', 'per cent',
  // Object.prototype keys, as words.
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype',
  // Other scripts, emoji, invisible and control characters.
  'مرحبا', 'שלום', '\u202eevil\u202c', '北京', '東京は', '😀', '👩‍👩‍👧', '\u200b', '\u200d', '\u00ad', '\u0000', '\u0007', '\ufeff', '\ud800',
  // Punctuation and breaks.
  '.', ',', ':', ';', '?', '!', '—', '…', '(', ')', '[', ']', ' ', ' ', ' ', '\n', '\n\n', '\t', '\r',
];

/** Text built from the pieces above, joined by spaces or not, plus arbitrary Unicode now and then. */
const hostileText = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) }), { maxLength: 300 })
  .chain((pieces) => fc.constantFrom(pieces.join(' '), pieces.join('')));

const matcher = new Matcher(seedIndex);

describe('the core on arbitrary text', () => {
  it('extracts without throwing; every span lies inside the text and slices back to its item', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { items, sentences } = extractArticle(text);
        for (const s of sentences) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
        for (const item of items) {
          expect(0 <= item.start && item.start <= item.end && item.end <= text.length).toBe(true);
          expect(item.sentence.start <= item.start && item.end <= item.sentence.end && item.sentence.end <= text.length).toBe(true);
          // A quote's words are its span without its marks (and a paragraph break read as a space).
          expect(normalizeWords(item.text)).toEqual(normalizeWords(text.slice(item.start, item.end)));
          if (item.parent !== undefined) expect(item.parent).toBeLessThan(items.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('normalizes idempotently, and keeps Object.prototype keys as the words they are', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(normalizeWords(once)).toEqual(normalizeWords(text));
      }),
      { numRuns: 400 },
    );
    expect(normalizeWords('constructor __proto__ toString valueOf')).toEqual(['constructor', 'proto', 'tostring', 'valueof']);
  });

  it('normalizes a word alone as it normalizes a text of that one word', () => {
    const word = fc.oneof(
      fc.constantFrom(...PIECES, 'One,', 'twenty.', 'Hours;', 'people!', 'first', 'Fifth', 'hundred', 'U.S.', 'u.', 'per', 'cent.', 'A', 'I:'),
      fc.stringMatching(/^[A-Za-z]{1,12}[.,;:!?]?$/),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    fc.assert(fc.property(word, (w) => {
        expect(normalizeWord(w)).toBe(normalizeText(w));
      }), { numRuns: 2000 });
  });

  it('aligns two word lists alike whatever it aligned before (its rows are reused)', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'talks', 'deal'), { maxLength: 40 });
    fc.assert(
      fc.property(words, words, words, words, (a, b, c, d) => {
        const first = align(a, b);
        align(c, d);
        expect(align(a, b)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('matches any text against the corpus without throwing, with scores in range and real sources', () => {
    const sources = new Set(seedIndex.articles.map((a) => a.id));
    fc.assert(
      fc.property(hostileText, fc.constantFrom('quote', 'claim', 'reported', 'selection' as const), (text, kind) => {
        for (const m of matcher.match({ text, kind, speaker: null, context: text })) {
          expect(sources.has(m.source)).toBe(true);
          expect(m.score >= 0 && m.score <= 1).toBe(true);
        }
        const analysis = analyzeArticle(matcher, text);
        for (const item of analysis.items) for (const m of item.matches) expect(sources.has(m.source)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves Object.prototype as it was', () => {
    const keys = Object.getOwnPropertyNames(Object.prototype).sort();
    extractArticle('constructor said “__proto__ toString hasOwnProperty”, according to valueOf.');
    matcher.match({ text: 'constructor __proto__ toString', kind: 'selection' });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(keys);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});
