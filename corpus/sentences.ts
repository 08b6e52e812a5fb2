/** Sentence spans with Intl.Segmenter, mended where it breaks after an abbreviation. */
import type { Span } from './types';

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATION_AT_END =
  /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|Pres|St|Jr|Sr|Rev|Hon|vs|etc|No|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z](?:\.[A-Z])*)\.\s*$/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * V8 walks the segments of one long string in quadratic time, so the text is segmented a
 * paragraph at a time (no sentence runs over a line break), and a paragraph of more than
 * this many characters in pieces cut after a full stop.
 */
const MAX_PIECE_CHARS = 3000;

export function splitSentences(text: string, locale = 'en'): Span[] {
  segmenter ??= new Intl.Segmenter(locale, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const piece of pieces(text)) {
    const pieceSpans: Span[] = [];
    let pendingStart: number | null = null;
    for (const { index, segment } of segmenter.segment(text.slice(piece.start, piece.end))) {
      const start: number = pendingStart ?? piece.start + index;
      const end = piece.start + index + segment.length;
      if (ABBREVIATION_AT_END.test(segment) && end < piece.end) {
        pendingStart = start;
        continue;
      }
      pendingStart = null;
      // `…future!” he wrote.`: ICU ends a sentence at `!”`, but one that goes on in lower case has not ended.
      const previous = pieceSpans.at(-1);
      if (previous && /^\s*\p{Ll}/u.test(segment)) {
        pieceSpans.pop();
        pushTrimmed(text, pieceSpans, previous.start, end);
        continue;
      }
      pushTrimmed(text, pieceSpans, start, end);
    }
    if (pendingStart !== null) pushTrimmed(text, pieceSpans, pendingStart, piece.end);
    spans.push(...pieceSpans);
  }
  return spans;
}

/** Lines of the text, long ones cut after a sentence end. */
function pieces(text: string): Span[] {
  const result: Span[] = [];
  const line = /[^\n]+/gu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    while (end - start > MAX_PIECE_CHARS) {
      const window = text.slice(start, start + MAX_PIECE_CHARS);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.” '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const at = cut > MAX_PIECE_CHARS / 3 ? start + cut + 1 : start + MAX_PIECE_CHARS;
      result.push({ start, end: at });
      start = at;
    }
    result.push({ start, end });
  }
  return result;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Index of the first span (in a sorted, non-overlapping list) that ends after `offset`. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The sentence spans that a span touches, merged into one. */
export function sentenceAround(sentences: readonly Span[], span: Span): Span {
  const first = firstEndingAfter(sentences, span.start);
  let last = first;
  while (last < sentences.length && sentences[last]!.start < span.end) last++;
  if (last === first) return { start: span.start, end: span.end };
  return { start: Math.min(sentences[first]!.start, span.start), end: Math.max(sentences[last - 1]!.end, span.end) };
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

/**
 * The sentences around a span: the one it stands in and its neighbours in the same paragraph,
 * which is where a report names the story a line belongs to.
 */
export function contextWindow(text: string, sentences: readonly Span[], span: Span): Span {
  const around = sentenceAround(sentences, span);
  const first = firstEndingAfter(sentences, around.start);
  let start = around.start;
  let end = around.end;
  const previous = sentences[first - 1];
  if (previous && !text.slice(previous.end, start).includes('\n')) start = previous.start;
  let after = first;
  while (after < sentences.length && sentences[after]!.start < around.end) after++;
  const next = sentences[after];
  if (next && !text.slice(end, next.start).includes('\n')) end = next.end;
  return { start, end };
}

/** The text of the sentences around a span (see contextWindow): what ties a line to its story. */
export function contextText(text: string, sentences: readonly Span[], span: Span): string {
  const window = contextWindow(text, sentences, span);
  return text.slice(window.start, window.end);
}
