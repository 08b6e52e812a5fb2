/**
 * Extraction on the five seeds, checked against what a reader finds in them:
 * every quoted passage with its words, offsets and speaker, and the claims a
 * fact-checker would pick.
 */
import { describe, expect, it } from 'vitest';
import { extractItems } from '../../corpus/extract';
import { seedText } from '../seeds';

/** [quote words, speaker] in order of appearance, read off each seed by hand. */
const EXPECTED_QUOTES: Record<string, [string, string | null][]> = {
  '000': [
    ['very close to a deal', 'Donald Trump'],
    ['good day', 'Donald Trump'],
    ['constructive', 'Kremlin'],
    ['most of the major points are agreed to', 'Donald Trump'],
    ['real pressure', 'Volodymyr Zelensky'],
    ['closer together', 'Yuri Ushakov'],
  ],
  '001': [
    ['very close to a deal', 'Donald Trump'],
    [
      'A good day in talks and meetings with Russia and Ukraine. They are very close to a deal, and the two sides should now meet, at very high levels, to ‘finish it off,’',
      'Donald Trump',
    ],
    ['finish it off', 'Donald Trump'],
    ['constructive and very useful', 'Yuri Ushakov'],
    ['further brought closer together', 'Yuri Ushakov'],
    ['nothing to talk about', 'Volodymyr Zelensky'],
    ['within days', 'US'],
  ],
  '002': [
    ['are very close to a deal', 'Donald Trump'],
    ['It had been a good day of negotiations', 'Donald Trump'],
    ['constructive', 'Kremlin'],
    ['Most of the major points are agreed to', 'Donald Trump'],
    ['at very high levels', 'Donald Trump'],
    ['finish it [the deal] off', 'Donald Trump'],
    ['real pressure on Russia is needed', 'Volodymyr Zelenskyy'],
    ['full and unconditional ceasefire', 'Volodymyr Zelenskyy'],
    [
      "They're meeting with Putin right now, as we speak, and we have a lot of things going on, and I think in the end we're going to end up with a lot of good deals, including tariff deals and trade deals",
      'Donald Trump',
    ],
    ['We’re pretty close', 'Donald Trump'],
    ['Work on the overall peace deal between Russia and Ukraine is going smoothly. Success seems to be in the future!', 'Donald Trump'],
  ],
  '003': [
    ['very close to a deal', 'Donald Trump'],
    ['a good day in talks and meetings with Russia and Ukraine', 'Donald Trump'],
    ['most of the major points are agreed to', 'Donald Trump'],
    ['constructive', 'Yuri Ushakov'],
    ['Vladimir, STOP!', 'Donald Trump'],
    ['Crimea will stay with Russia. And Zelensky understands that.', 'Donald Trump'],
  ],
  '004': [
    ['very close to a deal', 'Donald Trump'],
    ['Most of the major points are agreed upon', 'Donald Trump'],
    ['Stop the bloodshed, NOW.', 'Donald Trump'],
    [
      'This discussion enabled Russia and the United States to align their positions more closely, not just on Ukraine but on several other international matters',
      'Yuri Ushakov',
    ],
    [
      'Regarding the Ukrainian crisis, the dialogue mainly centered on resuming direct negotiations between representatives of the Russian Federation and Ukraine.',
      'Yuri Ushakov',
    ],
    ['Vladimir, STOP!', 'Donald Trump'],
    ['preposterous', 'Steve Witkoff'],
    // A scare-quoted word with no speech verb: no speaker is better than a guess.
    // "Russia has frequently dismissed such allegations as … “Russophobia.”": Russia's word for them,
    // as news attribution (and PolNeAR's annotators) would have it.
    ['Russophobia.', 'Russia'],
    ['Crimea will stay with Russia. And Zelensky understands that; everyone recognizes it has been with them for a long time.', 'Donald Trump'],
  ],
};

/** Claims a fact-checker would pick: a phrase from each expected claim sentence. */
const EXPECTED_CLAIMS: Record<string, string[]> = {
  '000': ['nearly 20% of Ukraine', 'fourth trip to Russia', 'three-hour talks', '30-hour Easter ceasefire', 'which killed 12 and injured dozens', 'leaked reports suggest', 'annexed in 2014', 'Reports indicate'],
  '001': ['spent three hours meeting Putin', 'his fourth trip to Russia', 'first 100 days', 'Reports suggest two competing visions', 'annexed illegally in 2014', 'February 2022 invasion'],
  '002': ['5,000 Russians and Ukrainians are dying each week', 'nearly 20 per cent of Ukrainian territory', 'video address on April 25', 'illegally annexed in 2014', 'Reports circulating'],
  '003': ['reports suggest it could involve freezing current front lines', 'killed in a car bombing outside Moscow', 'the 2024 US presidential election', 'reportedly said'],
  '004': ['three-hour meeting', 'at least 12 deaths', 'According to texts reviewed by Reuters', 'past 25 years', 'car bomb killed a prominent Russian military officer'],
};

describe.each(Object.keys(EXPECTED_QUOTES))('seed %s', (id) => {
  const text = seedText(id);
  const items = extractItems(text);
  const quotes = items.filter((i) => i.kind === 'quote');
  const claims = items.filter((i) => i.kind === 'claim');

  it('finds every quoted passage with its words and speaker', () => {
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual(EXPECTED_QUOTES[id]);
  });

  it('gives each quote offsets that point at its words, just inside the marks', () => {
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text[q.start - 1]).toMatch(/[“"‘]/u);
      expect(text.slice(q.sentence.start, q.sentence.end)).toContain(q.text);
    }
  });

  it('picks the checkable claims', () => {
    for (const phrase of EXPECTED_CLAIMS[id]!) {
      expect(claims.some((c) => c.text.includes(phrase)), phrase).toBe(true);
    }
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('does not call a sentence with nothing checkable a claim', () => {
    const plain = claims.filter((c) => !/\d|hour|year|trip|report|killed|died|death|according|estimat|claimed|fourth|first time|percent|per cent|\b(?:on|since|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|yesterday/iu.test(c.text));
    expect(plain.map((c) => c.text)).toEqual([]);
  });
});
