/**
 * Who said it: attribution of quotes (and claims) to a speaker, from the
 * words around them. Where the text does not say clearly, the answer is null.
 */
import { findMentions, isOrganisation, isPersonLike, surnameKey, tokenize, type Mention } from './entities';
import type { FoundQuote } from './quotes';
import { firstEndingAfter, sentenceAround } from './sentences';
import type { Span } from './types';
import { wordRarity } from './distinctive';
import { normalizeWord } from './normalize';

/** Below this general-English rarity a capitalised word inside a name is a headline's word ("Calls"), not a name. */
const EVERYDAY_AS_NAME = 0.3;
/** The most an attribution between two quotes of one speaker runs to ("” Clinton said. “"). */
const ATTRIBUTION_CHARS = 160;
/** A first paragraph up to this long is a headline. */
const HEADLINE_CHARS = 200;
/** “Pat Caddell: …” */
const HEADLINE_SPEAKER = /^((?:\p{Lu}[\p{L}.’'-]*\s?){1,3}):\s/u;
/** “Chris Christie Calls …”, “…, Lindsey Graham Says.” */
const HEADLINE_SAYS = /^((?:\p{Lu}[\p{L}.’'-]*\s){1,3}?)(?:Calls|Says|Slams|Rips|Blasts|Hammers|Warns|Urges|Sees|Tells|Reveals|Speaks|Vows|Admits|Touts|Dismisses|Defends|Praises|Accuses|Mocks|Compares)\s|,\s+((?:\p{Lu}[\p{L}.’'-]*\s?){1,3})\s+Says\.?$/u;
/** A subject acted on, not acting: "was accused of", "is held", "were told". */
const PASSIVE = /^\s+(?:was|were|is|are|been|being|be|has been|had been|have been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ld|ught)\b/u;
/** How far after a quote its speaker's apposition may run before the verb. */
const APPOSITION_CHARS = 220;

const SPEECH_VERBS =
  'said|says|say|told|tells|posted|posts|wrote|writes|added|adds|stated|states|claimed|claims|noted|notes|' +
  'insisted|insists|described|describes|characterized|characterised|characterizes|termed|terms|called|' +
  'mentioned|remarked|warned|warns|urged|announced|declared|tweeted|explained|argued|asked|replied|' +
  'reiterated|stressed|admitted|acknowledged|emphasized|emphasised|cautioned|vowed|labeled|labelled|' +
  'indicated|suggested|continued|recalled|quipped|insisting|saying|telling|posting|writing|adding|stating|' +
  'claiming|noting|describing|characterizing|calling|warning|urging|declaring|arguing|asking|stressing|' +
  'labeling|labelling|reiterating|emphasizing|vowing|mentioning|remarking|shouted|yelled|responded|answered|' +
  'conceded|predicted|promised|complained|joked|confirmed|argues|pledged|estimated|contended|maintained|observed|' +
  // Verbs news uses to attribute a characterisation: "condemned the test as “…”", "Vitter demanded".
  'condemned|condemns|accused|accuses|denounced|praised|criticized|criticised|blasted|slammed|dismissed|branded|' +
  'hailed|lauded|mocked|deemed|likened|boasted|bragged|demanded|asserted|asserting|charged|alleged|exhorted|' +
  'chanted|chanting|sang|sings|retorted|countered|scolded|lamented|touted|wondered|reported|reports|tweeting|' +
  'concluded|acknowledging|conceding|asks|writes|explains|adding|put it|puts it';
const SPEECH_VERB = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'gu');
const ACCORDING_TO = /according to\s+(?:the\s+)?/giu;
const PRONOUN = /^(?:he|she)$/iu;
/** Sentence openers whose phrase, up to the first comma, holds no subject ("Speaking in Rome, Trump said …"). */
export const INTRODUCTORY =
  /^\s*(?:After|Before|In|On|At|While|As|When|Although|Though|Despite|Speaking|Taking|Describing|Following|Since|During|With|Without|Amid|Unlike|Like|Recognizing|However|Meanwhile|Nevertheless|Nonetheless|Earlier|Later|Last|This|Asked|Writing|Addressing|Separately)\b/u;
/** ", where he arrived …," — a relative clause, whose pronoun is not the sentence's subject. */
const RELATIVE_CLAUSE = /,\s*(?:where|who|which|whom|whose|when)\b[^,]*,/u;
/** What stands in for a quote's characters in the masked text, so attribution never reads inside a quote. */
export const MASK = '\u25CA';
/** Verbs that put their subject after them in news style: `…,” said Mr. Trump`. */
const INVERTED_VERB = /^(?:said|says|added|adds|wrote|writes|asked|continued|explained|recalled|noted|insisted|shouted|replied|warned|declared)$/u;
/** Words that open a new clause, so a verb after them has a subject of its own. */
const CLAUSE_START = /(?:^|\s)(?:and|but|while|whereas|as|which|who|when|because|although|though|if|after|before)\s/iu;
const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St|Jr|Sr|Rev|Fr|Msgr|Capt|Sgt|Hon)\.|(?:\b\p{Lu}\.)+/gu;
/** Nouns that stand for a person named earlier: "the aide said", "said the mayor". */
const ROLE_NOUNS = new Set(
  (
    'president mayor aide adviser advisor minister senator governor manager leader chairman chairwoman chair chief ' +
    'executive spokesman spokeswoman spokesperson official director secretary coach forecaster principal candidate ' +
    'envoy ambassador general commander judge officer economist analyst lawyer attorney prosecutor founder head ' +
    'chancellor premier diplomat lawmaker congressman congresswoman representative commissioner superintendent sheriff'
  ).split(' '),
);
/** Words a role phrase may not hold: they start a clause, not a noun phrase. */
const NOT_ROLE_WORDS = /^(?:in|on|at|to|of|for|with|by|from|that|as|after|before|it|he|she|they|we|a|an|the|and|or|but|who|which|when|while)$/u;
/**
 * Attribution in the sentence after a quote that stands alone: “…” So said X. / That was the
 * message from X. / The warning came from X.
 */
const POSTPOSED_SOURCE =
  /^\s*(?:(?:So|Thus)\s+(?:said|wrote|declared|warned)\s+|(?:That|This|Those|These)\s+(?:was|were)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:message|words?|warning|verdict|view|response|reply|answer|promise|plea|assessment)\s+(?:from|of)\s+|The\s+(?:[\p{Ll}-]+\s+){0,2}(?:warning|message|words?|response|remark|comment|reply|plea|promise)\s+came\s+from\s+)(?:the\s+)?(?:(?:[\p{Ll}][\p{L}’'-]*)\s+){0,3}/u;
/** “X’s message …:” — a possessive name owning a message introduces its words. */
const POSSESSIVE_MESSAGE = /(?:’s|'s)\s+(?:[\p{L}-]+\s+){0,3}?(?:message|statement|post|tweet|letter|words|remarks|reply|response|appeal|warning)\b[^.!?]*$/u;

export interface Attribution {
  speaker: string | null;
}

/** Article-wide context for attribution: the text with quotes blanked out, and the people in it. */
export class SpeakerContext {
  readonly masked: string;
  private readonly mentions: Mention[];
  private readonly knownSurnames: Set<string>;
  private readonly fullNames = new Map<string, string>();
  /** Role words each person is introduced with ("aide", "mayor"), by surname key. */
  private readonly roles = new Map<string, Set<string>>();
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
    for (const m of raw) this.noteRoles(m);
    for (const m of raw) {
      if (!isPersonLike(m, this.knownSurnames) || m.name.split(' ').length < 2 || !looksLikeFullName(m.name)) continue;
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

    const after = this.attributeAfter(closeAt, sentence.end) ?? this.dashedSource(closeAt) ?? this.attributionAfterQuestion(quote, closeAt, sentence.end);
    if (after) return after;

    const previous = this.previousTopLevel(quotes, index);
    const spanStart = previous && previous.end > sentence.start ? this.afterClosingMark(previous.end) : sentence.start;
    const before = this.attributeBefore(spanStart, quote.start, sentence.start);
    if (before !== undefined) return before;

    // No verb of its own: a quote continuing in the same sentence keeps the speaker it had.
    if (previous && previous.end > sentence.start) return speakers[quotes.indexOf(previous)] ?? null;
    const standsAlone = !/\p{L}/u.test(this.masked.slice(sentence.start, quote.start)) && !/\p{L}/u.test(this.masked.slice(closeAt, sentence.end));
    // Its own sentence says who spoke ("” said a statement from the operator", "” the operator said"),
    // in words that name nobody we know: not the previous speaker, whoever that was.
    if (this.speechVerbs(closeAt, Math.min(sentence.end, closeAt + 90)).length > 0) return null;
    // A quote that opens its sentence, right after a quoted sentence, continues that speaker (news convention).
    if (previous && !/\p{L}/u.test(this.masked.slice(sentence.start, quote.start)) && this.isAdjacent(previous, quote)) {
      return speakers[quotes.indexOf(previous)] ?? null;
    }
    // “How many times …?” Clinton said. “In Tulsa, …” — the second quote goes on after its speaker's attribution.
    if (previous && !/\p{L}/u.test(this.masked.slice(sentence.start, quote.start)) && this.followsItsAttribution(previous, quote)) {
      return speakers[quotes.indexOf(previous)] ?? null;
    }
    // A quote standing alone may be attributed by the next sentence: “…” So said X.
    if (standsAlone) return this.postposedSpeaker(sentence.end) ?? this.introducedByParagraph(quote);
    return this.headlineSpeaker(quote) ?? this.fragmentSubject(sentence.start, quote.start);
  }

  /** Between the previous quote and this one stands only the previous quote's attribution, in one paragraph. */
  private followsItsAttribution(previous: FoundQuote, quote: FoundQuote): boolean {
    const from = this.afterClosingMark(previous.end);
    const between = this.masked.slice(from, quote.start);
    // The quote's own opening mark is masked too: only another quote in between counts.
    if (between.length > ATTRIBUTION_CHARS || /\n/u.test(this.text.slice(previous.end, quote.start)) || between.replace(/[\u25CA\s]+$/u, '').includes(MASK)) return false;
    return this.speechVerbs(from, quote.start).length === 1;
  }

  /** “Caddell continued:” or “The New York Times reports:” ending a paragraph introduces the quote that is the next one. */
  private introducedByParagraph(quote: FoundQuote): string | null {
    const paragraph = firstEndingAfter(this.paragraphs, quote.start - 1);
    const previous = this.paragraphs[paragraph - 1];
    if (!previous) return null;
    const tail = this.text.slice(previous.start, previous.end).trimEnd();
    if (!tail.endsWith(':') || /\p{L}/u.test(this.masked.slice(this.paragraphs[paragraph]!.start, quote.start))) return null;
    const lastSentence = this.sentences[firstEndingAfter(this.sentences, previous.end - 2)];
    const from = lastSentence && lastSentence.start >= previous.start ? lastSentence.start : previous.start;
    return this.attributeBefore(from, previous.start + tail.length, from) ?? null;
  }

  /**
   * A headline's quote: “Pat Caddell: … ‘in Their Heads’”, “Chris Christie Calls Hillary Clinton
   * ‘A Disgrace’”, “Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.”
   */
  private headlineSpeaker(quote: FoundQuote): string | null {
    const first = this.paragraphs[0];
    if (!first || quote.start > first.end || first.end - first.start > HEADLINE_CHARS) return null;
    const line = this.masked.slice(first.start, first.end).trim();
    const said = HEADLINE_SAYS.exec(line) ?? HEADLINE_SPEAKER.exec(line);
    if (!said) return null;
    const name = (said[1] ?? said[2])!.trim();
    const mention = findMentions(name)[0];
    // The words before the colon or verb are one name ("Pat Caddell", "Politifact"), not "A lesson from Loretta Lynch".
    if (!mention || mention.name !== name || !looksLikeFullName(name)) return null;
    return this.canonical(name);
  }

  /**
   * “Reid has gone after Trump as a ‘human leech’”, “Trump openly admires Putin as a ‘strong
   * leader’”: a quoted fragment in a sentence whose subject, a person named at its opening, does
   * something with those words. Not in the passive ("Mr. Quiros was accused of …").
   */
  private fragmentSubject(sentenceStart: number, quoteStart: number): string | null {
    const from = this.pastOpeningPhrase(sentenceStart, quoteStart);
    if (from === null) return null;
    const mention = this.mentionsIn(from, quoteStart)[0];
    if (!mention || mention.oblique || /\p{L}/u.test(this.masked.slice(from, mention.start).replace(/\b(?:the|The)\b/u, '')) || !isPersonLike(mention, this.knownSurnames)) return null;
    const rest = this.masked.slice(mention.end, quoteStart);
    if (!/^\s+(?:\p{Ll}+ly\s+|further\s+|also\s+|again\s+|once\s+|still\s+)?\p{Ll}/u.test(rest) || PASSIVE.test(rest) || /[.!?;:]/u.test(rest.replace(ABBREVIATIONS, ''))) return null;
    // One clause: no second subject between the name and the quote.
    if (CLAUSE_START.test(rest) && /\s(?:that|who|which|whom)\s/u.test(rest)) return null;
    return this.canonical(mention.name);
  }

  /**
   * `“…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the
   * EPA, said in a statement.` — a person named right after the quote, a long apposition, then the verb.
   */
  private apposedSubject(closeAt: number, sentenceEnd: number): string | null {
    const limit = Math.min(sentenceEnd, closeAt + APPOSITION_CHARS);
    const mention = this.mentionsIn(closeAt, limit)[0];
    // Only titles before the name ("Senate Majority Leader Mitch McConnell", "Mr. King").
    const titles = /^\s*(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
    if (!mention || mention.oblique || !titles.test(this.masked.slice(closeAt, mention.start)) || !isPersonLike(mention, this.knownSurnames)) return null;
    if (this.masked[mention.end] !== ',') return null;
    // The verb that follows the apposition's closing comma ("…, one of the states suing the EPA, said"):
    // a speech verb inside the apposition ("states") is not it.
    for (const verb of this.speechVerbs(mention.end, limit)) {
      const apposition = this.masked.slice(mention.end, verb.at);
      if (!/,\s*$/u.test(apposition)) continue;
      // One apposition, no clause of its own in it ("R-Ky." and "Okla." are abbreviations, not ends).
      const bare = apposition.replace(ABBREVIATIONS, '').replace(/\b\p{Lu}[\p{L}]{0,3}\./gu, '');
      if (/[.!?;:\u25CA]/u.test(bare) || /\s(?:and|but)\s+(?:he|she|they)\s/u.test(apposition)) return null;
      return this.canonical(mention.name);
    }
    return null;
  }

  /** “…” ― Sonya Herridge: a name alone after a dash, ending the line, signs the quote. */
  private dashedSource(closeAt: number): string | null {
    const lineEnd = this.text.indexOf('\n', closeAt);
    const rest = this.masked.slice(closeAt, lineEnd < 0 ? this.text.length : lineEnd);
    const dash = /^\s*[―—–]\s*/u.exec(rest);
    if (!dash) return null;
    const mention = this.mentionsIn(closeAt + dash[0].length, closeAt + rest.length)[0];
    if (!mention || mention.start !== closeAt + dash[0].length) return null;
    // Nothing after the name but a full stop: "― Carla Sanchez." signs; "— a metaphor for …" does not.
    return /^[\s.]*$/u.test(this.masked.slice(mention.end, closeAt + rest.length)) ? this.canonical(mention.name) : null;
  }

  /**
   * “How many times do we have to see this?” Clinton said. — a quote ending in a question or
   * exclamation ends its sentence, and the attribution is the next one, in the same paragraph.
   */
  private attributionAfterQuestion(quote: FoundQuote, closeAt: number, sentenceEnd: number): string | null {
    if (!/[?!]$/u.test(quote.text.trimEnd()) || /\p{L}/u.test(this.masked.slice(closeAt, sentenceEnd))) return null;
    const next = this.sentences[firstEndingAfter(this.sentences, sentenceEnd)];
    if (!next || next.start < closeAt || /\n/u.test(this.text.slice(closeAt, next.start)) || /\p{L}/u.test(this.masked.slice(closeAt, next.start))) return null;
    // Only a short attribution sentence ("Graham asked.", "said Mr. Burman."), not the story going on.
    if (next.end - next.start > 120 || !/^\s*(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}|(?:he|she|they)\s+|(?:said|asked|added)\s)/u.test(this.masked.slice(next.start, next.end))) return null;
    return this.attributeAfter(next.start, next.end);
  }

  /** Attribution after the closing mark, in the quote's sentence: `” Trump said`, `” said council member X`, `” according to X`. */
  private attributeAfter(closeAt: number, sentenceEnd: number): string | null {
    return this.attributeRightAfter(closeAt, sentenceEnd) ?? this.apposedSubject(closeAt, sentenceEnd);
  }

  private attributeRightAfter(closeAt: number, sentenceEnd: number): string | null {
    const afterText = this.masked.slice(closeAt, sentenceEnd);
    const accordingAfter = /^[\s,;:\u25CA]*according to\s+(?:the\s+)?/iu.exec(afterText);
    if (accordingAfter) return this.nameStartingAt(closeAt + accordingAfter[0].length, sentenceEnd);
    // The first speech verb within a few words of the quote; further on, it belongs to another clause
    // (unless a long apposition of the speaker stands between).
    const verb = this.speechVerbs(closeAt, Math.min(sentenceEnd, closeAt + 90))[0];
    if (!verb) return null;
    const lead = this.masked.slice(closeAt, verb.at);
    if (/^[\s,;:\u25CA\u2014\u2013-]*$/u.test(lead)) {
      return INVERTED_VERB.test(verb.word) ? this.subjectAfterVerb(verb.at + verb.word.length, sentenceEnd) : null;
    }
    // Between the quote and its verb stands the subject alone, not another clause ("…,” and the Kremlin termed).
    const between = lead.replace(/^[\s,;:.!?\u25CA]+/u, '').replace(ABBREVIATIONS, '');
    if (/[.!?;:]/u.test(between) || CLAUSE_START.test(between) || lead.split(/\s+/u).length > 9) return null;
    // A comma there may close an apposition after the subject ("Wilk, who leads the union,"), never another clause;
    // or end the quote's own phrase: ''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said.
    if (between.includes(',') && !/^(?:\p{Lu}|(?:the|a|an)\s)/u.test(between)) {
      const lastComma = lead.lastIndexOf(',');
      if (!/^\s*(?:of|for|about|on|in|to)\s/u.test(between) || !/^\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}$/u.test(lead.slice(lastComma + 1))) return null;
      return this.adjacentSubject(closeAt + lastComma + 1, verb.at);
    }
    return this.adjacentSubject(closeAt, verb.at);
  }

  /** The subject an inverted verb puts after it: `said union leader Tomasz Wilk`, `said the aide`. */
  subjectAfterVerb(from: number, limit: number): string | null {
    const rest = this.masked.slice(from, limit);
    const lead = /^\s+(?:the\s+)?((?:[\p{Ll}\p{N}][\p{L}\p{N}’'\/-]*\s+){0,4})/u.exec(rest);
    if (!lead) return null;
    const words = lead[1]!.trim().split(/\s+/u).filter(Boolean);
    if (words.some((w) => NOT_ROLE_WORDS.test(w))) {
      // "said the aide on Friday": a role phrase ended by a preposition.
      const role = /^\s+(?:the|this)\s+((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+))(?=[\s,.;]|$)/u.exec(rest);
      return role && ROLE_NOUNS.has(role[2]!) ? this.resolveRole(role[2]!, from) : null;
    }
    const at = from + lead[0].length;
    const named = this.nameStartingAt(at, limit);
    if (named) return named;
    const last = words.at(-1);
    return last && ROLE_NOUNS.has(last) && /^\s*(?:[,.;]|$)/u.test(this.masked.slice(at, at + 2)) ? this.resolveRole(last, from) : null;
  }

  /** “…” So said X. / That was the message from X. — in the sentence right after a quote that stands alone. */
  private postposedSpeaker(quoteSentenceEnd: number): string | null {
    const next = this.sentences[firstEndingAfter(this.sentences, quoteSentenceEnd)];
    if (!next || next.start < quoteSentenceEnd || /\n/u.test(this.text.slice(quoteSentenceEnd, next.start))) return null;
    const head = POSTPOSED_SOURCE.exec(this.masked.slice(next.start, next.end));
    if (!head) return null;
    return this.nameStartingAt(next.start + head[0].length, next.end);
  }

  /** A person by the look of the name, or a lone name that speaks ("Trump posted"). */
  private mayBePerson(m: Mention): boolean {
    if (isPersonLike(m, this.knownSurnames)) return true;
    if (isOrganisation(m.name)) return false;
    const next = /^\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+)?(\p{Ll}+)/u.exec(this.masked.slice(m.end, m.end + 40));
    SPEECH_VERB.lastIndex = 0;
    return !!next && SPEECH_VERB.test(next[1]!);
  }

  /** Records the role words a person is introduced with: "Kremlin aide Yuri Ushakov", "Ruth Abernathy, the county’s emergency manager,". */
  private noteRoles(m: Mention): void {
    const words: string[] = [];
    const before = /((?:[\p{L}’'-]+\s+){1,3})$/u.exec(this.masked.slice(Math.max(0, m.start - 60), m.start));
    if (before) {
      for (const w of before[1]!.trim().split(/\s+/u).reverse()) {
        if (NOT_ROLE_WORDS.test(w.toLowerCase()) || /[’']s$/u.test(w)) break;
        words.push(w.toLowerCase());
      }
    }
    const apposition = /^,\s+(?:the|a|an|its|his|her|their)\s+([^,.;:\u25CA]{1,70}?),/u.exec(this.masked.slice(m.end, m.end + 90));
    if (apposition) words.push(...apposition[1]!.toLowerCase().split(/\s+/u));
    if (words.length === 0) return;
    const key = surnameKey(m.name);
    const known = this.roles.get(key) ?? new Set<string>();
    for (const w of words) known.add(w.replace(/[’']s$/u, ''));
    this.roles.set(key, known);
  }

  /** "the authority", "the council": the organisation named before whose name ends in that word. */
  private resolveOrganisation(word: string, at: number): string | null {
    let best: Mention | null = null;
    for (const m of this.mentionsIn(0, at)) {
      if (m.end <= at && isOrganisation(m.name) && m.name.split(' ').at(-1)!.toLowerCase() === word) best = m;
    }
    return best ? this.canonical(best.name) : null;
  }

  /**
   * "the aide", "the mayor": the person introduced with that role, nearest first; failing
   * that, the one person named in the last few paragraphs, if that person has no other role.
   */
  private resolveRole(role: string, at: number): string | null {
    let best: { at: number; name: string } | null = null;
    for (const m of this.mentionsIn(0, at)) {
      if (m.end > at || !isPersonLike(m, this.knownSurnames)) continue;
      if (this.roles.get(surnameKey(m.name))?.has(role) && (!best || m.start > best.at)) best = { at: m.start, name: this.canonical(m.name) };
    }
    if (best) return best.name;
    const paragraphIndex = firstEndingAfter(this.paragraphs, at - 1);
    const horizon = this.paragraphs[Math.max(0, paragraphIndex - 2)]?.start ?? 0;
    const people = new Map<string, Mention>();
    for (const m of this.mentionsIn(horizon, at)) {
      if (m.end <= at && !m.oblique && this.mayBePerson(m)) people.set(surnameKey(m.name), m);
    }
    if (people.size !== 1) return null;
    const [key, only] = [...people][0]!;
    const roles = this.roles.get(key);
    const hasOtherRole = !!roles && [...roles].some((r) => ROLE_NOUNS.has(r) && r !== role);
    return hasOtherRole ? null : this.canonical(only.name);
  }

  /**
   * Attribution for the words in `[from, to)`: "according to X", or the subject of the
   * last speech verb. Undefined where there is no verb to go by.
   */
  attributeBefore(from: number, to: number, sentenceStart = from): string | null | undefined {
    // "Said Ellis: “…”" — the verb first, its subject after it, a colon before the words.
    const saidFirst = /^\s*Said\s+/u.exec(this.masked.slice(from, to));
    if (saidFirst && /:\s*$/u.test(this.masked.slice(from, to).replace(/\u25CA+$/u, ''))) {
      const named = this.nameStartingAt(from + saidFirst[0].length, to);
      if (named) return named;
    }
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
    if (!verb) return this.possessiveOwner(from, span);
    return this.subjectOfVerb(verb, this.speechVerbs(sentenceStart, verb.at));
  }

  /** "Trump’s message on Truth Social ended: …" — the owner of a message, else undefined. */
  private possessiveOwner(from: number, span: string): string | undefined {
    const owned = POSSESSIVE_MESSAGE.exec(span);
    if (!owned) return undefined;
    const at = from + owned.index;
    const mention = this.mentionsIn(Math.max(0, at - 80), at + 1).find((m) => m.end >= at && m.end <= at + 2);
    return mention ? this.canonical(mention.name) : undefined;
  }

  /** The name that starts exactly at `at` ("according to [the Kremlin]"), before `limit`. */
  private nameStartingAt(at: number, limit: number): string | null {
    const mention = findMentions(this.masked, at, Math.min(limit, at + 80))[0];
    // The mention starts at the name itself or after the titles in front of it ("Mayor Elena Marsh").
    // Lower-case titles too: "according to conservative talk radio host Rush Limbaugh".
    const startsHere = mention && /^(?:[\p{Lu}\p{Ll}][\p{L}.’'-]*\s+){0,5}$/u.test(this.masked.slice(at, mention.start)) && !/\b(?:the|a|an|of|in|on|at|to|for|by|with|from)\s/u.test(this.masked.slice(at, mention.start).toLowerCase().replace(/^the\s/u, ''));
    return startsHere ? this.canonical(mention.name) : null;
  }

  /** Speech verbs in `[from, to)`, leaving out negated ones ("has not responded"). */
  speechVerbs(from: number, to: number): { at: number; word: string }[] {
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
    const coordinated = /\b(?:and|but)\s+$/u.test(this.masked.slice(Math.max(sentenceStart, verb.at - 6), verb.at));
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

  /** Where the main clause starts, past an opening phrase ("After the attack on Kyiv, …"); null where that phrase has no comma before `to`. */
  private pastOpeningPhrase(sentenceStart: number, to: number): number | null {
    const opening = this.masked.slice(sentenceStart, to);
    if (!INTRODUCTORY.test(opening)) return sentenceStart;
    const comma = opening.indexOf(',');
    return comma < 0 ? null : sentenceStart + comma + 1;
  }

  /** The first possible subject of the sentence, past an opening phrase ("After the attack on Kyiv, Trump …"). */
  private mainClauseSubject(sentenceStart: number, verbAt: number): string | null {
    const from = this.pastOpeningPhrase(sentenceStart, verbAt) ?? sentenceStart;
    const relative = RELATIVE_CLAUSE.exec(this.masked.slice(from, verbAt));
    const candidates = this.subjectsIn(from, verbAt).filter(
      (c) => !relative || c.start < from + relative.index || c.start >= from + relative.index + relative[0].length,
    );
    const first = candidates[0];
    return first ? this.resolveName(first.text, first.start, first.end) : null;
  }

  /** The name or pronoun ending right before the verb, past adverbs, auxiliaries and one appositive. */
  adjacentSubject(sentenceStart: number, verbAt: number): string | null {
    let at = verbAt;
    for (let steps = 0; steps < 8; steps++) {
      const head = this.masked.slice(sentenceStart, at);
      const skippable = /(?:\s+|\b(?:has|have|had|also|later|then|earlier|once|again|further|still|even|reportedly|publicly|firmly|repeatedly|\p{Ll}+ly)\s*)$/u.exec(head);
      if (skippable && skippable[0].length > 0) {
        at -= skippable[0].length;
        continue;
      }
      if (head.endsWith(',')) {
        const open = head.slice(0, -1).lastIndexOf(',');
        if (open < 0) return null;
        // "The dockers’ leader, Tomasz Wilk, told …": the name is the apposition itself.
        const named = this.mentionsIn(sentenceStart + open + 1, at).find(
          (m) => m.end === at - 1 && !/\p{L}/u.test(this.masked.slice(sentenceStart + open + 1, m.start)) && isPersonLike(m, this.knownSurnames),
        );
        if (named && /(?:^|\s)(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s[^,]*$/u.test(this.masked.slice(sentenceStart, sentenceStart + open))) {
          return this.canonical(named.name);
        }
        at = sentenceStart + open;
        continue;
      }
      break;
    }
    const mention = this.mentionsIn(sentenceStart, at).find((m) => m.end === at);
    // "Diplomats in Kyiv said": a name after a preposition is not the subject.
    if (mention) return mention.oblique ? null : this.canonical(mention.name);
    const head = this.masked.slice(sentenceStart, at);
    const word = /(\p{L}+)$/u.exec(head);
    if (word && PRONOUN.test(word[1]!)) return this.resolvePronoun(at);
    const role = /(?:^|\s)(?:[Tt]he|[Tt]his)\s+(?:[\p{Ll}’'-]+\s+){0,2}?(\p{Ll}+)$/u.exec(head);
    if (role) return ROLE_NOUNS.has(role[1]!) ? this.resolveRole(role[1]!, at) : this.resolveOrganisation(role[1]!, at);
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
    // The person a pronoun continues is a subject: the first person named in a sentence ("Clinton
    // criticized officer Betty Shelby for killing Terence Crutcher. … she said" is Clinton).
    const subjectSentences = new Set<number>();
    const ownSentence = this.sentenceStartOf(at);
    for (const m of this.mentionsIn(horizon, at)) {
      if (m.end > at || m.oblique || !isPersonLike(m, this.knownSurnames)) continue;
      const sentenceStart = this.sentenceStartOf(m.start);
      if (subjectSentences.has(sentenceStart) && sentenceStart !== ownSentence) continue;
      subjectSentences.add(sentenceStart);
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
    while (at < this.text.length && at - end < 4 && /[\s,;:.!?”’"»›“‘']/u.test(this.text[at]!)) at++;
    return at;
  }
}

/** The text with each quote (marks included) replaced by a placeholder of the same length, so offsets hold. */
/** Particles a full name may hold in lower case or after its first word. */
const NAME_PARTICLES = /^(?:de|da|del|della|der|den|van|von|la|le|al|bin|ibn|jr\.?|sr\.?|ii|iii|iv)$/iu;

/**
 * A full name, not a headline's run of capitals ("Chris Christie Calls Hillary Clinton", "Railing
 * Against Trump"): at most four words, and none after the first an everyday English word.
 */
function looksLikeFullName(name: string): boolean {
  const words = name.split(' ');
  if (words.length > 4) return false;
  return words.slice(1).every((w) => NAME_PARTICLES.test(w) || /^\p{Lu}\.?$/u.test(w) || wordRarity(normalizeWord(w)) >= EVERYDAY_AS_NAME);
}

function maskQuotes(text: string, quotes: readonly FoundQuote[]): string {
  const chars = text.split(''); // UTF-16 units, so offsets stay those of the text
  for (const quote of quotes) {
    for (const part of quote.parts) {
      // A doubled mark (''…'') is two characters wide.
      const from = Math.max(0, part.start - (/^(?:''|``)$/u.test(text.slice(part.start - 2, part.start)) ? 2 : 1));
      let to = part.end;
      while (to < text.length && to - part.end < 4 && /[,;:.!?”’"»›“‘'\s]/u.test(text[to]!) && text[to] !== '\n') to++;
      for (let i = from; i < to; i++) if (text[i] !== '\n') chars[i] = MASK;
    }
  }
  return chars.join('');
}
