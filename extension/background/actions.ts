/** What the background does for each message: thin steps over the corpus and the tab store. */
import { storage } from 'wxt/utils/storage';
import { toTab, viewText, type BackgroundProtocol, type CorpusSummary, type Handlers, type LookupResult } from '../messages';
import { rememberPage } from '../own-corpus-store';
import { readingMemorySetting, sensitivitySetting, SENSITIVITY_THRESHOLDS, updatedToSetting } from '../settings';
import { askEngine } from './engine-client';
import { getSelection, getView, keepAnalyzed, setSelection, setView } from './tab-store';

/** Text looked up from a selection is cut here: a selection is a line or a few, not a page. */
const MAX_SELECTION_CHARS = 2000;

async function thresholds() {
  return SENSITIVITY_THRESHOLDS[await sensitivitySetting.getValue()];
}

export async function lookupText(text: string): Promise<LookupResult> {
  const clipped = text.replace(/\s+/gu, ' ').trim().slice(0, MAX_SELECTION_CHARS);
  const matches = await askEngine('engine-lookup', { text: clipped, thresholds: await thresholds() });
  return { text: clipped, matches, at: Date.now() };
}

export const backgroundHandlers: Handlers<BackgroundProtocol> = {
  async 'page-scanned'({ url, title, date, text, truncated }, sender) {
    const analyzed = await askEngine('engine-analyze', { tabId: sender.tabId, url, title, date, text, truncated, thresholds: await thresholds() });
    if (sender.tabId !== null) await keepAnalyzed(sender.tabId, analyzed);
    // Reading memory (off unless the reader turns it on): the article joins their own corpus, locally.
    const memory = await readingMemorySetting.getValue();
    if (memory.enabled && !analyzed.selfSource && !truncated) await rememberPage({ url, title, text }, memory).catch(() => false);
    // The page marks only the carried lines: the rest stay in the tab's store for the popup.
    return analyzed.carried;
  },

  async 'page-skipped'({ url, reason }, sender) {
    if (sender.tabId !== null) await setView(sender.tabId, { status: 'skipped', reason, url });
    return null;
  },

  async 'get-tab'({ tabId }) {
    const [view, selection, updatedTo, corpus] = await Promise.all([
      getView(tabId),
      getSelection(tabId),
      updatedToSetting.getValue(),
      // Kept by the background as the engine reports it: the popup never waits on a busy or loading engine.
      corpusSummaryItem.getValue(),
    ]);
    if (updatedTo) await updatedToSetting.setValue(null);
    if (view) return { view, selection, updatedTo, corpus };
    // No scan yet: either the content script is still at work, or it does not run on this tab.
    const running = await toTab(tabId, 'ping', {}).catch(() => false);
    return { view: viewText(running ? { status: 'waiting', url: null } : { status: 'unsupported' }), selection, updatedTo, corpus };
  },

  async 'lookup-text'({ text, tabId }) {
    const result = await lookupText(text);
    if (tabId !== null) await setSelection(tabId, result);
    return result;
  },

  'get-article'({ source }) {
    return askEngine('engine-article', { source });
  },

  'get-corpus-info'() {
    return askEngine('engine-corpus-info', {});
  },
};

/** What the corpus holds, as the engine last said (see refreshCorpusSummary); null until it has. */
export const corpusSummaryItem = storage.defineItem<CorpusSummary | null>('session:corpusSummary', { fallback: null });

/** Asks the engine what the corpus holds (after it loads, and whenever the reader's corpus changes) and keeps it for the popup. */
export async function refreshCorpusSummary(): Promise<void> {
  await corpusSummaryItem.setValue(await askEngine('engine-corpus-summary', {}));
}
