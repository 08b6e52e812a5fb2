/** Sentence spans with Intl.Segmenter, mended where it breaks after an abbreviation. */
import type { Span } from './types';

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATION_AT_END =
  /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|Pres|St|Jr|Sr|Rev|Hon|vs|etc|No|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z](?:\.[A-Z])*)\.\s*$/u;

let segmenter: Intl.Segmenter | undefined;

export function splitSentences(text: string, locale = 'en'): Span[] {
  segmenter ??= new Intl.Segmenter(locale, { granularity: 'sentence' });
  const spans: Span[] = [];
  let pendingStart: number | null = null;
  for (const { index, segment } of segmenter.segment(text)) {
    const start: number = pendingStart ?? index;
    const end = index + segment.length;
    const endsParagraph = /\n\s*$/u.test(segment);
    if (!endsParagraph && ABBREVIATION_AT_END.test(segment) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    // `…future!” he wrote.`: ICU ends a sentence at `!”`, but one that goes on in lower case has not ended.
    const previous = spans.at(-1);
    const startsLower = /^\s*\p{Ll}/u.test(segment);
    if (previous && startsLower && !/\n/u.test(text.slice(previous.end, start + 1))) {
      spans.pop();
      pushTrimmed(text, spans, previous.start, end);
      continue;
    }
    pushTrimmed(text, spans, start, end);
  }
  if (pendingStart !== null) pushTrimmed(text, spans, pendingStart, text.length);
  return spans;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** The sentence spans that a span touches, merged into one. */
export function sentenceAround(sentences: Span[], span: Span): Span {
  const touching = sentences.filter((s) => s.end > span.start && s.start < span.end);
  if (touching.length === 0) return { start: span.start, end: span.end };
  return { start: touching[0]!.start, end: touching.at(-1)!.end };
}

/** Paragraph spans: text between line breaks. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) pushTrimmed(text, spans, m.index, m.index + m[0].length);
  }
  return spans;
}
