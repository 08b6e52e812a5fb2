import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../page/page-date';

const doc = (head: string, body = '<article><p>Text.</p></article>') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('the page’s date', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2025-08-22T09:30:00+00:00">'],
    ['a Dublin Core date', '<meta name="DC.date.issued" content="2025-08-22">'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-08-22T08:00:00Z"}</script>'],
    ['JSON-LD in an @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"August 22, 2025"}]}</script>'],
  ])('from %s', (_name, head) => {
    expect(pageDate(doc(head))).toBe('2025-08-22');
  });

  it('from a <time datetime> in the article, and nothing from a page that does not say', () => {
    expect(pageDate(doc('', '<article><time datetime="2025-08-22">22 August</time><p>Text.</p></article>'))).toBe('2025-08-22');
    expect(pageDate(doc('<script type="application/ld+json">{broken</script><meta name="date" content="soon">'))).toBeNull();
  });
});
