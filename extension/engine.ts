/**
 * The corpus engine: the one place that holds the matcher (the bundled index and the reader's own
 * corpus, loaded once) and answers what needs it. Where it runs is the background's choice (see
 * background/engine-client.ts): in Chrome an offscreen document, which outlives the service worker
 * (Chrome stops an idle worker after about 30 seconds, and the next page would wait for the index
 * to load again); in Firefox the persistent background page itself.
 *
 * It uses nothing but runtime messaging, fetch and IndexedDB, which an offscreen document has.
 */
import { analyzeArticle } from '../corpus/check';
import type { Match, Thresholds } from '../corpus/match';
import { articleMeta, corpusSummary } from '../corpus/metadata';
import type { IndexedArticle } from '../corpus/types';
import { bundledArticles, currentIndex, currentMatcher, forgetMatcher } from './corpus-store';
import type { CorpusInfo, CorpusSummary, Handlers } from './messages';
import { carriedLines, viewText, type AnalyzedPage, type ReadyView } from './view-text';
import { fittedViewText } from './view-budget';

export interface EngineProtocol {
  /** A page's view, already within the tab store's budget: what crosses to the background stays small, however large the page. */
  'engine-analyze': {
    request: { tabId: number | null; url: string; title: string | null; date: string | null; text: string; truncated: boolean; thresholds: Partial<Thresholds> };
    response: AnalyzedPage;
  };
  'engine-lookup': { request: { text: string; thresholds: Partial<Thresholds> }; response: Match[] };
  'engine-article': { request: { source: string }; response: IndexedArticle | null };
  'engine-corpus-info': { request: Record<string, never>; response: CorpusInfo };
  'engine-corpus-summary': { request: Record<string, never>; response: CorpusSummary };
  /** The reader's own corpus changed: load it again on the next request. */
  'engine-own-changed': { request: Record<string, never>; response: null };
  /** A tab's remembered lookups are stale (its page changed or closed), or every tab's when tabId is null. */
  'engine-forget': { request: { tabId: number | null }; response: null };
  /** Loads the corpus now, so that the first page does not wait for it. */
  'engine-warm': { request: Record<string, never>; response: number };
}

/** A message for the engine: `{ type, data }` with one of its types. */
/** Every engine message type, once; the type makes the list complete (a page relaying messages needs no handler code). */
const ENGINE_TYPES: Record<keyof EngineProtocol, true> = {
  'engine-analyze': true,
  'engine-lookup': true,
  'engine-article': true,
  'engine-corpus-info': true,
  'engine-corpus-summary': true,
  'engine-own-changed': true,
  'engine-forget': true,
  'engine-warm': true,
};

export function isEngineMessage(message: unknown): message is { type: keyof EngineProtocol; data: unknown } {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(ENGINE_TYPES, type);
}

/** Calls the handler for one engine message (in whatever context holds the engine). */
export function answerEngine(message: { type: keyof EngineProtocol; data: unknown }): Promise<unknown> {
  const handler = engineHandlers[message.type] as (data: unknown, sender: { tabId: null; url: null }) => unknown;
  return Promise.resolve(handler(message.data, { tabId: null, url: null }));
}

/** Per-tab memo of line lookups, so a rescan of a changed page re-matches only what changed. */
const lookupCaches = new Map<number, Map<string, Match[]>>();
const MAX_CACHED_LINES = 2000;

function lookupCache(tabId: number): Map<string, Match[]> {
  let cache = lookupCaches.get(tabId);
  if (!cache || cache.size > MAX_CACHED_LINES) {
    cache = new Map();
    lookupCaches.set(tabId, cache);
  }
  return cache;
}

export const engineHandlers: Handlers<EngineProtocol> = {
  async 'engine-analyze'({ tabId, url, title, date, text, truncated, thresholds }) {
    const matcher = await currentMatcher();
    const analysis = analyzeArticle(matcher, text, { url, date, thresholds, cache: tabId === null ? undefined : lookupCache(tabId) });
    const self = analysis.selfSource ? matcher.articleById(analysis.selfSource) : undefined;
    const view: ReadyView = { status: 'ready', url, title, date: analysis.date, selfSource: analysis.selfSource, selfLabel: self?.label ?? null, items: analysis.items, truncated };
    // The worker, not the service worker, turns the view into text and picks the carried lines.
    const fitted = fittedViewText(view);
    const carried: ReadyView = { ...fitted.view, items: fitted.view.items.filter((item) => item.matches.length > 0) };
    return { view: fitted.text, carried: viewText(carried), carriedCount: carriedLines(carried).length, selfSource: analysis.selfSource };
  },

  async 'engine-lookup'({ text, thresholds }) {
    return text ? (await currentMatcher()).match({ text, kind: 'selection' }, { thresholds }) : [];
  },

  async 'engine-article'({ source }) {
    const article = (await currentMatcher()).articleById(source);
    // A plain copy: a packed article reads its text on first use, and messages carry plain data.
    return article ? { ...articleMeta(article), text: article.text, items: article.items } : null;
  },

  async 'engine-corpus-info'() {
    const [index, bundled] = await Promise.all([currentIndex(), bundledArticles()]);
    const bundledIds = new Set(bundled.map((a) => a.id));
    // Metadata only: listing the corpus decodes no article's text.
    return {
      bundled: index.articles.filter((a) => bundledIds.has(a.id)).map(articleMeta),
      own: index.articles.filter((a) => !bundledIds.has(a.id)).map(articleMeta),
    };
  },

  async 'engine-corpus-summary'() {
    const [index, bundled] = await Promise.all([currentIndex(), bundledArticles()]);
    return corpusSummary(bundled, index.articles.length - bundled.length);
  },

  'engine-own-changed'() {
    forgetMatcher();
    lookupCaches.clear();
    return null;
  },

  'engine-forget'({ tabId }) {
    if (tabId === null) lookupCaches.clear();
    else lookupCaches.delete(tabId);
    return null;
  },

  async 'engine-warm'() {
    return (await currentMatcher()).lineCount;
  },
};
