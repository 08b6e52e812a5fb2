import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { distinctivelyShared, nameWords, polarityDiffers, saysMoreThanNames, sharedStatementWords } from '../../corpus/evidence';
import { buildIndex } from '../../corpus/corpus-index';
import { Matcher } from '../../corpus/match';
import { normalizeWords } from '../../corpus/normalize';
import { align } from '../../corpus/align';

const side = (text: string) => ({ words: normalizeWords(text), names: nameWords(text) });

describe('what a statement says beyond names', () => {
  it('knows names inside a sentence, rare capitalised openings and shouted names, not everyday openings', () => {
    expect([...nameWords('This is who Donald Trump is')]).toEqual(['donald', 'trump']);
    expect(nameWords('Hillary Clinton.').has('hillary')).toBe(true);
    expect(nameWords('JEB BUSH.').has('jeb')).toBe(true);
    expect(nameWords('Vladimir, STOP!').has('stop')).toBe(false);
    expect(nameWords('I’m not a big fan.').size).toBe(0);
    expect([...nameWords('the Commander-In-Chief Forum')]).toEqual(['commander', 'in', 'chief', 'forum']);
  });

  it('a quote of names alone says nothing to carry', () => {
    for (const quote of ['Hillary Clinton.', 'JEB BUSH.', 'Obama-Clinton', 'This is who Donald Trump is', 'Meet the Press']) {
      const { words, names } = side(quote);
      expect(saysMoreThanNames(words, names), quote).toBe(false);
    }
    const { words, names } = side('Vladimir, STOP!');
    expect(saysMoreThanNames(words, names)).toBe(true);
  });
});

describe('distinctive words in common', () => {
  const shared = (a: string, b: string) => distinctivelyShared(sharedStatementWords(side(a), side(b)), side(a), side(b), align(normalizeWords(a), normalizeWords(b)).longestRun);

  it('a long statement carried, or a long run of it, is one statement', () => {
    expect(shared('the healthiest individual ever elected to the presidency', 'will be the healthiest individual ever elected to the presidency')).toBe(true);
    expect(shared('This could be the great Trojan horse of all time.', 'You have no idea who they are. This could be the great Trojan horse of all time.')).toBe(true);
  });

  it('stock phrases and names are not', () => {
    expect(shared('Microsoft declined to comment', 'UBS declined to comment.')).toBe(false);
    expect(shared('Bad, bad things are going to happen', 'a lot of bad things are going to happen')).toBe(false);
    expect(sharedStatementWords(side('Hillary Clinton.'), side('Hillary Clinton needs to sell herself.'))).toEqual([]);
  });

  it('one side denying what the other says is not the same statement', () => {
    expect(polarityDiffers(normalizeWords('I’m not a big fan.'), normalizeWords('I’m a big fan of Paul'))).toBe(true);
    expect(polarityDiffers(normalizeWords('I’m a big fan'), normalizeWords('I’m a big fan of Paul'))).toBe(false);
    // A part carries no negation of the longer quote's other sentences.
    expect(polarityDiffers(normalizeWords('a big beneficiary of the law'), normalizeWords('a big beneficiary of the laws. I’m not working for Trump.'), true)).toBe(false);
  });
});

describe('false friends on a beat (#20): the same people in every article', () => {
  const corpus = buildIndex([
    { file: '100_a.txt', text: 'Clinton holds rally.\ndate 2016-09-20\n\nHillary Clinton needs to sell herself and tell more jokes, her allies said.\n\n“This is not who we are,” Clinton said in Ohio. “We have got to do everything possible to improve policing, to go right at implicit bias.”\n\nUBS declined to comment.\n\n“I’m a big fan of Paul,” Trump said.' },
    { file: '101_b.txt', text: 'Trump in Ohio.\ndate 2016-06-01\n\nTrump said the deal was “very close to a deal” with India on trade tariffs and steel quotas.' },
  ]);
  const matcher = new Matcher(corpus);
  const found = (page: string, date: string) => analyzeArticle(matcher, page, { date }).items.flatMap((i) => [...i.matches, ...i.earlier].map((m) => `${i.text} → ${m.text}`));

  it('name-only and scare quotes, stock phrases and opposite statements match nothing', () => {
    expect(found('Asked who she would back, the singer said: “Hillary Clinton.”', '2016-09-21')).toEqual([]);
    expect(found('Microsoft declined to comment.', '2016-09-21')).toEqual([]);
    expect(found('“I’m not a big fan,” Trump said of the senator.', '2016-09-21')).toEqual([]);
  });

  it('the same speaker’s stock phrase on another occasion is another line', () => {
    expect(found('Trump said Russia and Ukraine were “very close to a deal” after talks in Moscow.', '2016-09-21')).toEqual([]);
  });

  it('the same statement carried is still found', () => {
    expect(found('“We’ve got to do everything possible to improve policing, to go right at implicit bias,” Clinton told the radio host.', '2016-09-21')).toEqual([
      'We’ve got to do everything possible to improve policing, to go right at implicit bias → We have got to do everything possible to improve policing, to go right at implicit bias.',
    ]);
  });
});
