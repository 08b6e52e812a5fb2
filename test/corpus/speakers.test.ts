import { describe, expect, it } from 'vitest';
import { surnameKey } from '../../corpus/entities';
import { extractItems } from '../../corpus/extract';

const speakers = (text: string) => extractItems(text).filter((i) => i.kind === 'quote').map((i) => [i.text, i.speaker]);

describe('speaker attribution', () => {
  it.each([
    ['“We are close,” Trump said.', 'Trump'],
    ['“We are close,” said Mr. Trump.', 'Trump'],
    ['President Joe Biden told reporters, “We are close.”', 'Joe Biden'],
    ['“We are close,” Trump posted on Friday.', 'Trump'],
    ['The deal is “within reach,” according to Sergei Lavrov.', 'Sergei Lavrov'],
    ['Kremlin aide Yuri Ushakov described the talks as “constructive and very useful.”', 'Yuri Ushakov'],
    ['After the attack on Kyiv, Trump took to social media to urge Putin to stop, writing, “Vladimir, STOP!”', 'Trump'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)[0]![1]).toBe(speaker);
  });

  it('resolves a pronoun to the nearest fitting named person, not a name inside the quote', () => {
    const text = 'US President Donald Trump spoke in Rome.\n“They are meeting with Putin right now,” he said.';
    expect(speakers(text)).toEqual([['They are meeting with Putin right now', 'Donald Trump']]);
  });

  it('does not take a person after a preposition for the pronoun', () => {
    const text = 'Critics accused Mr. Steve Witkoff of bias. In an interview with journalist Tucker Carlson, he called it “preposterous.”';
    expect(speakers(text)[0]![1]).toBe('Steve Witkoff');
  });

  it('strips titles and uses the fullest form of the name in the article', () => {
    const text = 'US President Donald Trump arrived. Later, Mr. Trump said “it went well” to the press.';
    expect(speakers(text)[0]![1]).toBe('Donald Trump');
  });

  it('gives null, not a guess, where no one is said to speak', () => {
    expect(speakers('Critics of Russia see the word “Russophobia” everywhere.')[0]![1]).toBeNull();
    // A characterisation is its author's: "dismissed … as" attributes it.
    expect(speakers('Russia dismissed the allegations as “Russophobia.”')[0]![1]).toBe('Russia');
    expect(speakers('The word “ceasefire” was everywhere.')[0]![1]).toBeNull();
  });

  it('carries the speaker over a quote split by its attribution', () => {
    const text = '“Crimea will stay with Russia,” Trump said. “Zelensky understands that.”';
    expect(speakers(text)).toEqual([
      ['Crimea will stay with Russia', 'Trump'],
      ['Zelensky understands that.', 'Trump'],
    ]);
  });

  it('merges transliterations of one name', () => {
    expect(surnameKey('Volodymyr Zelenskyy')).toBe(surnameKey('Zelensky'));
    expect(surnameKey('US President Donald Trump')).toBe(surnameKey('Trump'));
    expect(surnameKey('Zelenskiy')).toBe(surnameKey('Zelensky'));
  });
});

describe('speakers as other outlets name them', () => {
  it.each([
    ['“We stay,” said union leader Tomasz Wilk.', 'Tomasz Wilk'],
    ['“We stay,” Harbour City manager Luis Ortega said on Friday.', 'Luis Ortega'],
    ['“We stay,” the Port Authority said in a statement.', 'Port Authority'],
    ['Riverton Mayor Elena Marsh spoke first. “We stay,” she said.', 'Elena Marsh'],
    ['Later Trump wrote on social media: “Vladimir, STOP!”', 'Trump'],
    ['Kremlin aide Yuri Ushakov briefed reporters. The aide said the talks were “useful.”', 'Yuri Ushakov'],
    ['Ruth Abernathy stood on the levee. The emergency manager said the town had “one night, maybe two.”', 'Ruth Abernathy'],
    ['“The water is rising.” So said Mayor Elena Marsh after the vote.', 'Elena Marsh'],
    ['“The water is rising.” The warning came from Ruth Abernathy, the emergency manager.', 'Ruth Abernathy'],
    ['Trump’s message ended with two words for the Russian leader: “Vladimir, STOP!”', 'Trump'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)[0]![1]).toBe(speaker);
  });

  it('keeps null where the text names no one or several', () => {
    expect(speakers('Marsh and Okafor met. “We need more time,” one of them said.')[0]![1]).toBeNull();
    expect(speakers('The so-called “peace dividend” never arrived, economists at the Halden Institute wrote.')[0]![1]).toBeNull();
    expect(speakers('While talks went on, Trump called it a “good day,” and the Kremlin termed the talks “constructive.”')[0]![1]).toBe('Trump');
  });

  it('does not take a role for a person introduced with another one', () => {
    expect(speakers('Kremlin aide Yuri Ushakov arrived. “It went well,” the mayor said.')[0]![1]).toBeNull();
  });
});

describe('speakers found in the held-out pages', () => {
  it('strips a capitalised title at the start of a sentence, and takes a name that is itself the apposition', () => {
    expect(speakers('Coach Ivan Petrov said: “We sign on Friday.”')[0]![1]).toBe('Ivan Petrov');
    expect(extractItems('The dockers’ leader, Tomasz Wilk, told a rally on Monday that no crane would move.').find((i) => i.kind === 'reported')).toMatchObject({
      text: 'no crane would move',
      speaker: 'Tomasz Wilk',
    });
  });
});
