import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { carriedPairs, namedHead, parseBratAttributions, sameSpeaker, sampleMatches, scorePrecision, scoreSpeakers, type ListedMatch, type MatchLabels } from '../../corpus/archive-eval';
import { buildIndex } from '../../corpus/corpus-index';

describe('the archive evaluation (PolNeAR-shaped input, written here)', () => {
  const text = 'Jacob Leibenluft, a senior policy adviser with the Clinton campaign, said: “We will not let this stand.”';
  const ann = [
    'T1\tSource 0 66\tJacob Leibenluft, a senior policy adviser with the Clinton campaign',
    'T2\tCue 68 72\tsaid',
    `T3\tContent 75 99\t${text.slice(75, 99)}`,
    'T4\tAttribution 68 72\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tSource 10 12;14 20\the said',
    '',
  ].join('\n');

  it('reads brat attribution relations, discontinuous spans included', () => {
    const [attribution] = parseBratAttributions(ann);
    expect(attribution).toMatchObject({ sourceText: 'Jacob Leibenluft, a senior policy adviser with the Clinton campaign', content: [{ start: 75, end: 99 }] });
  });

  it('scores a speaker only where a name heads the annotated source', () => {
    expect(namedHead('Jacob Leibenluft, a senior policy adviser with the Clinton campaign')).toBe('Jacob Leibenluft');
    expect(namedHead('Mr. Kelly, a retired astronaut,')).toBe('Mr. Kelly');
    expect(namedHead('the CNN host')).toBeNull();
    expect(namedHead('he')).toBeNull();
    expect(sameSpeaker('Hillary Clinton', 'Mrs. Clinton')).toBe(true);
    expect(sameSpeaker('Chris Christie Calls Hillary Clinton', 'Mr. Christie')).toBe(true);
    expect(sameSpeaker('Terence Crutcher', 'Clinton')).toBe(false);
    const article = buildIndex([{ file: 'a.txt', text }]).articles[0]!;
    const score = scoreSpeakers([{ article, attributions: parseBratAttributions(ann) }]);
    expect(score).toMatchObject({ named: 1, right: 1, wrong: 0, nulls: 0 });
  });

  it('samples the same matches whatever their order, and scores judged ones only', () => {
    const listed = Array.from({ length: 40 }, (_, n) => ({ id: `m${n}` }) as ListedMatch);
    const a = sampleMatches(listed, 10).map((m) => m.id);
    expect(sampleMatches([...listed].reverse(), 10).map((m) => m.id)).toEqual(a);
    const labels: MatchLabels = { [a[0]!]: { verdict: 'same' }, [a[1]!]: { verdict: 'false-friend', cause: 'name-only' } };
    expect(scorePrecision(sampleMatches(listed, 10), labels)).toMatchObject({ judged: 2, same: 1, precision: 0.5, byCause: { 'name-only': 1 } });
  });

  it('finds quotes carried between articles by a long run of words, not a short one', () => {
    const [page, other, unrelated] = buildIndex([
      { file: 'p.txt', text: '“We have got to do everything possible to improve policing,” she said.' },
      { file: 'q.txt', text: 'She added: “We have got to do everything possible to improve policing, to go right at implicit bias.”' },
      { file: 'r.txt', text: '“We have got to win,” he said.' },
    ]).articles;
    expect(carriedPairs([page!], [page!, other!, unrelated!]).map((p) => p.source)).toEqual(['q']);
  });

  it('keeps judged verdicts as ids only: no article text in the labels file', () => {
    const labels = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'archive-labels.json'), 'utf8')) as MatchLabels;
    for (const [id, label] of Object.entries(labels)) {
      expect(id).toMatch(/^[\w.-]+\|[0-9a-f]+\|[\w.-]+\|[0-9a-f]+$/u);
      expect(Object.keys(label).every((k) => k === 'verdict' || k === 'cause')).toBe(true);
    }
  });
});
