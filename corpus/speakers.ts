/**
 * Who said it: attribution of quotes (and claims) to a speaker, from the
 * words around them. Where the text does not say clearly, the answer is null.
 */
import { findMentions, isPersonLike, surnameKey, tokenize, type Mention } from './entities';
import type { FoundQuote } from './quotes';
import { firstEndingAfter, sentenceAround } from './sentences';
import type { Span } from './types';

const SPEECH_VERBS =
  'said|says|say|told|tells|posted|posts|wrote|writes|added|adds|stated|states|claimed|claims|noted|notes|' +
  'insisted|insists|described|describes|characterized|characterised|characterizes|termed|terms|called|mentioned|' +
  'remarked|warned|warns|urged|announced|declared|tweeted|explained|argued|asked|replied|reiterated|' +
  'stressed|admitted|acknowledged|emphasized|emphasised|cautioned|vowed|labeled|labelled|indicated|suggested|' +
  'continued|recalled|quipped|insisting|saying|telling|posting|writing|adding|stating|claiming|noting|describing|' +
  'characterizing|calling|warning|urging|declaring|arguing|asking|stressing|labeling|labelling|reiterating|' +
  'emphasizing|vowing|mentioning|remarking';
const SPEECH_VERB = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'gu');
const ACCORDING_TO = /according to\s+(?:the\s+)?/giu;
const PRONOUN = /^(?:he|she)$/iu;
/** Sentence openers whose phrase, up to the first comma, holds no subject. */
const INTRODUCTORY =
  /^\s*(?:After|Before|In|On|At|While|As|When|Although|Though|Despite|Speaking|Taking|Describing|Following|Since|During|With|Without|Amid|Unlike|Like|Recognizing|However|Meanwhile|Nevertheless|Nonetheless|Earlier|Later|Last|This|On)\b/u;
/** ", where he arrived …," — a relative clause, whose pronoun is not the sentence's subject. */
const RELATIVE_CLAUSE = /,\s*(?:where|who|which|whom|whose|when)\b[^,]*,/u;
const MASK = '\u25CA';
const NAME_CHARS = `[\\p{Lu}][\\p{L}.'’\\-]*`;
/** Verbs that put their subject after them in news style: `…,” said Mr. Trump`. */
const INVERTED_VERBS = 'said|says|added|adds|wrote|writes|asked|continued|explained|recalled|noted|insisted';
/** Lower-case role words between such a verb and the name: `said opposition spokesperson Maria Gomez`. */
const ROLE_WORDS =
  'aide|adviser|advisor|spokesperson|spokesman|spokeswoman|official|minister|secretary|president|senator|opposition|' +
  'government|foreign|policy|chief|head|deputy|leader|analyst|economist|resident|professor|director|envoy|general|local|former';
/** `” Trump posted`, `” he said`, `” said Mr. Trump`, `” US President Donald Trump told reporters`. */
const ATTRIBUTION_AFTER = new RegExp(
  `^[\\s,;:${MASK}]*(?:((?:[Hh]e|[Ss]he)|(?:the\\s+)?(?:(?:${NAME_CHARS}|aide|adviser|envoy|spokesman|spokeswoman|spokesperson|official|minister)\\s+)*${NAME_CHARS})` +
    `\\s+(?:(?:\\p{Ll}+ly|also|later|then|earlier|once|again|has|had)\\s+){0,2}(?:${SPEECH_VERBS})(?![\\p{L}])` +
    `|(?:${INVERTED_VERBS})\\s+(?:the\\s+)?(?:(?:${ROLE_WORDS})\\s+){0,3}((?:${NAME_CHARS}\\s+)*${NAME_CHARS}))`,
  'u',
);

export interface Attribution {
  speaker: string | null;
}

/** Article-wide context for attribution: the text with quotes blanked out, and the people in it. */
export class SpeakerContext {
  readonly masked: string;
  private readonly mentions: Mention[];
  private readonly knownSurnames: Set<string>;
  private readonly fullNames = new Map<string, string>();
  /** Attributed quotes so far, as pronoun antecedents. */
  private readonly spoken: { at: number; speaker: string }[] = [];

