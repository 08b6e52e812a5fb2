/**
 * Reported speech: words an article attributes to a speaker without quote marks.
 * "Trump said on Friday that Russia and Ukraine were very close to a deal" carries the same
 * statement as the quote “very close to a deal”, so it is an item of its own, with its
 * speaker and the span of the reported words (the clause after the reporting verb).
 */
import { INTRODUCTORY, MASK, type SpeakerContext } from './speakers';
import type { Span } from './types';

export interface ReportedSpeech extends Span {
  speaker: string | null;
  sentence: Span;
}

/** Verbs that report a statement; "asked" reports a question and "called on" a demand, so neither is here. */
const REPORTING_VERB =
  /^(?:said|says|told|tells|added|adds|noted|notes|warned|warns|argued|argues|insisted|insists|stressed|claimed|claims|announced|acknowledged|admitted|explained|predicted|promised|confirmed|estimated|reiterated|maintained|contended|emphasized|emphasised|indicated|suggested|stated|declared|wrote|writes|posted|described|describes|characterized|characterised|called|calls|termed)$/u;
/** Who a "told" is addressed to, skipped before the reported words. */
const ADDRESSEE =
  /^\s+(?:reporters|journalists|lawmakers|senators|supporters|investors|parliament|him|her|them|us|me|(?:the|a|an|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?=\s+(?:that\s|on\s|in\s|\p{Ll}|\p{Lu}))/u;
/** Time and manner phrases between the verb and the reported words. */
const ADVERBIAL =
  /^(?:\s*,)?\s+(?:on\s+\p{Lu}\p{Ll}+|late\s+on\s+\p{Lu}\p{Ll}+|in\s+an?\s+(?:statement|interview|post|briefing|letter|speech)(?:\s+on\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)?|yesterday|today|tonight|earlier|later|also|again|repeatedly|publicly|privately|separately|afterwards|after\s+the\s+\p{Ll}+|this\s+week|last\s+week)(?=[\s,])(?:\s*,)?/u;
/** A clause cannot start with these: what follows is a phrase of the verb, not reported words. */
const NOT_A_CLAUSE = /^(?:in|on|at|to|of|for|with|by|from|about|during|after|before|into|over|nothing|little|so|as|because|when|while|if|until|since)\b/iu;
const MIN_WORDS = 4;
/** Unnamed speakers that still make a report: "police said", "the central bank said". */
const GROUP_SUBJECT =
  /^(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:police|officials?|forecasters|authorities|analysts|experts|sources|residents|witnesses|organi[sz]ers|spokes\w+|ministry|office|government|company|agency|bank|council|board|union|court|firm|club|team|department|committee|campaign|prosecutors|investigators|researchers|scientists|economists|doctors|officers|lawyers)\b/iu;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Reported speech in each sentence of the text, with speakers from the article-wide context. */
export function findReportedSpeech(text: string, sentences: readonly Span[], context: SpeakerContext): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  for (const sentence of sentences) {
    const masked = context.masked.slice(sentence.start, sentence.end);
    if (/\?\s*$/u.test(masked)) continue;
    const reported = accordingTo(masked, sentence, context) ?? postposed(masked, sentence, context) ?? forward(masked, sentence, context);
    if (!reported) continue;
    const span = trimClause(text, reported.start, reported.end);
    const words = text.slice(span.start, span.end);
    if (wordCount(words) < MIN_WORDS || context.masked.slice(span.start, span.end).includes(MASK) || NOT_A_CLAUSE.test(words)) continue;
    found.push({ ...span, speaker: reported.speaker, sentence });
  }
  return found;
}

interface Found extends Span {
  speaker: string | null;
}

/** "According to X, …" and "…, according to X." */
function accordingTo(masked: string, sentence: Span, context: SpeakerContext): Found | null {
  const leading = /^According to\s+(?:the\s+)?/u.exec(masked);
  if (leading) {
    const comma = masked.indexOf(', ', leading[0].length);
    if (comma < 0) return null;
    const speaker = context.subjectAfterVerb(sentence.start + leading[0].length - 1, sentence.start + comma);
    return { start: sentence.start + comma + 2, end: sentence.end, speaker };
  }
  const trailing = /,\s+according to\s+(?:the\s+)?/u.exec(masked);
  if (!trailing) return null;
  const speaker = context.subjectAfterVerb(sentence.start + trailing.index + trailing[0].length - 1, sentence.end);
  return { start: sentence.start, end: sentence.start + trailing.index, speaker };
}

