/**
 * The one definition of every message between the content script, the background and the
 * extension pages, with typed senders. Everything travels inside the extension: no page text
 * ever leaves the browser.
 */
import { browser } from 'wxt/browser';
import type { AnalyzedItem } from '../corpus/check';
import type { Match } from '../corpus/match';
import type { ArticleMeta, CorpusSummary, IndexedArticle } from '../corpus/types';
import { readViewText, type ReadyView, type ViewText } from './view-text';

export type { CorpusSummary };
export { readViewText, viewText, type AnalyzedPage, type ViewText } from './view-text';

export type ScanSkipReason = 'no-article' | 'disabled';

/** What the background knows of one tab, for the popup and the report. */
export type TabView =
  | { status: 'unsupported' }
  | { status: 'waiting'; url: string | null }
  | { status: 'skipped'; reason: ScanSkipReason; url: string }
  | {
      status: 'ready';
      url: string;
      title: string | null;
      /** The page's date (its metadata or its own text), against which occasions are told apart. */
      date: string | null;
      selfSource: string | null;
      selfLabel: string | null;
      items: AnalyzedItem[];
      /** The article was longer than is scanned; only its start was read. */
      truncated: boolean;
      /** Lines left out to keep the tab's stored view within its budget (see view-budget.ts). */
      omitted?: number;
    };

export interface LookupResult {
  text: string;
  matches: Match[];
  /** When it was looked up (ms since epoch), so a stale selection is not shown as new. */
  at: number;
}

export interface TabPayload {
  view: TabView;
  selection: LookupResult | null;
  /** Set once after the extension updated, until the popup has said so. */
  updatedTo: string | null;
  /** What the page was compared against; absent while the corpus loads. */
  corpus?: CorpusSummary | null;
}


export interface CorpusInfo {
  bundled: ArticleMeta[];
  own: ArticleMeta[];
}

/** Messages to the background, with what each answers. */
export interface BackgroundProtocol {
  /** Answers with the page's view, its carried lines only (what the page marks), as text (see ViewText). */
  'page-scanned': { request: { url: string; title: string | null; date: string | null; text: string; truncated: boolean }; response: ViewText };
  'page-skipped': { request: { url: string; reason: ScanSkipReason }; response: null };
  /** The view comes as text (see ViewText); getTab() reads it. */
  'get-tab': { request: { tabId: number }; response: Omit<TabPayload, 'view'> & { view: ViewText } };
  'lookup-text': { request: { text: string; tabId: number | null }; response: LookupResult };
  'get-article': { request: { source: string }; response: IndexedArticle | null };
  'get-corpus-info': { request: Record<string, never>; response: CorpusInfo };
}

/** Messages to a tab's content script. */
export interface ContentProtocol {
  /** Answers when the content script runs on the tab. */
  ping: { request: Record<string, never>; response: true };
  'scroll-to': { request: { start: number; end: number }; response: boolean };
  'get-selection': { request: Record<string, never>; response: string };
  /** The article text last scanned, to add the page to the reader's own corpus. */
  'get-article': { request: Record<string, never>; response: { text: string; title: string | null; url: string } | null };
}

/**
 * Asked of the extension's own pages shown in a tab (the demo article, which no content script
 * reaches): the selection in the page of that tab. Only that page answers.
 */
export interface PageSelectionRequest {
  type: 'page-selection';
  data: { tabId: number };
}

export function isPageSelectionRequest(message: unknown, tabId: number | undefined): message is PageSelectionRequest {
  const m = message as Partial<PageSelectionRequest> | null;
  return !!m && m.type === 'page-selection' && tabId !== undefined && m.data?.tabId === tabId;
}

/** The selected text in a tab: its content script's, or else an extension page's of its own (the demo). */
export async function selectionIn(tabId: number): Promise<string> {
  const fromContentScript = await toTab(tabId, 'get-selection', {}).catch(() => '');
  if (fromContentScript) return fromContentScript;
  const request: PageSelectionRequest = { type: 'page-selection', data: { tabId } };
  return ((await browser.runtime.sendMessage(request).catch(() => '')) as string | undefined) ?? '';
}

type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export async function toBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return (await browser.runtime.sendMessage({ type, data })) as ResponseOf<BackgroundProtocol, K>;
}

/** What the background knows of a tab, for the popup, the side panel and the report. */
export async function getTab(tabId: number): Promise<TabPayload> {
  const payload = await toBackground('get-tab', { tabId });
  return { ...payload, view: readViewText(payload.view) ?? { status: 'waiting', url: null } };
}

export async function toTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  return (await browser.tabs.sendMessage(tabId, { type, data })) as ResponseOf<ContentProtocol, K>;
}

export type Handlers<P> = {
  [K in keyof P]: (data: RequestOf<P, K>, sender: { tabId: number | null; url: string | null }) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

/** Answers the messages of one protocol; other messages are left to other listeners. */
export function handleMessages<P>(handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; url?: string }) => {
    if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
    const { type, data } = message as { type: string; data: unknown };
    if (!Object.hasOwn(handlers as object, type)) return undefined;
    const handler = (handlers as Record<string, (d: unknown, s: { tabId: number | null; url: string | null }) => unknown>)[type]!;
    return Promise.resolve(handler(data, { tabId: sender.tab?.id ?? null, url: sender.url ?? null }));
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
}
