/**
 * The corpus, owned by the background: the bundled index (with its prepared lookup lines) is
 * fetched and parsed once per background lifetime (never on a page, never for a page with no
 * article); the reader's own articles come from IndexedDB with theirs, and the two are merged,
 * not re-derived, whenever the own corpus changes.
 */
import { browser } from 'wxt/browser';
import { readIndexFile } from '../../corpus/corpus-index';
import { mergeLineIndexData } from '../../corpus/line-index';
import { Matcher } from '../../corpus/match';
import type { CorpusIndex, IndexedArticle } from '../../corpus/types';
import { ownCorpusRevision } from '../own-corpus-db';
import { ownRecords } from '../own-corpus-store';

const INDEX_URL = '/corpus-index.bin';

let bundled: Promise<CorpusIndex> | null = null;
let matcher: Promise<Matcher> | null = null;

function loadBundled(): Promise<CorpusIndex> {
  bundled ??= fetch(browser.runtime.getURL(INDEX_URL as '/'))
    .then((response) => response.arrayBuffer())
    // Packed: line structures decoded in one pass, each article's text only when a lookup needs it.
    .then((buffer) => readIndexFile(new Uint8Array(buffer)))
    .catch((error: unknown) => {
      bundled = null;
      throw error;
    });
  return bundled;
}

export async function currentIndex(): Promise<CorpusIndex> {
  return (await currentMatcher()).index;
}

export function currentMatcher(): Promise<Matcher> {
  matcher ??= (async () => {
    const [index, own] = await Promise.all([loadBundled(), ownRecords()]);
    const lines = own.length === 0 ? index.lines : mergeLineIndexData([index.lines!, ...own.map((r) => r.lines)]);
    return new Matcher({ ...index, articles: [...index.articles, ...own.map((r) => r.article)], lines });
  })().catch((error: unknown) => {
    matcher = null;
    throw error;
  });
  return matcher;
}

/** Calls `onChange` after the reader's own corpus changed (here or in another page), once the next lookup will see it. */
export function watchOwnCorpus(onChange: () => void): void {
  ownCorpusRevision.watch(() => {
    matcher = null;
    onChange();
  });
}

export async function bundledArticles(): Promise<IndexedArticle[]> {
  return (await loadBundled()).articles;
}