  constructor(
    readonly text: string,
    quotes: readonly FoundQuote[],
    readonly sentences: readonly Span[],
    readonly paragraphs: readonly Span[],
  ) {
    this.masked = maskQuotes(text, quotes);
    const raw = findMentions(this.masked);
    this.knownSurnames = new Set(raw.filter((m) => isPersonLike(m, new Set())).map((m) => surnameKey(m.name)));
    this.mentions = raw;
    for (const m of raw) {
      if (!isPersonLike(m, this.knownSurnames) || m.name.split(' ').length < 2) continue;
      const key = surnameKey(m.name);
      const known = this.fullNames.get(key);
      if (!known || m.name.split(' ').length > known.split(' ').length) this.fullNames.set(key, m.name);
    }
  }

  /** Mentions starting in `[from, to)`, by binary search (mentions are in text order). */
  private mentionsIn(from: number, to: number): Mention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: Mention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < to; i++) found.push(this.mentions[i]!);
    return found;
  }

  /** The display name for a mention: the fullest form of that person's name in the article. */
  canonical(name: string): string {
    const cleaned = name.replace(/^the\s+/iu, '').replace(/’s$/u, '');
    return this.fullNames.get(surnameKey(cleaned)) ?? cleaned;
  }

  /** Speakers for each quote, in the same order. Nested quotes take their outer quote's speaker. */
  attributeQuotes(quotes: readonly FoundQuote[]): (string | null)[] {
    const speakers: (string | null)[] = [];
    quotes.forEach((quote, index) => {
      const speaker =
        quote.parent !== undefined ? (speakers[quote.parent] ?? null) : this.attributeQuote(quotes, index, speakers);
      speakers.push(speaker);
      if (speaker) this.spoken.push({ at: quote.start, speaker });
    });
    return speakers;
  }

  private attributeQuote(quotes: readonly FoundQuote[], index: number, speakers: readonly (string | null)[]): string | null {
    const quote = quotes[index]!;
    const sentence = sentenceAround(this.sentences, quote);
    const closeAt = this.afterClosingMark(quote.end);

    const afterText = this.masked.slice(closeAt, sentence.end);
    const accordingAfter = /^[\s,;:\u25CA]*according to\s+(?:the\s+)?/iu.exec(afterText);
    if (accordingAfter) {
      const source = this.nameStartingAt(closeAt + accordingAfter[0].length, sentence.end);
      if (source) return source;
    }
    const after = ATTRIBUTION_AFTER.exec(afterText);
    if (after) {
      const nameText = after[1] ?? after[2]!;
      const nameAt = closeAt + after.index + after[0].indexOf(nameText);
      const resolved = this.resolveName(nameText, nameAt, nameAt + nameText.length);
      if (resolved) return resolved;
    }

    const previous = this.previousTopLevel(quotes, index);
    const spanStart = previous && previous.end > sentence.start ? this.afterClosingMark(previous.end) : sentence.start;
    const before = this.attributeBefore(spanStart, quote.start, sentence.start);
    if (before !== undefined) return before;

    // No verb of its own: a quote continuing in the same sentence keeps the speaker it had.
    if (previous && previous.end > sentence.start) return speakers[quotes.indexOf(previous)] ?? null;
    // A quote that opens its sentence, right after a quoted sentence, continues that speaker (news convention).
    if (previous && !/\p{L}/u.test(this.masked.slice(sentence.start, quote.start)) && this.isAdjacent(previous, quote)) {
      return speakers[quotes.indexOf(previous)] ?? null;
    }
    return null;
  }

  /**
   * Attribution for the words in `[from, to)`: "according to X", or the subject of the
   * last speech verb. Undefined where there is no verb to go by.
   */
  attributeBefore(from: number, to: number, sentenceStart = from): string | null | undefined {
    const verbs = this.speechVerbs(from, to);
    const verb = verbs.at(-1);
    const span = this.masked.slice(from, to);
    let according: RegExpExecArray | null = null;
    ACCORDING_TO.lastIndex = 0;
    for (let m = ACCORDING_TO.exec(span); m; m = ACCORDING_TO.exec(span)) according = m;

    if (according && (!verb || from + according.index > verb.at)) {
      const source = this.nameStartingAt(from + according.index + according[0].length, to);
      if (source) return source;
    }
    if (!verb) return undefined;
    return this.subjectOfVerb(verb, this.speechVerbs(sentenceStart, verb.at));
  }

  /** The name that starts exactly at `at` ("according to [the Kremlin]"), before `limit`. */
  private nameStartingAt(at: number, limit: number): string | null {
    const mention = findMentions(this.masked, at, Math.min(limit, at + 80))[0];
    return mention && mention.start === at ? this.canonical(mention.name) : null;
  }

  /** Speech verbs in `[from, to)`, leaving out negated ones ("has not responded"). */
  private speechVerbs(from: number, to: number): { at: number; word: string }[] {
    const span = this.masked.slice(from, to);
    const verbs: { at: number; word: string }[] = [];
    SPEECH_VERB.lastIndex = 0;
    for (let m = SPEECH_VERB.exec(span); m; m = SPEECH_VERB.exec(span)) {
      if (/\b(?:not|never|to)\s+(?:\w+\s+)?$/u.test(span.slice(Math.max(0, m.index - 16), m.index))) continue;
      verbs.push({ at: from + m.index, word: m[0] });
    }
    return verbs;
  }

  /**
   * A finite verb's subject stands right before it ("Trump, speaking to TIME, reportedly said");
   * a participle or a coordinated verb ("…, adding", "and suggested") shares the main clause's.
   */
  private subjectOfVerb(verb: { at: number; word: string }, earlierVerbs: { at: number; word: string }[]): string | null {
    const sentenceStart = this.sentenceStartOf(verb.at);
    const coordinated = /\band\s+$/u.test(this.masked.slice(Math.max(sentenceStart, verb.at - 6), verb.at));
    if (verb.word.endsWith('ing') || coordinated) {
      const earlier = earlierVerbs.filter((v) => v.at < verb.at && !v.word.endsWith('ing')).at(-1);
      if (earlier) return this.adjacentSubject(sentenceStart, earlier.at);
      return this.mainClauseSubject(sentenceStart, verb.at);
    }
    return this.adjacentSubject(sentenceStart, verb.at);
  }

  private sentenceStartOf(at: number): number {
    const sentence = this.sentences[firstEndingAfter(this.sentences, at - 1)];
    return sentence && sentence.start <= at ? sentence.start : 0;
  }

  /** The first possible subject of the sentence, past an opening phrase ("After the attack on Kyiv, Trump …"). */
  private mainClauseSubject(sentenceStart: number, verbAt: number): string | null {
    let from = sentenceStart;
    const opening = this.masked.slice(sentenceStart, verbAt);
    if (INTRODUCTORY.test(opening)) {
      const comma = opening.indexOf(',');
      if (comma >= 0) from = sentenceStart + comma + 1;
    }
    const relative = RELATIVE_CLAUSE.exec(this.masked.slice(from, verbAt));
    const candidates = this.subjectsIn(from, verbAt).filter(
      (c) => !relative || c.start < from + relative.index || c.start >= from + relative.index + relative[0].length,
    );
    const first = candidates[0];
    return first ? this.resolveName(first.text, first.start, first.end) : null;
  }

  /** The name or pronoun ending right before the verb, past adverbs, auxiliaries and one appositive. */
  private adjacentSubject(sentenceStart: number, verbAt: number): string | null {
    let at = verbAt;
    for (let steps = 0; steps < 8; steps++) {
      const head = this.masked.slice(sentenceStart, at);
      const skippable = /(?:\s+|\b(?:has|have|had|also|later|then|earlier|once|again|reportedly|publicly|firmly|repeatedly|\p{Ll}+ly)\s*)$/u.exec(head);
      if (skippable && skippable[0].length > 0) {
        at -= skippable[0].length;
        continue;
      }
      if (head.endsWith(',')) {
        const open = head.slice(0, -1).lastIndexOf(',');
        if (open < 0) return null;
        at = sentenceStart + open;
        continue;
      }
      break;
    }
    const mention = this.mentionsIn(sentenceStart, at).find((m) => m.end === at);
    if (mention) return this.canonical(mention.name);
    const word = /(\p{L}+)$/u.exec(this.masked.slice(sentenceStart, at));
    if (word && PRONOUN.test(word[1]!)) return this.resolvePronoun(at);
    return null;
  }

  private subjectsIn(from: number, to: number): { text: string; start: number; end: number }[] {
    const fromMentions = this.mentionsIn(from, to)
      .filter((m) => m.end <= to && !m.oblique)
      .map((m) => ({ text: m.name, start: m.start, end: m.end }));
    const pronouns = tokenize(this.masked, from, to)
      .filter((t) => PRONOUN.test(t.word))
      .map((t) => ({ text: t.word, start: t.start, end: t.end }));
    return [...fromMentions, ...pronouns].sort((a, b) => a.start - b.start);
  }

  /** A name as written (or a pronoun) to the speaker it stands for. */
  private resolveName(nameText: string, start: number, end: number): string | null {
    if (PRONOUN.test(nameText.trim())) return this.resolvePronoun(start);
    const mention = this.mentionsIn(start, end).find((m) => m.end <= end) ?? findMentions(this.masked, start, end).at(-1);
    return mention ? this.canonical(mention.name) : null;
  }

  /** "he said": the nearest person named, or quoted, before it, in this paragraph or the two before. */
  private resolvePronoun(at: number): string | null {
    const paragraphIndex = firstEndingAfter(this.paragraphs, at - 1);
    const horizon = this.paragraphs[Math.max(0, paragraphIndex - 2)]?.start ?? 0;
    let best: { at: number; name: string } | null = null;
    for (const m of this.mentionsIn(horizon, at)) {
      if (m.end > at || m.oblique || !isPersonLike(m, this.knownSurnames)) continue;
      if (!best || m.start > best.at) best = { at: m.start, name: this.canonical(m.name) };
    }
    for (const s of this.spoken) {
      if (s.at < at && s.at >= horizon && (!best || s.at > best.at) && this.knownSurnames.has(surnameKey(s.speaker))) {
        best = { at: s.at, name: s.speaker };
      }
    }
    return best?.name ?? null;
  }

  private previousTopLevel(quotes: readonly FoundQuote[], index: number): FoundQuote | undefined {
    for (let i = index - 1; i >= 0; i--) if (quotes[i]!.parent === undefined) return quotes[i];
    return undefined;
  }

  /** Nothing but white space, sentence ends and attribution between two quotes' sentences. */
  private isAdjacent(previous: FoundQuote, quote: FoundQuote): boolean {
    if (quote.start - previous.end >= 400) return false;
    // The first sentence starting after the previous quote must not end before this quote.
    const next = this.sentences.slice(firstEndingAfter(this.sentences, previous.end)).find((s) => s.start >= previous.end);
    return !next || next.end >= quote.start;
  }

  private afterClosingMark(end: number): number {
    let at = end;
    while (at < this.text.length && at - end < 3 && /[\s,;:.!?”’"»›“‘]/u.test(this.text[at]!)) at++;
    return at;
  }
}

/** The text with each quote (marks included) replaced by a placeholder of the same length, so offsets hold. */
function maskQuotes(text: string, quotes: readonly FoundQuote[]): string {
  const chars = text.split(''); // UTF-16 units, so offsets stay those of the text
  for (const quote of quotes) {
    for (const part of quote.parts) {
      const from = Math.max(0, part.start - 1);
      let to = part.end;
      while (to < text.length && to - part.end < 3 && /[,;:.!?”’"»›“‘\s]/u.test(text[to]!) && text[to] !== '\n') to++;
      for (let i = from; i < to; i++) if (text[i] !== '\n') chars[i] = MASK;
    }
  }
  return chars.join('');
}
