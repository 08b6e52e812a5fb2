import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWordChanges, wordDiff, type DiffPart } from '../../corpus/word-diff';

/** Each side's words as the diff gives them back: ours from `same` and `ours` parts, theirs from `same` and `theirs`. */
function sides(parts: readonly DiffPart[]): { ours: string; theirs: string } {
  const ours = parts.flatMap((p) => (p.op === 'same' ? [p.ours ?? p.text] : p.op === 'ours' ? [p.text] : []));
  const theirs = parts.flatMap((p) => (p.op === 'ours' ? [] : [p.text]));
  return { ours: ours.join(' '), theirs: theirs.join(' ') };
}

describe('word diff', () => {
  it('marks the words each side has alone, and keeps both sides’ words as written', () => {
    const parts = wordDiff('Most of the major points are agreed upon', 'most of the major points are agreed to.');
    expect(parts).toEqual([
      { op: 'same', text: 'most of the major points are agreed', ours: 'Most of the major points are agreed' },
      { op: 'ours', text: 'upon' },
      { op: 'theirs', text: 'to.' },
    ]);
    expect(hasWordChanges(parts)).toBe(true);
  });

  it('gives a reprint, or the same words in other case and marks, as one unchanged part', () => {
    // This page's words are kept apart only where they are written otherwise.
    expect(wordDiff('very close to a deal', 'very close to a deal')).toEqual([{ op: 'same', text: 'very close to a deal' }]);
    const parts = wordDiff('“Very close to a deal,”', 'very close to a deal');
    expect(parts).toEqual([{ op: 'same', text: 'very close to a deal', ours: '“Very close to a deal,”' }]);
    expect(hasWordChanges(parts)).toBe(false);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('gives back each side’s words, in order, whatever the two share', () => {
    const words = fc.array(fc.constantFrom('the', 'talks', 'Talks,', 'deal', 'a', 'close', 'very', '[the deal]', 'Kyiv'), { maxLength: 25 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const parts = wordDiff(a.join(' '), b.join(' '));
        expect(sides(parts)).toEqual({ ours: a.join(' '), theirs: b.join(' ') });
        // Neighbouring parts differ in kind: runs are merged. This page's words apart only where written otherwise.
        parts.forEach((p, n) => n > 0 && expect(p.op).not.toBe(parts[n - 1]!.op));
        for (const p of parts) if (p.ours !== undefined) expect(p.ours).not.toBe(p.text);
      }),
      { numRuns: 500 },
    );
  });
});
