/** What the background does for each message: thin steps over the corpus and the tab store. */
import { analyzeArticle } from '../../corpus/check';
import type { Matcher } from '../../corpus/match';
import { toTab, type BackgroundProtocol, type Handlers, type LookupResult, type TabView } from '../messages';
import { rememberPage } from '../own-corpus-store';
import { readingMemorySetting, sensitivitySetting, SENSITIVITY_THRESHOLDS, updatedToSetting } from '../settings';
import { bundledArticles, currentIndex, currentMatcher } from './corpus-store';
import { articleMeta } from '../../corpus/metadata';
import { getSelection, getView, lookupCache, setSelection, setView } from './tab-store';

/** Text looked up from a selection is cut here: a selection is a line or a few, not a page. */
const MAX_SELECTION_CHARS = 2000;

async function thresholds() {
  return SENSITIVITY_THRESHOLDS[await sensitivitySetting.getValue()];
}

export async function lookupText(text: string, matcher?: Matcher): Promise<LookupResult> {
  const clipped = text.replace(/\s+/gu, ' ').trim().slice(0, MAX_SELECTION_CHARS);
  const m = matcher ?? (await currentMatcher());
  const matches = clipped ? m.match({ text: clipped, kind: 'selection' }, { thresholds: await thresholds() }) : [];
  return { text: clipped, matches, at: Date.now() };
}

export const backgroundHandlers: Handlers<BackgroundProtocol> = {
  async 'page-scanned'({ url, title, text, truncated }, sender) {
    const matcher = await currentMatcher();
    const cache = sender.tabId === null ? undefined : lookupCache(sender.tabId);
    const analysis = analyzeArticle(matcher, text, { url, thresholds: await thresholds(), cache });
    const self = analysis.selfSource ? matcher.articleById(analysis.selfSource) : undefined;
    const view: TabView = {
      status: 'ready',
      url,
      title,
      selfSource: analysis.selfSource,
      selfLabel: self?.label ?? null,
      items: analysis.items,
      truncated,
    };
    if (sender.tabId !== null) await setView(sender.tabId, view);
    // Reading memory (off unless the reader turns it on): the article joins their own corpus, locally.
    const memory = await readingMemorySetting.getValue();
    if (memory.enabled && !analysis.selfSource && !truncated) await rememberPage({ url, title, text }, memory).catch(() => false);
    return view;
  },

  async 'page-skipped'({ url, reason }, sender) {
    if (sender.tabId !== null) await setView(sender.tabId, { status: 'skipped', reason, url });
    return null;
  },

  async 'get-tab'({ tabId }) {
    const [view, selection, updatedTo] = await Promise.all([getView(tabId), getSelection(tabId), updatedToSetting.getValue()]);
    if (updatedTo) await updatedToSetting.setValue(null);
    if (view) return { view, selection, updatedTo };
    // No scan yet: either the content script is still at work, or it does not run on this tab.
    const running = await toTab(tabId, 'ping', {}).catch(() => false);
    return { view: running ? { status: 'waiting', url: null } : { status: 'unsupported' }, selection, updatedTo };
  },

  async 'lookup-text'({ text, tabId }) {
    const result = await lookupText(text);
    if (tabId !== null) await setSelection(tabId, result);
    return result;
  },

  async 'get-article'({ source }) {
    const article = (await currentMatcher()).articleById(source);
    // A plain copy: a packed article reads its text on first use, and messages carry plain data.
    return article ? { ...articleMeta(article), text: article.text, items: article.items } : null;
  },

  async 'get-corpus-info'() {
    const [index, bundled] = await Promise.all([currentIndex(), bundledArticles()]);
    const bundledIds = new Set(bundled.map((a) => a.id));
    // Metadata only: listing the corpus decodes no article's text.
    return {
      bundled: index.articles.filter((a) => bundledIds.has(a.id)).map(articleMeta),
      own: index.articles.filter((a) => !bundledIds.has(a.id)).map(articleMeta),
    };
  },
};
