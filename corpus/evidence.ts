/**
 * What makes two statements the same statement, and not false friends (#20). On a real archive of
 * one beat, the same people, places and topics fill every article: "Hillary Clinton.", "super
 * PACs", "This is who Donald Trump is" share only names with hundreds of sentences, "declined to
 * comment" is a stock phrase, and "I'm not a big fan." says the opposite of "I'm a big fan of Paul".
 * Two lines are one statement only on evidence:
 * - distinctive words in common that are not names: several of them, or a long run in order; or
 * - the same speaker on the same subject (the story around both lines), with some words that are
 *   not names in common, on the same occasion.
 * Never on names, stock phrases or topic words alone, and never where one side denies what the
 * other says.
 */
import { distinctiveness, wordRarity } from './distinctive';
import { isContentWord } from './features';
import { normalizeWord } from './normalize';

/** Non-name content words below which a quote is a word or two ("smart", "fear", "super PACs"), carried only where both sides name its speaker. */
export const STATEMENT_WORDS = 2;
/** Non-name content words two statements must share to be one on their words alone. */
export const SHARED_WORDS_ALONE = 4;
/** Summed general-English rarity those words need: four everyday words are a stock phrase. */
export const SHARED_RARITY_ALONE = 1;
/**
 * A run in order of at least RUN_WORDS_ALONE words with RUN_CONTENT_WORDS words that are not names
 * ("unfit to be commander in chief" has three: a stock phrase), or a longer run with one fewer
 * ("this could be the great Trojan horse of all time"), is one statement.
 */
export const RUN_WORDS_ALONE = 6;
export const RUN_CONTENT_WORDS = 4;
export const LONG_RUN_WORDS = 8;
/** Summed general-English rarity a run's words need: "meetings" in "a good day in talks and meetings" has it. */
export const RUN_RARITY = 0.25;

/** In normal form, where "don't" is "dont". */
const NEGATIONS = new Set(
  'not no never nobody nothing none neither nor cannot without dont doesnt didnt isnt wasnt arent werent cant couldnt wouldnt shouldnt wont havent hasnt hadnt aint'.split(' '),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
/** Words a title leaves in lower case. */
const TITLE_LINKS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from']);
/** A capitalised word at a sentence's opening (or in capitals) is a name when at least this rare in English: "Hillary", not "This". */
const RARE_AS_NAME = 0.5;
/** A word opens a sentence after these (or at the start): its capital says nothing of a name. */
const SENTENCE_OPENING = /(?:^|[.!?:;…—–"“”‘’«»(\[]\s*)$/u;

/**
 * The normalized words a text writes as names: capitalized inside a sentence ("Clinton",
 * "Meet the Press" keeps "meet" and "press"), or capitalized at a sentence's opening and rare as
 * an English word ("Hillary", not "This"), or in capitals and rare ("JEB", not "STOP").
 */
export function nameWords(text: string): Set<string> {
  const names = new Set<string>();
  const tokens = [...text.matchAll(WORD)];
  for (const match of tokens) {
    const word = match[0];
    if (!/^\p{Lu}/u.test(word) || /^I(?:['’](?:m|ve|d|ll))?$/u.test(word)) continue;
    const opensSentence = SENTENCE_OPENING.test(text.slice(Math.max(0, match.index! - 3), match.index));
    const shouting = word.length > 1 && word === word.toUpperCase();
    // "Commander-In-Chief" is three words in normal form.
    for (const normal of normalizeWord(word.replace(/[’']s$/u, '')).split(' ')) {
      if (normal && ((!opensSentence && !shouting) || wordRarity(normal) >= RARE_AS_NAME)) names.add(normal);
    }
  }
  // A title in title case ("Meet the Press", "Make America Great Again") is a name as a whole.
  const words = tokens.map((m) => m[0]).filter((w) => !TITLE_LINKS.has(w.toLowerCase()));
  const titleCase = (w: string) => /^\p{Lu}/u.test(w) && (w.length === 1 || w !== w.toUpperCase());
  if (words.length >= 2 && words.every(titleCase)) for (const w of words) for (const normal of normalizeWord(w).split(' ')) if (normal) names.add(normal);
  return names;
}

/** Content words of a normalized word list that the text does not write as names. */
export function statementWords(words: readonly string[], names: ReadonlySet<string>): string[] {
  return words.filter((w) => isContentWord(w) && !names.has(w) && !/^\d/u.test(w));
}

/** Whether a statement says something beyond names: a name-only quote ("JEB BUSH.", "Obama-Clinton") never matches. */
export function saysMoreThanNames(words: readonly string[], names: ReadonlySet<string>): boolean {
  return statementWords(words, names).length > 0;
}

export interface SideWords {
  words: readonly string[];
  names: ReadonlySet<string>;
}

/** Words both statements have that are neither function words nor names on either side. */
export function sharedStatementWords(a: SideWords, b: SideWords): string[] {
  const inB = new Set(statementWords(b.words, b.names));
  return [...new Set(statementWords(a.words, a.names).filter((w) => inB.has(w)))];
}

/**
 * Their words alone make two statements one: distinctive non-name words in common
 * (`sharedStatementWords`), or a long run in order.
 */
export function distinctivelyShared(shared: readonly string[], a: SideWords, b: SideWords, longestRun: readonly string[]): boolean {
  if (shared.length >= SHARED_WORDS_ALONE && distinctiveness(shared) >= SHARED_RARITY_ALONE) return true;
  const content = new Set(statementWords(longestRun, new Set([...a.names, ...b.names])));
  // A run of everyday words throughout ("bad things are going to happen") is a stock phrase however long.
  if (distinctiveness([...content]) < RUN_RARITY) return false;
  return (longestRun.length >= RUN_WORDS_ALONE && content.size >= RUN_CONTENT_WORDS) || (longestRun.length >= LONG_RUN_WORDS && content.size >= RUN_CONTENT_WORDS - 1);
}

/** One side denies what the other says: a negation on one side that the other lacks ("I'm not a big fan." / "I'm a big fan"). */
export function polarityDiffers(a: readonly string[], b: readonly string[], shorterIsPart = false): boolean {
  const negated = (words: readonly string[]) => words.some((w) => NEGATIONS.has(w));
  if (shorterIsPart) {
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    return negated(shorter) && !negated(longer);
  }
  return negated(a) !== negated(b);
}
