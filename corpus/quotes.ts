/**
 * Finds quotations in article text: every common quote style, nesting, quotes
 * running over paragraphs, and apostrophes told apart from closing marks.
 */
import type { Span } from './types';

export interface FoundQuote extends Span {
  /** The quote's words without its own marks (nested marks kept). */
  text: string;
  /** The pieces of text the quote covers: one per paragraph it runs over. */
  parts: Span[];
  /** The opening mark, e.g. “ or «. */
  mark: string;
  /** Index (in the returned list) of the quote this one is nested in. */
  parent?: number;
}

interface OpenQuote {
  mark: string;
  closers: string;
  contentStart: number;
  parts: Span[];
  paragraphsCrossed: number;
  id: number;
  parentId?: number;
}

/** A quote left open after this many paragraph breaks is taken as unbalanced. */
const MAX_PARAGRAPHS_CROSSED = 3;
/**
 * Quotes nest two or three deep in real text. Past this depth the outermost open mark is
 * dropped as unbalanced, which keeps the scan linear on a page of unclosed marks.
 */
const MAX_DEPTH = 6;

/**
 * What may close a quote opened with each mark. Real pages mix styles (“…" or "…”, «…",
 * „…"), so a double quote closes with any double closing mark, and a single one with any
 * single closing mark; primes (″ ′) stand in for straight marks.
 */
const DOUBLE_CLOSERS = '”"″“';
const SINGLE_CLOSERS = "’'′";

const isLetterOrDigit = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const isDigit = (ch: string | undefined): boolean => !!ch && /\p{N}/u.test(ch);
/** Opening position: nothing or space or an opening bracket/dash before the mark. */
const opensHere = (prev: string | undefined, next: string | undefined): boolean =>
  (isSpace(prev) || /[([{\u2014\u2013\-/“‘„‚«‹"'″′]/u.test(prev!)) && !isSpace(next);
const closesHere = (prev: string | undefined): boolean => !isSpace(prev);

export function findQuotes(text: string): FoundQuote[] {
  const found: { quote: Omit<FoundQuote, 'parent'>; id: number; parentId?: number }[] = [];
  let stack: OpenQuote[] = [];
  let nextId = 0;

  const open = (mark: string, closers: string, at: number) => {
    if (stack.length >= MAX_DEPTH) stack.shift();
    stack.push({
      mark,
      closers,
      contentStart: at + 1,
      parts: [],
      paragraphsCrossed: 0,
      id: nextId++,
      parentId: stack.at(-1)?.id,
    });
  };

  /** Closes the innermost open quote that `ch` can close; inner ones left open are unbalanced and dropped. */
  const tryClose = (ch: string, at: number): boolean => {
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const candidate = stack[depth]!;
      if (!candidate.closers.includes(ch)) continue;
      const parts = [...candidate.parts, { start: candidate.contentStart, end: at }];
      stack = stack.slice(0, depth);
      const quote = buildQuote(text, candidate.mark, parts);
      if (quote) found.push({ quote, id: candidate.id, parentId: candidate.parentId });
      return true;
    }
    return false;
  };

  const hasOpen = (closer: string) => stack.some((q) => q.closers.includes(closer));

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];

    if (ch === '\n') {
      if (stack.length === 0) continue;
      let paraStart = i;
      while (paraStart < text.length && /\s/u.test(text[paraStart]!)) paraStart++;
      i = handleParagraphBreak(text, stack, i, paraStart);
      if (i < 0) {
        stack = [];
        i = paraStart - 1;
      }
      continue;
    }

    // ''…'' (and ``…''): two apostrophes or backticks are one double mark, as some outlets type
    // them throughout. Read as " so that they open and close as straight double marks do.
    if ((ch === "'" || ch === '`') && next === ch) {
      const after = text[i + 2];
      if (ch === "'" && hasOpen('"') && closesHere(prev)) tryClose('"', i);
      else if (opensHere(prev, after)) open('"', DOUBLE_CLOSERS, i + 1);
      i++;
      continue;
    }

    switch (ch) {
      case '“':
        if (stack.at(-1)?.mark === '„' && tryClose(ch, i)) break;
        // “…“: a second opening mark straight after a word closes the quote.
        if (!isSpace(prev) && !isLetterOrDigit(next) && hasOpen(ch) && tryClose(ch, i)) break;
        open(ch, DOUBLE_CLOSERS, i);
        break;
      case '‟':
        open(ch, DOUBLE_CLOSERS, i);
        break;
      case '”':
        if (!tryClose(ch, i) && opensHere(prev, next)) open(ch, DOUBLE_CLOSERS, i); // Swedish/Finnish ”…”
        break;
      case '„':
        open(ch, DOUBLE_CLOSERS, i);
        break;
      case '‚':
        open(ch, `‘${SINGLE_CLOSERS}`, i);
        break;
      case '‘':
      case '‛':
        if (stack.at(-1)?.mark === '‚' && tryClose(ch, i)) break;
        if (!isLetterOrDigit(prev)) open(ch, SINGLE_CLOSERS, i);
        break;
      case '’':
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) break; // Witkoff’s, We’re
        if (isSpace(prev) && isDigit(next)) break; // ’90s
        if (hasOpen('’') && closesHere(prev) && !isLetterOrDigit(next)) tryClose(ch, i);
        break; // otherwise a possessive apostrophe: Francis’
      case '«':
        if (!tryClose(ch, i)) open(ch, `»${DOUBLE_CLOSERS}`, i);
        break;
      case '»':
        if (!tryClose(ch, i) && opensHere(prev, next)) open(ch, '«', i); // »German« style
        break;
      case '‹':
        if (!tryClose(ch, i)) open(ch, `›${SINGLE_CLOSERS}`, i);
        break;
      case '›':
        if (!tryClose(ch, i) && opensHere(prev, next)) open(ch, '‹', i);
        break;
      case '「':
      case '『':
        open(ch, ch === '「' ? '」' : '』', i); // CJK corner brackets
        break;
      case '」':
      case '』':
        tryClose(ch, i);
        break;
      case '"':
      case '″':
        if (ch === '″' && isDigit(prev)) break; // 12″ (inches, seconds)
        if (hasOpen(ch) && closesHere(prev)) tryClose(ch, i);
        else if (opensHere(prev, next)) open(ch, DOUBLE_CLOSERS, i);
        break;
      case "'":
      case '′':
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) break; // Russia's
        if (ch === '′' && isDigit(prev)) break; // 5′ (feet, minutes)
        if (hasOpen(ch) && closesHere(prev) && !isLetterOrDigit(next)) tryClose(ch, i);
        else if (!isLetterOrDigit(prev) && opensHere(prev, next) && !isDigit(next)) open(ch, SINGLE_CLOSERS, i);
        break;
    }
  }

  found.sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  const indexById = new Map(found.map((f, index) => [f.id, index]));
  return found.map(({ quote, parentId }) => {
    const parent = parentId === undefined ? undefined : indexById.get(parentId);
    return parent === undefined ? quote : { ...quote, parent };
  });
}

