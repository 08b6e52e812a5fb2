/** What a line carries that matching weighs: content stems, figures, places. */
import { normalizeWords } from './normalize';

const STOPWORDS = new Set(
  (
    'a an the and or but if of in on at to for with by from as is are was were be been being it its this that ' +
    'these those he she they we i you his her their our my your him them us me there here what which who whom ' +
    'whose not no so than then too very can could will would should may might must do does did done has have had ' +
    'having just also only about into over under after before between up down out off again further once all any ' +
    'both each few more most other some such own same now while s t am said says say told'
  ).split(' '),
);

/** Content stems get at most this many leading characters: folds "Ukraine"/"Ukrainian", "territory"/"territorial". */
const STEM_LENGTH = 5;

/** Words that state one fact in other words: "killed 12" = "12 deaths". */
const SAME_MEANING: ReadonlyMap<string, string> = new Map(Object.entries({
  killed: 'death', died: 'death', dead: 'death', deaths: 'death', death: 'death', fatalities: 'death', deadly: 'death',
  bombing: 'bomb', bombed: 'bomb', talks: 'talk', meeting: 'meet', meetings: 'meet', met: 'meet', meets: 'meet',
  negotiations: 'negot', negotiate: 'negot', proposal: 'propo', proposed: 'propo', plan: 'propo',
}));

/** Per stem SAME_MEANING folds words into, the first letters of those words (see stemOpenings). */
const FOLDED_OPENINGS = new Map<string, Set<string>>();
for (const [word, folded] of SAME_MEANING) {
  const openings = FOLDED_OPENINGS.get(folded) ?? new Set([folded.slice(0, 3)]);
  FOLDED_OPENINGS.set(folded, openings.add(word.slice(0, 3)));
}

/**
 * The first three letters a word with this stem can begin with: the stem's own, and those of the
 * words SAME_MEANING folds into it ("killed", "died" → "death"). A word's light stem (as reported
 * speech is compared) begins with the same three letters, so two words of one light stem always
 * share an opening: what lets a lookup rule a line out from its stems alone.
 */
export function stemOpenings(s: string): readonly string[] {
  const folded = FOLDED_OPENINGS.get(s);
  return folded ? [...folded] : [s.slice(0, 3)];
}

export function stem(word: string): string {
  if (/^\d/u.test(word)) return word;
  const same = SAME_MEANING.get(word);
  if (same) return same;
  return word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word;
}

export function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && word.length > 1 || /^\d/u.test(word);
}

export interface LineFeatures {
  /** Normalized words, in order. */
  words: string[];
  /** Stems of the content words, without repeats. */
  stems: string[];
  /** Figures with the unit after them when there is one: "20 percent", "3 hour", "2022". */
  figures: string[];
  /** Places after a locating preposition: "outside moscow" → { place: "moscow", relation: "outside" }. */
  places: { place: string; relation: string }[];
}

const UNIT_WORDS: ReadonlySet<string> = new Set(['percent', 'hour', 'day', 'week', 'month', 'year', 'minute', 'death', 'person', 'time']);
/** Units of time and share: part of a figure, never a rare word by themselves. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['percent', 'hour', 'day', 'week', 'month', 'year', 'minute']);
const LOCATING = /\b(in|outside|near|inside|around|at|off|north of|south of|east of|west of)\s+(\p{Lu}[\p{L}\-]+)/gu;

export function lineFeatures(text: string): LineFeatures {
  const words = normalizeWords(text);
  const stems = [...new Set(words.filter(isContentWord).map(stem))];
  const figures: string[] = [];
  words.forEach((w, i) => {
    if (!/^\d/u.test(w)) return;
    if (/^\d+(?:st|nd|rd|th)$/u.test(w)) {
      figures.push(w); // "fourth trip" → "4th"
      return;
    }
    const next = words[i + 1];
    figures.push(next && UNIT_WORDS.has(next) ? `${w} ${next}` : w);
  });
  const places: LineFeatures['places'] = [];
  for (const m of text.matchAll(LOCATING)) places.push({ relation: m[1]!.toLowerCase(), place: m[2]!.toLowerCase() });
  return { words, stems, figures, places };
}
