/** Checkable claims: sentences stating figures, dates, counts, ordinals or attributed reports. */

export type ClaimSignal = 'figure' | 'date' | 'day' | 'count' | 'duration' | 'ordinal' | 'report' | 'casualty';

const SIGNALS: [ClaimSignal, RegExp][] = [
  ['figure', /\d+(?:[.,]\d+)*\s*(?:%|per\s?cent)|\b\d{1,3}(?:,\d{3})+\b|\b(?:million|billion|trillion)s?\b/iu],
  ['duration', /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred)[-\s](?:hour|day|week|month|year|minute)s?\b/iu],
  ['date', /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:1[89]|20)\d{2}\b|\b\d{4}-\d{2}-\d{2}\b/u],
  // News dates most events by weekday ("on Friday") or as "yesterday".
  ['day', /\b(?:[Oo]n|[Ll]ast|[Ss]ince|[Uu]ntil|[Bb]y)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b[Yy]esterday\b/u],
  ['count', /\b\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/iu],
  ['ordinal', /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|\bfirst (?:time|\d+)/iu],
  ['report', /\b(?:reports? (?:suggest|indicate|say|said|show|circulating)\w*|reportedly|according to|leaked|sources (?:say|said)|reviewed by|officials (?:say|said)|estimat\w+|claimed)\b/iu],
  ['casualty', /\b(?:killed|dead|deaths?|died|injured|wounded|casualties)\b/iu],
];

/** A sentence shorter than this is a headline fragment or a caption, not a claim. */
const MIN_CLAIM_WORDS = 6;

/** The signals that make a sentence a checkable claim; empty when it is not one. */
export function claimSignals(sentence: string): ClaimSignal[] {
  if (sentence.split(/\s+/u).filter(Boolean).length < MIN_CLAIM_WORDS) return [];
  const found = SIGNALS.filter(([, re]) => re.test(sentence)).map(([signal]) => signal);
  // A bare count of something ("two sides") is too weak alone: it must come with a unit or another signal.
  if (found.length === 1 && found[0] === 'count' && !/\d/u.test(sentence)) return [];
  return found;
}
