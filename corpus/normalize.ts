/**
 * The normal form two renderings of a line are compared in: case, quote marks,
 * dashes, editorial brackets, number words and units folded.
 */

/** Word tables as Maps: a plain object would answer for "constructor" or "toString" too. */
const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));
const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 }));
const ORDINALS: ReadonlyMap<string, string> = new Map(Object.entries({
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th',
  eighth: '8th', ninth: '9th', tenth: '10th',
}));
/** "a fifth of" the land is 20 percent of it: shares stated as fractions, folded to the figure news also prints. */
const FRACTIONS: ReadonlyMap<string, number> = new Map(Object.entries({ half: 50, third: 33, quarter: 25, fifth: 20, tenth: 10 }));
/** Units whose plural and singular mean the same figure ("three hours" = "three-hour"). */
const UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'minute', 'second', 'mile', 'kilometre', 'kilometer', 'km', 'percent', 'death', 'person', 'time']);
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({ 'u.s.': 'us', 'u.s': 'us', 'u.k.': 'uk' }));
/** Two words that are one: folded on the word list, so that normalizing twice gives what once did. */
const WORD_PAIRS: ReadonlyMap<string, string> = new Map(Object.entries({ 'united states': 'us', 'united kingdom': 'uk', 'per cent': 'percent' }));

/** Text with no character past ASCII: Unicode normalization would leave it as it is. */
const PLAIN_ASCII = /^[\x00-\x7f]*$/u;
const APOSTROPHES = /[’‘`´']/u;

/** Matches an editorial insertion: "finish it [the deal] off". */
export const EDITORIAL_BRACKETS = /\s*\[[^\]]{0,80}\]/gu;

/** Words of a text in normal form. */
export function normalizeWords(text: string): string[] {
  // Each rewrite only where its marks occur: every line of a corpus passes through here.
  const ascii = PLAIN_ASCII.test(text);
  let s = ascii ? text.toLowerCase() : text.normalize('NFKC').toLowerCase();
  if (s.includes('[')) s = s.replace(EDITORIAL_BRACKETS, ' ');
  if (!ascii) s = s.normalize('NFKD').replace(/\p{M}/gu, '');
  if (s.includes('u.')) s = s.replace(/(?<![\p{L}\p{N}])(u\.s\.?|u\.k\.)(?!\p{L})/gu, (m) => ` ${ABBREVIATIONS.get(m) ?? m} `);
  if (s.includes('%')) s = s.replace(/%/gu, ' percent ');
  if (s.includes(',')) s = s.replace(/(\d),(?=\d{3}\b)/gu, '$1');
  if (APOSTROPHES.test(s)) s = s.replace(/[’‘`´]/gu, "'").replace(/'s\b/gu, 's').replace(/'/gu, '');
  // In ASCII text a letter is a-z (case is folded) and a digit 0-9: the narrow classes are the same test, faster.
  s = ascii ? s.replace(/[^a-z0-9.\s]|\.(?!\d)/g, ' ') : s.replace(/[^\p{L}\p{N}.\s]|\.(?!\d)/gu, ' ');
  const raw = foldPairs(s.split(ascii ? /\s+/ : /\s+/u).filter(Boolean));
  return foldNumbers(raw).map(singularUnit);
}

/** The normal form as one string. */
export function normalizeText(text: string): string {
  return normalizeWords(text).join(' ');
}

/** A word of ASCII letters, with at most a stop or comma after it: case and the mark are all its normal form drops. */
const PLAIN_WORD = /^[A-Za-z]+[.,;:!?]?$/;

/** normalizeText of one word as written, without the whole pipeline for the plain words most are. */
export function normalizeWord(word: string): string {
  if (!PLAIN_WORD.test(word)) return normalizeText(word);
  const letters = (/[a-z]$/i.test(word) ? word : word.slice(0, -1)).toLowerCase();
  return foldNumbers([letters]).map(singularUnit).join(' ');
}

/** First words of WORD_PAIRS: only they need the pair looked up. */
const PAIR_STARTS: ReadonlySet<string> = new Set([...WORD_PAIRS.keys()].map((pair) => pair.split(' ')[0]!));

function foldPairs(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length && PAIR_STARTS.has(words[i]!) ? WORD_PAIRS.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair) {
      out.push(pair);
      i++;
    } else out.push(words[i]!);
  }
  return out;
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
    const fraction = FRACTIONS.get(words[i + 1] ?? '');
    if (fraction !== undefined && (words[i] === 'a' || words[i] === 'one') && words[i + 2] === 'of') {
      out.push(String(fraction), 'percent');
      i += 2;
      continue;
    }
    let value: number | null = null;
    let j = i;
    while (j < words.length) {
      const w = words[j]!;
      const small = SMALL_NUMBERS.get(w);
      const tens = TENS.get(w);
      const scale = SCALES.get(w);
      if (small !== undefined && (value === null || value % 10 === 0 && value >= 20 && value % 100 !== 0 && small < 10 || value >= 100 && value % 100 === 0)) {
        value = (value ?? 0) + small;
      } else if (tens !== undefined && (value === null || value >= 100 && value % 100 === 0)) {
        value = (value ?? 0) + tens;
      } else if (/^\d+(?:\.\d+)?$/u.test(w) && value === null) {
        value = Number(w);
      } else if (scale !== undefined && value !== null && value < scale) {
        value = value * scale;
      } else break;
      j++;
    }
    if (value !== null && j > i) {
      out.push(String(value));
      i = j;
      continue;
    }
    const w = words[i]!;
    out.push(ORDINALS.get(w) ?? w);
    i++;
  }
  return out;
}
