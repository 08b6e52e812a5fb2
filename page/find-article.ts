/**
 * Finding the article body: @mozilla/readability on a clone of the document decides
 * whether there is an article and which paragraphs are its body; the live element
 * holding those paragraphs is what gets marked. Pages Readability rejects fall back
 * to the element with the most paragraph text.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { isSkipped } from './article-text';

export interface FoundArticle {
  root: Element;
  title: string | null;
  /** How the body was found, for diagnostics. */
  method: 'readability' | 'paragraphs';
}

/** Less paragraph text than this is not an article (front pages, search results, forms). */
export const MIN_ARTICLE_CHARS = 400;
const MIN_PARAGRAPH_CHARS = 40;

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Cheap test, before any parsing, that the page can hold an article at all. */
export function mayHoldArticle(doc: Document): boolean {
  let chars = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    chars += p.textContent?.length ?? 0;
    if (chars >= MIN_ARTICLE_CHARS) return true;
  }
  return false;
}

export function findArticle(doc: Document): FoundArticle | null {
  if (!doc.body || !mayHoldArticle(doc)) return null;
  const viaReadability = byReadability(doc);
  if (viaReadability) return viaReadability;
  const root = byParagraphs(doc);
  return root ? { root, title: squash(doc.title) || null, method: 'paragraphs' } : null;
}

function byReadability(doc: Document): FoundArticle | null {
  if (!isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return null;
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    return null;
  }
  if (!parsed?.textContent || squash(parsed.textContent).length < MIN_ARTICLE_CHARS) return null;
  // Readability's paragraphs, found again in the live page: their common ancestor is the body.
  const body = squash(parsed.textContent);
  const live = Array.from(doc.querySelectorAll('p')).filter((p) => {
    const t = squash(p.textContent ?? '');
    return t.length >= MIN_PARAGRAPH_CHARS && body.includes(t) && !hasSkippedAncestor(p);
  });
  if (live.length === 0) return null;
  return { root: commonAncestor(live), title: parsed.title ? squash(parsed.title) : squash(doc.title) || null, method: 'readability' };
}

/** The element whose direct paragraphs hold the most text. */
function byParagraphs(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const length = squash(p.textContent ?? '').length;
    if (length < MIN_PARAGRAPH_CHARS || !p.parentElement || hasSkippedAncestor(p)) continue;
    score.set(p.parentElement, (score.get(p.parentElement) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE_CHARS - 1;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

function hasSkippedAncestor(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (isSkipped(a)) return true;
  return false;
}

function commonAncestor(elements: Element[]): Element {
  let ancestor: Element = elements[0]!.parentElement ?? elements[0]!;
  for (const el of elements.slice(1)) {
    while (!ancestor.contains(el) && ancestor.parentElement) ancestor = ancestor.parentElement;
  }
  return ancestor;
}
