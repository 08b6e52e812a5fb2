/** One look at the page: is there an article, and what is its text. Pure DOM, no extension APIs. */
import { articleText, type ArticleText } from './article-text';
import { findArticle } from './find-article';

/** Past this many characters only the start of an article is scanned, so a huge page stays responsive. */
export const MAX_SCAN_CHARS = 120_000;

export type PageScan =
  | { kind: 'none' }
  | { kind: 'article'; title: string | null; article: ArticleText; text: string; truncated: boolean };

export function scanPage(doc: Document): PageScan {
  // findArticle runs the cheap test first: front pages, search results and forms stop there, before Readability.
  const found = findArticle(doc);
  if (!found) return { kind: 'none' };
  const article = articleText(found.root, MAX_SCAN_CHARS);
  if (!article.text.trim()) return { kind: 'none' };
  const truncated = article.text.length > MAX_SCAN_CHARS;
  if (!truncated) return { kind: 'article', title: found.title, article, text: article.text, truncated };
  // Cut at a line break so no quote is cut in half.
  const cut = article.text.lastIndexOf('\n', MAX_SCAN_CHARS);
  const text = article.text.slice(0, cut > MAX_SCAN_CHARS / 2 ? cut : MAX_SCAN_CHARS);
  return { kind: 'article', title: found.title, article: { text, runs: article.runs.filter((r) => r.start < text.length) }, text, truncated };
}
