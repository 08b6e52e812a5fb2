/**
 * Dates and occasions. An article's date is what its source file, its page or its own text
 * states; a line's date is its article's, moved by the relative date its sentence gives
 * ("yesterday", "on Friday"). Two renderings of a line are the same occasion when their dates lie
 * within a few days of each other, another occasion when they do not, and undecided when either
 * date is unknown. Dates are ISO calendar days (yyyy-mm-dd), compared as UTC days.
 */

/** Coverage of one event runs over a few days (the event, the next day's papers, a weekend). */
export const SAME_OCCASION_DAYS = 3;

export type Occasion = 'same' | 'other' | null;

const DAY_MS = 86_400_000;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = new Map(MONTHS.flatMap((m, n) => [[m, n], [m.slice(0, 3), n], ...(m.length > 4 ? [[m.slice(0, 4), n] as [string, number]] : [])]));
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function iso(year: number, month: number, day: number): string | null {
  const t = Date.UTC(year, month, day);
  const d = new Date(t);
  if (year < 1900 || year > 2200 || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Day numbers by date, kept: a lookup dates every outlet that carried a line, and most share a few dates. */
const dayNumbers = new Map<string, number>();
function dayNumber(isoDate: string): number {
  let day = dayNumbers.get(isoDate);
  if (day === undefined) {
    day = Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
    if (dayNumbers.size >= 10_000) dayNumbers.clear();
    dayNumbers.set(isoDate, day);
  }
  return day;
}
const fromDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** A calendar date written in full: 2025-04-25, 2025-04-25T10:00Z, 25 April 2025, April 25, 2025, Apr. 25 2025. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u.exec(t);
  if (m && MONTH.has(m[2]!.toLowerCase())) return iso(Number(m[3]), MONTH.get(m[2]!.toLowerCase())!, Number(m[1]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(t);
  if (m && MONTH.has(m[1]!.toLowerCase())) return iso(Number(m[3]), MONTH.get(m[1]!.toLowerCase())!, Number(m[2]));
  return null;
}

/** A "date 2025-04-26" line, as seed 004 and some newsroom exports begin (m: at any line's start). */
export const DATE_LINE = /^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b/imu;

/** A full date an article states near its start (a dateline, a "date" line, "Published 25 April 2025"). */
export function textDate(text: string): string | null {
  const head = text.slice(0, 600);
  const line = DATE_LINE.exec(head);
  if (line) return parseDate(line[1]!);
  const written = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b/u.exec(head);
  return written ? parseDate(written[1]!) : null;
}

/** What a sentence says of when its words were said, relative to the article's date. */
export type DateCue = { days: number } | { weekday: number } | null;

/** Words that date a sentence, by how many days they lie from the article's date. */
const DAY_WORDS: ReadonlyMap<string, number> = new Map([['yesterday', -1], ['today', 0], ['tonight', 0], ['this morning', 0], ['this afternoon', 0], ['earlier today', 0]]);
/**
 * Every dating cue in one pattern, so that a sentence is read once (every verified line of a
 * lookup is): a day word, or a weekday ("on Friday", "last Friday", "Friday's"). The first match
 * is the cue nearest the sentence's start; at one place, a day word before a weekday.
 */
const DATE_CUE = new RegExp(`\\b(?:(${[...DAY_WORDS.keys()].join('|')})|(?:on |last |this )?(${WEEKDAYS.join('|')})(?:'s|’s)?)\\b`, 'u');

/** "yesterday", "today", "on Friday", "last Friday", "Friday's talks": nearest wins, the first cue in the sentence. */
export function dateCue(sentence: string): DateCue {
  const found = DATE_CUE.exec(sentence.toLowerCase());
  if (!found) return null;
  return found[1] !== undefined ? { days: DAY_WORDS.get(found[1])! } : { weekday: WEEKDAYS.indexOf(found[2]!) };
}

/** The day a cue names, counted back from the article's date (a weekday is the latest one on or before it). */
export function resolveCue(cue: DateCue, articleDate: string | null): string | null {
  if (!articleDate) return null;
  if (!cue) return articleDate;
  const day = dayNumber(articleDate);
  if ('days' in cue) return fromDayNumber(day + cue.days);
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return fromDayNumber(day - ((weekday - cue.weekday + 7) % 7));
}

/** Same occasion within SAME_OCCASION_DAYS, another beyond, null when either date is unknown. */
export function occasionOf(a: string | null, b: string | null): Occasion {
  if (!a || !b) return null;
  return Math.abs(dayNumber(a) - dayNumber(b)) <= SAME_OCCASION_DAYS ? 'same' : 'other';
}

/** Whole days from `earlier` to `later` (negative when `later` is earlier). */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier);
}

/** "25 Apr 2025", for the UI and reports (Intl, in English until the UI is localised). */
export function formatDay(isoDate: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
