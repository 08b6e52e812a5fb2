/**
 * The date a page says it was published: its article metadata (`article:published_time` and
 * kin), JSON-LD `datePublished`, or a `<time datetime>` in the article. Pure DOM, so the content
 * script and the command line (linkedom) read it alike. Null when the page does not say.
 */
import { parseDate } from '../corpus/dates';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];
/** JSON-LD blocks larger than this are not read (a hostile page can make them huge). */
const MAX_JSON_LD_CHARS = 100_000;

export function pageDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const date = parseDate(doc.querySelector(selector)?.getAttribute('content') ?? '');
    if (date) return date;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const json = script.textContent ?? '';
    if (json.length > MAX_JSON_LD_CHARS) continue;
    try {
      const date = datePublished(JSON.parse(json) as unknown, 0);
      if (date) return date;
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  const time = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[pubdate]');
  return parseDate(time?.getAttribute('datetime') ?? '');
}

function datePublished(node: unknown, depth: number): string | null {
  if (depth > 4 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node.slice(0, 50)) {
      const date = datePublished(n, depth + 1);
      if (date) return date;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const own = typeof record.datePublished === 'string' ? parseDate(record.datePublished) : null;
  return own ?? datePublished(record['@graph'], depth + 1);
}
