/**
 * The normal form two renderings of a line are compared in: case, quote marks,
 * dashes, editorial brackets, number words and units folded.
 */

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const ORDINALS: Record<string, string> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th',
  eighth: '8th', ninth: '9th', tenth: '10th',
};
/** Units whose plural and singular mean the same figure ("three hours" = "three-hour"). */
const UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'minute', 'second', 'mile', 'kilometre', 'kilometer', 'km', 'percent', 'death', 'person', 'time']);
const ALIASES: Record<string, string> = {
  'u.s.': 'us', 'u.s': 'us', 'united states': 'us', 'u.k.': 'uk', 'united kingdom': 'uk', 'per cent': 'percent',
  '%': ' percent', 'okay': 'ok',
};

/** Matches an editorial insertion: "finish it [the deal] off". */
export const EDITORIAL_BRACKETS = /\s*\[[^\]]{0,80}\]/gu;

/** Words of a text in normal form. */
export function normalizeWords(text: string): string[] {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(EDITORIAL_BRACKETS, ' ');
  s = s.normalize('NFKD').replace(/\p{M}/gu, '');
  s = s.replace(/\b(u\.s\.?|u\.k\.|united states|united kingdom|per cent)(?!\p{L})/gu, (m) => ` ${ALIASES[m] ?? m} `);
  s = s.replace(/%/gu, ' percent ');
  s = s.replace(/(\d),(?=\d{3}\b)/gu, '$1');
  s = s.replace(/[’‘`´]/gu, "'").replace(/'s\b/gu, 's').replace(/'/gu, '');
  s = s.replace(/[\u2010-\u2015\-–—/]/gu, ' ');
  s = s.replace(/[^\p{L}\p{N}.\s]|\.(?!\d)/gu, ' ');
  const raw = s.split(/\s+/u).filter(Boolean);
  return foldNumbers(raw).map(singularUnit);
}

/** The normal form as one string. */
export function normalizeText(text: string): string {
  return normalizeWords(text).join(' ');
}

function singularUnit(word: string): string {
  if (word.endsWith('s') && UNITS.has(word.slice(0, -1))) return word.slice(0, -1);
  if (word === 'people') return 'person';
  return word;
}

/** "twenty five" → "25", "three" → "3", "fourth" → "4th", "5 million" → "5000000". */
function foldNumbers(words: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let value: number | null = null;
    let j = i;
    while (j < words.length) {
      const w = words[j]!;
      if (w in SMALL_NUMBERS && (value === null || value % 10 === 0 && value >= 20 && value % 100 !== 0 && SMALL_NUMBERS[w]! < 10 || value >= 100 && value % 100 === 0)) {
        value = (value ?? 0) + SMALL_NUMBERS[w]!;
      } else if (w in TENS && (value === null || value >= 100 && value % 100 === 0)) {
        value = (value ?? 0) + TENS[w]!;
      } else if (/^\d+(?:\.\d+)?$/u.test(w) && value === null) {
        value = Number(w);
      } else if (w in SCALES && value !== null && value < SCALES[w]!) {
        value = value * SCALES[w]!;
      } else break;
      j++;
    }
    if (value !== null && j > i) {
      out.push(String(value));
      i = j;
      continue;
    }
    const w = words[i]!;
    out.push(ORDINALS[w] ?? w);
    i++;
  }
  return out;
}
