import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type Labels } from '../../corpus/evaluation';
import { seedIndex } from '../seeds';

const labels = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'labels.json'), 'utf8')) as Labels;

/** The floor `npm run eval` reached; a change that lowers it fails here. */
describe('leave-one-out evaluation on the labelled seeds', () => {
  const result = evaluate(seedIndex, labels);
  it('keeps quote precision and recall at the floor reached', () => {
    expect(result.quotes.precision).toBeGreaterThanOrEqual(1);
    expect(result.quotes.recall).toBeGreaterThanOrEqual(1);
  });
  // Issue #10's target for claims: recall 0.90 at precision 0.90. Word knowledge (WordNet) raised
  // recall from 0.82 to 0.93; precision went from 0.94 to 0.90 (one sentence of the same story
  // ties to another through "aiming"/"aimed" and "end"/"ending").
  it('keeps claim precision and recall at the floor reached', () => {
    expect(result.claims.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.claims.recall).toBeGreaterThanOrEqual(0.9);
  });
  it('finds no match for any line one article alone carries', () => {
    expect(result.singletonsChecked).toBe(labels.singletons.length);
    expect(result.falseMatchesOnSingletons).toBe(0);
  });
});
