import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { Matcher } from '../../corpus/match';
import { seedIndex } from '../seeds';

/** An article about another event entirely (written for this test): nothing in it may match the seeds. */
const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'unrelated-article.txt'), 'utf8');
const analysis = analyzeArticle(new Matcher(seedIndex), text);

describe('an article about another event', () => {
  it('finds its quotes with their speakers', () => {
    expect(analysis.items.filter((i) => i.kind === 'quote').map((i) => [i.text, i.speaker])).toEqual([
      ['We cannot put children on buses when roads are under water', 'Sarah Lin'],
      ['Safety comes first.', 'Sarah Lin'],
      ['heartbreaking', 'Keir Starmer'],
      ['every penny needed', 'Keir Starmer'],
      ['everything downstairs', 'Tom Baker'],
      ['We\'ve lived here 30 years and never seen it like this.', 'Tom Baker'],
      ['They had the warnings a week ago', 'Maria Gomez'],
      ['Flood Re', null],
    ]);
  });

  it('attributes claims to who the text says', () => {
    const claim = (phrase: string) => analysis.items.find((i) => i.kind === 'claim' && i.text.includes(phrase))!;
    expect(claim('2,300 homes').speaker).toBe('Environment Agency');
    expect(claim('120mm of rain').speaker).toBe('Met Office');
  });

  it('matches nothing in a corpus about another event: no false friends from shared numbers or words', () => {
    expect(analysis.selfSource).toBeNull();
    expect(analysis.items.filter((i) => i.matches.length > 0).map((i) => i.text)).toEqual([]);
  });
});
