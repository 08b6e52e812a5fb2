import { describe, expect, it } from 'vitest';
import { claimSignals } from '../../corpus/claims';
import { normalizeText } from '../../corpus/normalize';
import { splitSentences } from '../../corpus/sentences';

describe('normalizeText', () => {
  it.each([
    ['nearly 20% of Ukraine', 'nearly 20 percent of ukraine'],
    ['nearly 20 per cent of Ukraine', 'nearly 20 percent of ukraine'],
    ['three-hour talks', '3 hour talks'],
    ['three hours of talks', '3 hour of talks'],
    ['finish it [the deal] off.', 'finish it off'],
    ['Stop the bloodshed, NOW.', 'stop the bloodshed now'],
    ['“Most of the major points” — agreed', 'most of the major points agreed'],
    ['5,000 Russians', '5000 russians'],
    ['twenty-five years', '25 year'],
    ['his fourth trip to the U.S.', 'his 4th trip to the us'],
    ['Zelenskyy’s address', 'zelenskyys address'],
    ['Évian café', 'evian cafe'],
  ])('%s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('does not end a sentence at U.S. or Mr.', () => {
    expect(sentences('U.S. President Donald Trump spoke. Mr. Witkoff met Mr. Putin in Moscow. It ended.')).toEqual([
      'U.S. President Donald Trump spoke.',
      'Mr. Witkoff met Mr. Putin in Moscow.',
      'It ended.',
    ]);
  });
  it('keeps `…!” he wrote.` as one sentence', () => {
    expect(sentences('“Success seems to be in the future!” he wrote. Then he left.')).toHaveLength(2);
  });
  it('ends a sentence at a line break', () => {
    expect(sentences('Headline without a stop\nFirst sentence.')).toHaveLength(2);
  });
});

describe('claimSignals', () => {
  it.each([
    ['Russia controls nearly 20% of Ukraine, officials say.', 'figure'],
    ['The three-hour talks ended late on Friday evening.', 'duration'],
    ['It was his fourth trip to Russia this year alone.', 'ordinal'],
    ['Reports suggest the plan lets Russia keep the land.', 'report'],
    ['The strike killed 12 people and injured dozens more.', 'casualty'],
    ['Crimea was annexed by Russia in 2014 after a vote.', 'date'],
  ])('%s', (sentence, signal) => {
    expect(claimSignals(sentence)).toContain(signal);
  });
  it('passes over opinion and colour', () => {
    expect(claimSignals('The world watches closely to see what happens next.')).toEqual([]);
    expect(claimSignals('Both sides should now meet.')).toEqual([]);
  });
});

describe('words that are Object.prototype keys', () => {
  it('fold a share stated as a fraction into the figure, and leave ordinals be', () => {
    expect(normalizeText('almost a fifth of Ukraine')).toBe('almost 20 percent of ukraine');
    expect(normalizeText('one quarter of the vote')).toBe('25 percent of the vote');
    expect(normalizeText('the fifth Earl of Selkirk')).toBe('the 5th earl of selkirk');
  });

  it('normalise to themselves, never to a function’s source', () => {
    expect(normalizeText('constructor toString valueOf hasOwnProperty __proto__ of the plan').split(' ')).toEqual([
      'constructor', 'tostring', 'valueof', 'hasownproperty', 'proto', 'of', 'the', 'plan',
    ]);
  });
});