/** "…, Trump said on Friday." / "…, said the aide." / "…, police said." */
function postposed(masked: string, sentence: Span, context: SpeakerContext): Found | null {
  const comma = masked.lastIndexOf(', ');
  if (comma < 0) return null;
  const tail = masked.slice(comma + 2).replace(/[\s.!]+$/u, '');
  const words = tail.split(/\s+/u);
  const verbIndex = words.findIndex((w, n) => n <= 6 && REPORTING_VERB.test(w));
  if (verbIndex < 0 || words.length - verbIndex - 1 > 8) return null;
  const commaAt = sentence.start + comma;
  const verbAt = commaAt + 2 + words.slice(0, verbIndex).reduce((n, w) => n + w.length + 1, 0);
  const before = words.slice(0, verbIndex).join(' ');
  const after = words.slice(verbIndex + 1).join(' ');
  // "…, Trump wrote on social media: “…”": the verb introduces words of its own, after it.
  if (/[:\u25CA]/u.test(after)) return null;
  // What follows the verb is an adverbial ("on Friday as …"), not an object with words of its own.
  if (before && after && !/^(?:on|in|late|earlier|later|last|this|after|yesterday|today|tonight|at|as|when|while)\b/u.test(after)) return null;
  const verb = words[verbIndex]!;
  const speaker = before ? context.adjacentSubject(commaAt + 1, verbAt) : context.subjectAfterVerb(verbAt + verb.length, sentence.end);
  if (speaker === null && !GROUP_SUBJECT.test(before || after)) return null;
  return { start: sentence.start, end: commaAt, speaker };
}

/** "X said (on Friday) (that) …", "X told reporters that …", "X described the talks as …". */
function forward(masked: string, sentence: Span, context: SpeakerContext): Found | null {
  const verb = context.speechVerbs(sentence.start, sentence.end).find((v) => REPORTING_VERB.test(v.word));
  if (!verb) return null;
  const head = masked.slice(0, verb.at - sentence.start);
  // "The plan, which Trump said would …": a verb inside a relative clause reports nothing whole.
  if (/(?:,\s*|\s)(?:which|who|that|whom)\s[^,]*$/u.test(head) || /[;:]/u.test(head)) return null;
  // "…, Trump said as …": reported words before the verb belong to the post-posed form.
  const lastComma = head.lastIndexOf(',');
  const apposition = /^[^,]{1,40},[^,]+,\s*$/u.test(head); // "Ruth Abernathy, the emergency manager, said"
  if (lastComma >= 0 && !apposition && wordCount(head.slice(0, lastComma)) >= MIN_WORDS && !INTRODUCTORY.test(head)) return null;
  const speaker = context.adjacentSubject(sentence.start, verb.at);
  const subject = (apposition ? head.slice(0, head.indexOf(',')) : head.slice(lastComma + 1)).trim();
  if (speaker === null && !(GROUP_SUBJECT.test(subject) && wordCount(subject) <= 5)) return null;
  let at = verb.at + verb.word.length;
  let rest = context.masked.slice(at, sentence.end);
  if (/^(?:told|tells)$/u.test(verb.word)) {
    const addressee = ADDRESSEE.exec(rest);
    if (!addressee) return null;
    at += addressee[0].length;
    rest = context.masked.slice(at, sentence.end);
  }
  for (let step = 0; step < 3; step++) {
    const adverbial = ADVERBIAL.exec(rest);
    if (!adverbial) break;
    at += adverbial[0].length;
    rest = context.masked.slice(at, sentence.end);
  }
  // "X said on Friday, adding that …": the words reported are after the participle.
  const participle = /^\s*,?\s*(?:adding|saying|noting|insisting|warning|arguing|stressing)(?=\s)/u.exec(rest);
  if (participle) {
    at += participle[0].length;
    rest = context.masked.slice(at, sentence.end);
  }
  const that = /^\s+that\b/u.exec(rest);
  if (that) at += that[0].length;
  return { start: at, end: sentence.end, speaker };
}

/**
 * The reported words without the spaces, commas and final stop around them, and without a
 * trailing clause of the writer's (", after his envoy met Putin", ", as talks went on").
 */
function trimClause(text: string, start: number, end: number): Span {
  const writers = /,\s+(?:after|as|when|while|before|because|although|though|since|until|despite|amid|following)\s/u.exec(text.slice(start, end));
  if (writers && wordCount(text.slice(start, start + writers.index)) >= MIN_WORDS) end = start + writers.index;
  while (start < end && /[\s,:—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s.,;!]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
