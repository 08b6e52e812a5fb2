/**
 * The corpus, owned by the background: the bundled index is fetched and parsed once per
 * background lifetime (never on a page, never for a page with no article), merged with the
 * reader's own articles, and rebuilt only when those change.
 */
import { browser } from 'wxt/browser';
import { buildArticle, parseIndex } from '../../corpus/corpus-index';
import { Matcher } from '../../corpus/match';
import type { CorpusIndex, IndexedArticle } from '../../corpus/types';
import { ownCorpusSetting, type OwnArticle } from '../settings';

const INDEX_URL = '/corpus-index.json';

let bundled: Promise<CorpusIndex> | null = null;
let matcher: Promise<Matcher> | null = null;

function loadBundled(): Promise<CorpusIndex> {
  bundled ??= fetch(browser.runtime.getURL(INDEX_URL as '/'))
    .then((response) => response.json())
    .then(parseIndex)
    .catch((error: unknown) => {
      bundled = null;
      throw error;
    });
  return bundled;
}

export function ownToArticle(own: OwnArticle): IndexedArticle {
  const article = buildArticle(`${own.id}.txt`, own.text, {
    [own.id]: {
      outlet: own.outlet ?? undefined,
      headline: own.headline ?? undefined,
      url: own.url ?? undefined,
      date: own.date ?? undefined,
    },
  });
  return { ...article, id: own.id, label: own.outlet ?? `Your article ${own.id.replace(/^own-/u, '')}` };
}

export async function currentIndex(): Promise<CorpusIndex> {
  return (await currentMatcher()).index;
}

export function currentMatcher(): Promise<Matcher> {
  matcher ??= (async () => {
    const [index, own] = await Promise.all([loadBundled(), ownCorpusSetting.getValue()]);
    return new Matcher({ ...index, articles: [...index.articles, ...own.map(ownToArticle)] });
  })().catch((error: unknown) => {
    matcher = null;
    throw error;
  });
  return matcher;
}

/** Calls `onChange` after the reader's own corpus changed, once the next lookup will see it. */
export function watchOwnCorpus(onChange: () => void): void {
  ownCorpusSetting.watch(() => {
    matcher = null;
    onChange();
  });
}

export async function bundledArticles(): Promise<IndexedArticle[]> {
  return (await loadBundled()).articles;
}