/**
 * At a paragraph break with quotes still open, decide how the outermost one goes on.
 * Returns where to resume scanning, or -1 when the open quotes are unbalanced and dropped.
 */
function handleParagraphBreak(text: string, stack: OpenQuote[], breakAt: number, paraStart: number): number {
  const outer = stack[0]!;
  if (outer.paragraphsCrossed >= MAX_PARAGRAPHS_CROSSED) return -1;
  const paraEnd = text.indexOf('\n', paraStart) === -1 ? text.length : text.indexOf('\n', paraStart);
  const nextParagraph = text.slice(paraStart, paraEnd);
  const closed: Span = { start: outer.contentStart, end: breakAt };

  // Convention in English: each paragraph of a long quote reopens, only the last one closes.
  if (text[paraStart] === outer.mark) {
    outer.parts.push(closed);
    outer.contentStart = paraStart + 1;
    outer.paragraphsCrossed++;
    stack.length = 1;
    return paraStart;
  }
  // Otherwise the quote may simply close in the next paragraph, before any new quote opens.
  const closeAt = [...outer.closers].map((c) => nextParagraph.indexOf(c)).filter((p) => p >= 0);
  const firstClose = closeAt.length ? Math.min(...closeAt) : -1;
  const reopen = nextParagraph.indexOf(outer.mark);
  if (firstClose >= 0 && (reopen < 0 || reopen > firstClose || outer.mark === outer.closers)) {
    outer.parts.push(closed);
    outer.contentStart = paraStart;
    outer.paragraphsCrossed++;
    stack.length = 1;
    return paraStart - 1;
  }
  return -1;
}

const TRAILING_JUNK = /[\s,;:]+$/u;
const LEADING_JUNK = /^[\s]+/u;

function buildQuote(text: string, mark: string, rawParts: Span[]): Omit<FoundQuote, 'parent'> | null {
  const parts = rawParts
    .map(({ start, end }) => {
      const slice = text.slice(start, end);
      const lead = slice.length - slice.replace(LEADING_JUNK, '').length;
      const trail = slice.length - slice.replace(TRAILING_JUNK, '').length;
      return { start: start + lead, end: Math.max(start + lead, end - trail) };
    })
    .filter((p) => p.end > p.start);
  if (parts.length === 0) return null;
  const words = parts.map((p) => text.slice(p.start, p.end)).join(' ');
  if (!/[\p{L}\p{N}]/u.test(words)) return null;
  // rock 'n' roll: a lone letter between single marks is an elision, not a quote.
  if ((mark === "'" || mark === '‘') && (words.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return null;
  return { text: words, parts, mark, start: parts[0]!.start, end: parts.at(-1)!.end };
}
