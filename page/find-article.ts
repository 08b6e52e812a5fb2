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
/**
 * A page that says it is an article (og:type, JSON-LD NewsArticle, an <article> with a headline)
 * is read down to this: a wire brief of 60 to 100 words is a common format.
 */
export const MIN_BRIEF_CHARS = 150;
const MIN_PARAGRAPH_CHARS = 40;
/** JSON-LD blocks larger than this are not read (a hostile page can make them huge). */
const MAX_JSON_LD_CHARS = 100_000;
const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|Article|Report|LiveBlogPosting)$/u;

/**
 * Past these, Readability (whose work grows faster than the page on deep markup: 0.7 s at 2,500
 * levels, 0.2 s on a 1 MB article, all of it on the page's main thread) is not run, and the
 * paragraph fallback finds the body: no real news page nests its text this deep or runs this long.
 */
const MAX_READABILITY_DEPTH = 150;
const MAX_READABILITY_CHARS = 250_000;

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Cheap test, before any parsing, that the page can hold an article at all. */
export function mayHoldArticle(doc: Document, minChars = MIN_ARTICLE_CHARS): boolean {
  let chars = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    chars += p.textContent?.length ?? 0;
    if (chars >= minChars) return true;
  }
  return false;
}

/** The page declares itself an article: og:type, JSON-LD NewsArticle and kin, or an <article> with a headline. */
export function markedAsArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const json = script.textContent ?? '';
    if (json.length > MAX_JSON_LD_CHARS) continue;
    try {
      if (declaresArticle(JSON.parse(json) as unknown, 0)) return true;
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return Array.from(doc.querySelectorAll('article')).some((a) => a.querySelector('h1, h2, [itemprop="headline"]'));
}

function declaresArticle(node: unknown, depth: number): boolean {
  if (depth > 4 || !node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.slice(0, 50).some((n) => declaresArticle(n, depth + 1));
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return true;
  return declaresArticle(record['@graph'], depth + 1);
}

export function findArticle(doc: Document): FoundArticle | null {
  if (!doc.body) return null;
  const minChars = markedAsArticle(doc) ? MIN_BRIEF_CHARS : MIN_ARTICLE_CHARS;
  if (!mayHoldArticle(doc, minChars)) return null;
  const ancestry = new Ancestry();
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  const readable = (doc.body.textContent?.length ?? 0) <= MAX_READABILITY_CHARS && paragraphs.every((p) => ancestry.depth(p) <= MAX_READABILITY_DEPTH);
  const viaReadability = readable ? byReadability(doc, minChars, paragraphs, ancestry) : null;
  if (viaReadability) return viaReadability;
  const root = byParagraphs(paragraphs, minChars, ancestry);
  return root ? { root, title: squash(doc.title) || null, method: 'paragraphs' } : null;
}

/** Depth and skipped ancestors of elements, remembered along the way: linear in the page however deep it nests. */
class Ancestry {
  private readonly depths = new Map<Element, number>();
  private readonly skipped = new Map<Element, boolean>();

  depth(el: Element): number {
    const chain: Element[] = [];
    let a: Element | null = el;
    while (a && !this.depths.has(a)) {
      chain.push(a);
      a = a.parentElement;
    }
    let d = a ? this.depths.get(a)! : 0;
    for (let i = chain.length - 1; i >= 0; i--) this.depths.set(chain[i]!, ++d);
    return this.depths.get(el)!;
  }

  /** Whether the element or one of its ancestors is furniture, navigation or hidden (see isSkipped). */
  isSkippedWithin(el: Element): boolean {
    const chain: Element[] = [];
    let a: Element | null = el;
    let found = false;
    while (a) {
      const known = this.skipped.get(a);
      if (known !== undefined) {
        found = known;
        break;
      }
      chain.push(a);
      if (isSkipped(a)) {
        found = true;
        break;
      }
      a = a.parentElement;
    }
    // Everything below a skipped element is skipped; above it, only what was checked is known.
    for (const c of chain) this.skipped.set(c, found);
    return found;
  }
}

function byReadability(doc: Document, minChars: number, paragraphs: Element[], ancestry: Ancestry): FoundArticle | null {
  const brief = minChars < MIN_ARTICLE_CHARS;
  if (!isProbablyReaderable(doc, { minContentLength: brief ? MIN_PARAGRAPH_CHARS : 140, minScore: brief ? 0 : 20 })) return null;
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: minChars }).parse();
  } catch {
    return null;
  }
  if (!parsed?.textContent || squash(parsed.textContent).length < minChars) return null;
  // Readability's paragraphs, found again in the live page: their common ancestor is the body.
  const body = squash(parsed.textContent);
  const live = paragraphs.filter((p) => {
    const t = squash(p.textContent ?? '');
    return t.length >= MIN_PARAGRAPH_CHARS && body.includes(t) && !ancestry.isSkippedWithin(p);
  });
  if (live.length === 0) return null;
  return { root: commonAncestor(live), title: parsed.title ? squash(parsed.title) : squash(doc.title) || null, method: 'readability' };
}

/** The element whose direct paragraphs hold the most text. */
function byParagraphs(paragraphs: Element[], minChars: number, ancestry: Ancestry): Element | null {
  const score = new Map<Element, number>();
  for (const p of paragraphs) {
    const length = squash(p.textContent ?? '').length;
    if (length < MIN_PARAGRAPH_CHARS || !p.parentElement || ancestry.isSkippedWithin(p)) continue;
    score.set(p.parentElement, (score.get(p.parentElement) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = minChars - 1;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

function commonAncestor(elements: Element[]): Element {
  let ancestor: Element = elements[0]!.parentElement ?? elements[0]!;
  for (const el of elements.slice(1)) {
    while (!ancestor.contains(el) && ancestor.parentElement) ancestor = ancestor.parentElement;
  }
  return ancestor;
}
