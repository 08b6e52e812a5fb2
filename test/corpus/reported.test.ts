import { describe, expect, it } from 'vitest';
import { extractItems } from '../../corpus/extract';

const reported = (text: string) => extractItems(text).filter((i) => i.kind === 'reported').map((i) => [i.text, i.speaker]);

describe('reported speech', () => {
  it.each([
    ['Trump said on Friday that Russia and Ukraine were very close to a deal.', 'Russia and Ukraine were very close to a deal', 'Trump'],
    ['Mayor Elena Marsh said the budget protected every library branch.', 'the budget protected every library branch', 'Elena Marsh'],
    ['Council member David Okafor told reporters that the city was borrowing from next year.', 'the city was borrowing from next year', 'David Okafor'],
    ['Russia and Ukraine are very close to a deal, Trump said on Friday as Witkoff left.', 'Russia and Ukraine are very close to a deal', 'Trump'],
    ['According to Trump, Russia and Ukraine are very close to a deal.', 'Russia and Ukraine are very close to a deal', 'Trump'],
    ['Reserves will fall to 6 percent of spending, according to finance director Priya Raman.', 'Reserves will fall to 6 percent of spending', 'Priya Raman'],
    ['Kremlin aide Yuri Ushakov described the talks as constructive and very useful.', 'the talks as constructive and very useful', 'Yuri Ushakov'],
    ['Ruth Abernathy, the county’s emergency manager, said the water was rising fast.', 'the water was rising fast', 'Ruth Abernathy'],
  ])('%s', (text, words, speaker) => {
    expect(reported(text)).toEqual([[words, speaker]]);
  });

  it('keeps an unnamed group as a report with no speaker', () => {
    expect(reported('Three people were killed when a bus overturned on Sunday, police said.')).toEqual([
      ['Three people were killed when a bus overturned on Sunday', null],
    ]);
  });

  it('is not a report where nothing is reported, the words are quoted, or the verb sits in a relative clause', () => {
    expect(reported('The Port Authority said in a statement.')).toEqual([]);
    expect(reported('Trump said: “We are very close to a deal with both of them.”')).toEqual([]);
    expect(reported('The plan, which Trump said would end the war by spring, was rejected.')).toEqual([]);
    expect(reported('Did Trump say the two sides were close to a deal?')).toEqual([]);
    expect(reported('The river rose all night and the town slept on the hill above it.')).toEqual([]);
  });

  it('makes no second item for an "according to" claim that is the report itself', () => {
    const items = extractItems('According to Trump, Russia and Ukraine are very close to a deal after talks in Moscow.');
    expect(items.map((i) => i.kind)).toEqual(['reported']);
  });
});
