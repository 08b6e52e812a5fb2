/** From article text to its items: quotations with speakers, and checkable claims. */
import { claimSignals } from './claims';
import { findQuotes } from './quotes';
import { findReportedSpeech } from './reported';
import { sentenceAround, splitParagraphs, splitSentences } from './sentences';
import { SpeakerContext } from './speakers';
import type { Item, Span } from './types';

/** An article's items, and the sentence spans found on the way (callers reuse them rather than split again). */
export interface Extraction {
  items: Item[];
  sentences: Span[];
}

/** A fragment quote ("are very close to a deal.") borrows the full stop of the sentence around it. */
function withoutBorrowedStop(text: string): string {
  return /^\p{Ll}/u.test(text) ? text.replace(/\.$/u, '') : text;
}

export function extractItems(text: string): Item[] {
  return extractArticle(text).items;
}

export function extractArticle(text: string): Extraction {
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text);
  const context = new SpeakerContext(text, quotes, sentences, paragraphs);
  const speakers = context.attributeQuotes(quotes);

  const items: Item[] = quotes.map((quote, index) => {
    const words = withoutBorrowedStop(quote.text);
    const item: Item = {
      kind: 'quote',
      text: words,
      speaker: speakers[index] ?? null,
      start: quote.start,
      end: quote.end - (quote.text.length - words.length),
      sentence: sentenceAround(sentences, quote),
    };
    if (quote.parent !== undefined) item.parent = quote.parent;
    return item;
  });

  // Sentences that hold a whole quote (its sentence is exactly one of them): a set, so that a page
  // of thousands of quotes costs one look-up per sentence, not a pass over the quotes.
  const quoteSentences = new Set(items.map(({ sentence }) => `${sentence.start}:${sentence.end}`));
  const reportedSentences = new Set<number>();
  for (const reported of findReportedSpeech(text, sentences, context)) {
    reportedSentences.add(reported.sentence.start);
    items.push({ kind: 'reported', text: text.slice(reported.start, reported.end), speaker: reported.speaker, start: reported.start, end: reported.end, sentence: reported.sentence });
  }

  for (const sentence of sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const signals = claimSignals(sentenceText);
    if (signals.length === 0) continue;
    // "According to X, …" is checkable as reported speech, and "X said “…” on Monday" as its quote:
    // the attribution and its day alone make no second item.
    if (reportedSentences.has(sentence.start) && signals.every((signal) => signal === 'report' || signal === 'day')) continue;
    if (signals.every((signal) => signal === 'day') && quoteSentences.has(`${sentence.start}:${sentence.end}`)) continue;
    const speaker = context.attributeBefore(sentence.start, sentence.end) ?? null;
    items.push({ kind: 'claim', text: sentenceText, speaker, start: sentence.start, end: sentence.end, sentence, signals });
  }
  return { items, sentences };
}
