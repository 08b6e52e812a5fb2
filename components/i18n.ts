/**
 * User-facing words through the browser's i18n (`public/_locales/<lang>/messages.json`), so a
 * newsroom adds a language without touching code. The messages are not bundled (the content script
 * loads on every page): where the browser's API is not there (unit tests) a table given to
 * `useFallbackMessages` answers instead. Numbers and dates are formatted with Intl in the
 * browser's UI language.
 */
type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;
/** Keys with _one/_other forms, named without the suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_one` ? Base : never }[MessageKey];

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage?(): string;
}

let fallback: Readonly<Record<string, { message: string }>> = {};

/** Messages to answer with where the browser's i18n is not there (the unit tests give the English ones). */
export function useFallbackMessages(messages: Readonly<Record<string, { message: string }>>): void {
  fallback = messages;
}

function api(): I18nApi | undefined {
  return (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
}

/** The UI language (e.g. "en-GB"), for Intl. */
export function uiLocale(): string {
  try {
    return api()?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  try {
    const native = api()?.getMessage(key, subs);
    if (native) return native;
  } catch {
    // No extension context: the bundled English below.
  }
  return (fallback[key]?.message ?? key).replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A count and its noun in the UI language's plural form ("1 other outlet", "5 other outlets"). */
export function tn(key: PluralKey, count: number, ...more: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, count.toLocaleString(uiLocale()), ...more);
}

/** An error as the reader should read it: in the UI language where it names a message (see CorpusError), else as written. */
export function errorText(error: unknown): string {
  const { code, params, message } = (error ?? {}) as { code?: unknown; params?: readonly (string | number)[]; message?: unknown };
  if (typeof code === 'string' && isMessage(code)) {
    return t(code as MessageKey, ...(params ?? []).map((p) => (typeof p === 'number' ? p.toLocaleString(uiLocale()) : p)));
  }
  return typeof message === 'string' ? message : String(error);
}

function isMessage(key: string): boolean {
  try {
    if (api()?.getMessage(key)) return true;
  } catch {
    // No extension context.
  }
  return Object.hasOwn(fallback, key);
}
