/**
 * The real-world evaluation's floors: labelled pages written the ways other outlets quote
 * (test/fixtures/real-world), checked against the seeds, their stories and the whole Brown
 * corpus as text this matcher was never tuned on. `npm run eval` prints the same figures.
 */
import { describe, expect, it } from 'vitest';
import { runRealWorldEval } from '../../cli/real-world';
import { precisionOf, recallOf, speakerAccuracyOf, wrongSpeakerRateOf } from '../../corpus/real-world-eval';

const run = runRealWorldEval();
const { total, patterns } = run.labelled;

describe('real-world evaluation', () => {
  it('has at least 80 labelled cases over every pattern the issue names', () => {
    expect(total.items).toBeGreaterThanOrEqual(80);
    expect(patterns.map((p) => p.pattern)).toEqual(
      expect.arrayContaining(['mismatched-marks', 'reported-speech', 'carried-speaker', 'role-speaker', 'organisation-speaker', 'stock-phrase', 'unrelated']),
    );
  });

  it('finds the quotes and reported speech, and their matches, with recall of at least 0.95', () => {
    expect(total.found / total.items).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(total)).toBeGreaterThanOrEqual(0.95);
    for (const pattern of ['mismatched-marks', 'reported-speech']) {
      expect(recallOf(patterns.find((p) => p.pattern === pattern)!), pattern).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('finds no match at all on the negative pages, and none into unrelated text', () => {
    expect(total.falseFriends).toBe(0);
    expect(total.fp).toBe(0);
    expect(precisionOf(total)).toBe(1);
  });

  it('names at least 90% of speakers right, and a wrong name for at most 3%', () => {
    expect(speakerAccuracyOf(total)).toBeGreaterThanOrEqual(0.9);
    expect(wrongSpeakerRateOf(total)).toBeLessThanOrEqual(0.03);
  });

  it('holds on the pages written after the rules: no false friend, recall at least 0.9', () => {
    const h = run.holdout.total;
    expect(h.items).toBeGreaterThanOrEqual(15);
    expect(h.falseFriends + h.fp).toBe(0);
    expect(recallOf(h)).toBeGreaterThanOrEqual(0.9);
    expect(wrongSpeakerRateOf(h)).toBeLessThanOrEqual(0.03);
  });

  it('matches claims restated in other words, and nothing on pages of other facts in the same words', () => {
    const c = run.claims.total;
    expect(c.items).toBeGreaterThanOrEqual(14);
    expect(c.found).toBe(c.items);
    expect(c.falseFriends).toBe(0);
    expect(precisionOf(c)).toBeGreaterThanOrEqual(0.9);
    // Issue #10's target.
    expect(recallOf(c)).toBeGreaterThanOrEqual(0.9);
  });

  it('draws no false friend for the seeds from the Brown corpus', () => {
    expect(run.seedsAgainstBrown.linesChecked).toBeGreaterThan(80);
    expect(run.seedsAgainstBrown.falseFriends).toBe(0);
  });
});
