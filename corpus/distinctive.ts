/**
 * How distinctive wording is in general English. "very close to a deal" is a stock phrase
 * any report of any deal may use; "protects every library branch" is not. Word commonness
 * comes from SUBTLEX-US (see scripts/make-english-frequency.mjs).
 */
import { ENGLISH_FREQUENCY_BANDS, MIN_LISTED_ZIPF } from './english-frequency.data';
import { isContentWord } from './features';

/** Zipf values at and above which a word is everyday (rarity 0), and at and below which it is rare (rarity 1). */
const EVERYDAY_ZIPF = 5.5;
const RARE_ZIPF = 3.5;

let zipfByWord: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (!zipfByWord) {
    zipfByWord = new Map();
    for (const [band, words] of Object.entries(ENGLISH_FREQUENCY_BANDS)) {
      for (const word of words.split(' ')) zipfByWord.set(word, Number(band));
    }
  }
  return zipfByWord;
}

/** Endings whose removal gives the base form: a plural or past form is as everyday as its base ("officials", "official"). */
const INFLECTIONS: [RegExp, string][] = [
  [/ies$/u, 'y'], [/es$/u, ''], [/s$/u, ''], [/ied$/u, 'y'], [/ed$/u, ''], [/ed$/u, 'e'], [/ing$/u, ''], [/ing$/u, 'e'],
];

/** Zipf frequency of a normalized word or its base form; unlisted words are taken as rarer than the table's floor. */
export function zipfOf(word: string): number {
  const words = table();
  let best = words.get(word) ?? MIN_LISTED_ZIPF - 0.5;
  for (const [ending, base] of INFLECTIONS) {
    if (!ending.test(word) || word.length < 5) continue;
    best = Math.max(best, words.get(word.replace(ending, base)) ?? -Infinity);
  }
  return best;
}

/** Words whose rarity is remembered: words repeat, and a lookup weighs thousands of them. */
const rarityCache = new Map<string, number>();
const RARITY_CACHE_SIZE = 50_000;

/** 0 for an everyday word (or a function word, or a small bare number), 1 for a rare one. */
export function wordRarity(word: string): number {
  let rarity = rarityCache.get(word);
  if (rarity === undefined) {
    if (/^\d/u.test(word)) rarity = /^\d+$/u.test(word) && Number(word) < 10 ? 0 : 1;
    else if (!isContentWord(word)) rarity = 0;
    else rarity = Math.min(1, Math.max(0, (EVERYDAY_ZIPF - zipfOf(word)) / (EVERYDAY_ZIPF - RARE_ZIPF)));
    if (rarityCache.size >= RARITY_CACHE_SIZE) rarityCache.clear();
    rarityCache.set(word, rarity);
  }
  return rarity;
}

/** Summed rarity of the distinct words: about the number of rare words a line has. */
export function distinctiveness(words: readonly string[]): number {
  let sum = 0;
  for (const word of new Set(words)) sum += wordRarity(word);
  return sum;
}
