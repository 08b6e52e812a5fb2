import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { t, tn } from '../../components/i18n';

describe('words through the browser’s i18n', () => {
  it('fills substitutions and picks the plural form by the UI language’s rules', () => {
    expect(t('disagreeSpeaker', 'Ushakov', 'Peskov')).toBe('Attributed to Ushakov, not Peskov');
    expect(tn('otherOutlets', 1)).toBe('1 other outlet');
    expect(tn('otherOutlets', 5)).toBe('5 other outlets');
  });

  it('has a message and a description for every key, and both plural forms for every counted noun', () => {
    const entries = Object.entries(english) as [string, { message: string; description: string }][];
    for (const [key, entry] of entries) {
      expect(entry.message, key).not.toBe('');
      expect(typeof entry.description, key).toBe('string');
      if (key.endsWith('_one')) expect(Object.keys(english)).toContain(key.replace(/_one$/u, '_other'));
    }
  });
});

describe('errors for the reader', () => {
  it('are told in the UI language where the core names the message, as written otherwise', async () => {
    const { errorText } = await import('../../components/i18n');
    const { CorpusError } = await import('../../corpus/errors');
    expect(errorText(new CorpusError('Article 3 in this file has no text.', 'errNoText', [3]))).toBe('Article 3 in this file has no text.');
    expect(errorText(new CorpusError('Something else.', 'notAKey'))).toBe('Something else.');
    expect(errorText(new Error('Plain.'))).toBe('Plain.');
  });
});
