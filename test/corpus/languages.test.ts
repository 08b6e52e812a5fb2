import { describe, expect, it } from 'vitest';
import { extractItems } from '../../corpus/extract';
import { Matcher } from '../../corpus/match';
import { seedIndex } from '../seeds';

/** Text in other languages: quotes are found in their own marks, nothing crashes, no speaker is guessed. */
describe('non-English text', () => {
  it.each([
    ['German', 'Der Präsident sagte am Freitag: „Wir sind einem Abkommen sehr nahe.“ Danach reiste er nach Rom.', 'Wir sind einem Abkommen sehr nahe.'],
    ['French', 'Le Kremlin a qualifié les discussions de « constructives et très utiles », selon Iouri Ouchakov.', 'constructives et très utiles'],
    ['Russian', 'Ушаков назвал переговоры «конструктивными и очень полезными», сообщает агентство.', 'конструктивными и очень полезными'],
    ['Ukrainian with apostrophes', 'Зеленський заявив: «Нам потрібен справжній тиск на Росію». Сім’я загиблих отримала допомогу.', 'Нам потрібен справжній тиск на Росію'],
    ['Japanese', '大統領は「合意に非常に近い」と述べた。', '合意に非常に近い'],
  ])('%s', (_language, text, quote) => {
    const items = extractItems(text);
    if (quote) expect(items.filter((i) => i.kind === 'quote').map((i) => i.text)).toEqual([quote]);
    for (const item of items) expect(text.slice(item.start, item.end).length).toBeGreaterThan(0);
    expect(() => new Matcher(seedIndex).match({ text, kind: 'selection' })).not.toThrow();
  });

  it('handles empty, whitespace-only and punctuation-only text', () => {
    for (const text of ['', '   \n\n  ', '“”‘’«»"\'', '……—–']) {
      expect(() => extractItems(text)).not.toThrow();
      expect(new Matcher(seedIndex).match({ text, kind: 'selection' })).toEqual([]);
    }
  });
});
