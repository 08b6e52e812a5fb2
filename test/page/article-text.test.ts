// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleText, rangeFor } from '../../page/article-text';
import { findArticle } from '../../page/find-article';
import { scanPage } from '../../page/scan';
import { seedText } from '../seeds';

function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

describe('articleText and rangeFor', () => {
  it('gives one line a block and maps offsets back across nested inline elements', () => {
    const doc = page(`<article id="a"><p>Trump said “most of the <a href="#"><em>major</em> points</a> are agreed to,” on Friday.</p>
      <p>Second   paragraph
      here.</p></article>`);
    const article = articleText(doc.getElementById('a')!);
    expect(article.text).toBe('Trump said “most of the major points are agreed to,” on Friday.\nSecond   paragraph       here.\n');
    const start = article.text.indexOf('most');
    const end = article.text.indexOf(',”');
    const range = rangeFor(article, start, end)!;
    expect(range.toString()).toBe('most of the major points are agreed to');
    expect(range.startContainer.parentElement!.tagName).toBe('P');
    const inner = rangeFor(article, article.text.indexOf('the major'), article.text.indexOf('major') + 'major'.length)!;
    expect(inner.toString()).toBe('the major');
    expect(inner.endContainer.parentElement!.tagName).toBe('EM');
  });

  it('maps a span that runs over two paragraphs, skipping the line break', () => {
    const doc = page('<article id="a"><p>“First part</p><p>second part.”</p></article>');
    const article = articleText(doc.getElementById('a')!);
    const range = rangeFor(article, 1, article.text.indexOf('.”') + 1)!;
    expect(range.toString()).toBe('First partsecond part.');
  });

  it('never reads form fields, editable regions, scripts or page furniture', () => {
    const doc = page(`<article id="a"><p>Body text.</p><textarea>typed “secret”</textarea><input value="“x”">
      <div contenteditable="true">draft “note”</div><script>var s = "“code”";</script>
      <div class="share-bar">Share “this”</div><aside>Related “story”</aside><p>More body.</p></article>`);
    expect(articleText(doc.getElementById('a')!).text).toBe('Body text.\nMore body.\n');
  });

  it('gives no range for offsets whose nodes left the page', () => {
    const doc = page('<article id="a"><p>Some words here.</p></article>');
    const article = articleText(doc.getElementById('a')!);
    doc.getElementById('a')!.remove();
    expect(rangeFor(article, 0, 4)).toBeNull();
  });
});

describe('finding the article', () => {
  const paragraphs = seedText('003').split('\n').map((p) => `<p>${p}</p>`).join('');

  it('finds the article body among navigation, ads, related links and comments', () => {
    const doc = page(`<nav><a href="/">Home</a></nav><div class="ad-slot">Advertisement</div>
      <main><article><h1>Headline</h1>${paragraphs}</article>
      <section class="comments"><p>A reader wrote something long enough to look like a paragraph of text here.</p></section></main>
      <aside class="related"><p>Related: another story with a long enough line to count as a paragraph.</p></aside>`);
    const scan = scanPage(doc);
    expect(scan.kind).toBe('article');
    if (scan.kind !== 'article') return;
    expect(scan.text).toContain('Vladimir, STOP!');
    expect(scan.text).not.toContain('A reader wrote');
    expect(scan.text).not.toContain('Related:');
  });

  it('says there is no article on a front page, an empty page, or broken HTML with little text', () => {
    expect(scanPage(page('<ul><li><a href="/1">Headline one</a></li><li><a href="/2">Headline two</a></li></ul>')).kind).toBe('none');
    expect(scanPage(page('')).kind).toBe('none');
    expect(scanPage(page('<div><p>Unclosed <b>tags <i>everywhere</div>')).kind).toBe('none');
  });

  describe('a short news brief', () => {
    const BRIEF =
      '<p>Dock workers at Port Halvard walked off the job on Monday after talks over night-shift pay broke down, their union said.</p>' +
      '<p>“Not one crane moves until the night crews are paid what they are owed,” said union leader Tomasz Wilk.</p>';
    const withHead = (head: string, body: string) => {
      document.head.innerHTML = head;
      return page(body);
    };

    it.each([
      ['og:type article', '<meta property="og:type" content="article">', `<div>${BRIEF}</div>`],
      ['JSON-LD NewsArticle', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dockers strike"}</script>', `<div>${BRIEF}</div>`],
      ['JSON-LD ReportageNewsArticle in a graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}</script>', `<div>${BRIEF}</div>`],
      ['an <article> with a headline', '', `<article><h1>Dockers strike</h1>${BRIEF}</article>`],
    ])('is read below the article floor when the page is marked by %s', (_name, head, body) => {
      const scan = scanPage(withHead(head, body));
      expect(scan.kind).toBe('article');
      if (scan.kind === 'article') expect(scan.text).toContain('Not one crane moves');
    });

    it('is not read on an unmarked page, nor with broken JSON-LD alone', () => {
      expect(scanPage(withHead('', `<div>${BRIEF}</div>`)).kind).toBe('none');
      expect(scanPage(withHead('<script type="application/ld+json">{"@type": "NewsArt', `<div>${BRIEF}</div>`)).kind).toBe('none');
      document.head.innerHTML = '';
    });
  });

  it('falls back to the densest paragraphs where Readability declines', () => {
    const doc = page(`<div id="x">${'<p>' + 'A sentence of ordinary article text that goes on. '.repeat(6) + '</p>'.repeat(1)}${'<p>' + 'Another paragraph with more words in it, as articles have. '.repeat(5) + '</p>'}</div>`);
    const found = findArticle(doc);
    expect(found).not.toBeNull();
    expect(found!.root.textContent).toContain('Another paragraph');
  });

  it('scans only the start of a very long article, and says so', () => {
    const long = Array.from({ length: 400 }, () => paragraphs).join('');
    const scan = scanPage(page(`<article>${long}</article>`));
    expect(scan.kind).toBe('article');
    if (scan.kind === 'article') {
      expect(scan.truncated).toBe(true);
      expect(scan.text.length).toBeLessThanOrEqual(120_000);
      expect(scan.text).toMatch(/[.”"]$/u); // cut at a paragraph's end, never inside a quote
    }
  });
});
