/**
 * Pages about other things entirely (written for this test) match nothing in the seeds, and no
 * paraphrase anywhere falls below the floor: a paraphrase shares real content or is not shown.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { Matcher, PARAPHRASE_FLOOR } from '../../corpus/match';
import { seedIndex } from '../seeds';

const UNRELATED: Record<string, string> = {
  finance:
    'The central bank held its main rate at 4.25 percent on Wednesday. Its chair, who joined the board in 2018 after two decades at a Washington law firm and a stint at the Treasury, said inflation was “moving in the right direction” but that the committee would wait for more data. Bond yields fell 12 basis points after the announcement, according to traders.',
  sport:
    'The visitors led 2-0 at half-time after two goals in three minutes. “We were not good enough in the first hour,” the home coach said after the match on Saturday. Attendance was 41,200, the club said, the highest of the season.',
  elections:
    'Turnout in the regional election reached 61 percent, up from 54 percent four years ago, officials said. The governor, who won a third term, told supporters on Sunday night that “the work starts tomorrow morning.” Reports suggest the opposition will contest results in two districts.',
  weather:
    'Forecasters expect up to 30 centimetres of snow in the mountains by Friday, with winds gusting at 90 kilometres an hour. The national weather service said the storm was the strongest of the winter so far and advised drivers to stay off the passes.',
};

describe('unrelated pages', () => {
  const matcher = new Matcher(seedIndex);

  it.each(Object.keys(UNRELATED))('%s: no match in the seeds', (topic) => {
    const analysis = analyzeArticle(matcher, UNRELATED[topic]!);
    expect(analysis.items.length).toBeGreaterThan(0);
    expect(analysis.items.flatMap((i) => [...i.matches, ...i.earlier])).toEqual([]);
  });

  it('shows no paraphrase below the floor, across every seed checked against the others', () => {
    const scores = seedIndex.articles.flatMap((a) => {
      const others = new Matcher({ ...seedIndex, articles: seedIndex.articles.filter((b) => b.id !== a.id) });
      return analyzeArticle(others, a.text).items.flatMap((i) => i.matches.filter((m) => m.relation === 'paraphrase').map((m) => m.score));
    });
    expect(scores.length).toBeGreaterThan(20);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(PARAPHRASE_FLOOR);
  });
});
