import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distinctiveness, wordRarity } from '../../corpus/distinctive';
import { normalizeWords } from '../../corpus/normalize';
// @ts-expect-error: a plain ES module script without types
import { englishFrequencyModule, OUTPUT } from '../../scripts/make-english-frequency.mjs';

const of = (text: string) => distinctiveness(normalizeWords(text));

describe('distinctive wording', () => {
  it('tells stock phrases from distinctive wording', () => {
    expect(of('very close to a deal')).toBeLessThan(0.5);
    expect(of('It was a good day for us')).toBeLessThan(0.5);
    expect(of('Vladimir, STOP!')).toBeGreaterThanOrEqual(1);
    expect(of('This budget protects every library branch in the city')).toBeGreaterThanOrEqual(1.5);
  });
  it('weighs a plural or past form as its base form, and small bare numbers as nothing', () => {
    expect(wordRarity('officials')).toBe(wordRarity('official'));
    expect(wordRarity('3')).toBe(0);
    expect(wordRarity('48')).toBe(1);
    expect(wordRarity('the')).toBe(0);
  });
  it('uses the table the generator writes from SUBTLEX-US', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((englishFrequencyModule as () => string)());
  });
});
