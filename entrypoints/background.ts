import { browser } from 'wxt/browser';
import { t } from '../components/i18n';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers, lookupText, refreshCorpusSummary } from '../extension/background/actions';
import { askEngine } from '../extension/background/engine-client';
import { forgetTab, setSelection, toolbarAction } from '../extension/background/tab-store';
import { handleMessages, selectionIn } from '../extension/messages';
import { ownCorpusRevision } from '../extension/own-corpus-revision';
import { migrateOwnCorpus } from '../extension/own-corpus-store';
import { sensitivitySetting, updatedToSetting } from '../extension/settings';

const MENU_ID = 'crossline-compare-selection';

export default defineBackground(() => {
  handleMessages(backgroundHandlers);
  // The engine loads the corpus now (in Chrome it keeps it across service worker restarts), after
  // moving a corpus kept by an earlier version into IndexedDB.
  void migrateOwnCorpus()
    .then(() => askEngine('engine-warm', {}))
    .then(refreshCorpusSummary)
    .catch((error: unknown) => console.error('Crossline could not load its corpus:', error));
  // Remembered lookups were made with the old corpus or thresholds.
  ownCorpusRevision.watch(() => void askEngine('engine-own-changed', {}).then(refreshCorpusSummary));
  sensitivitySetting.watch(() => void askEngine('engine-forget', { tabId: null }));

  // Made at every start: Chrome keeps menus across restarts, Firefox does not.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: t('menuCompare'), contexts: ['selection'] }));

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'update') await updatedToSetting.setValue(browser.runtime.getManifest().version);
    // A new reader meets what Crossline does, what it compares against, and a page to try it on.
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    await compareAndShow(tab.id, info.selectionText);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'compare-selection') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const text = await selectionIn(tab.id);
    if (text.trim()) await compareAndShow(tab.id, text);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void askEngine('engine-forget', { tabId });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A page (re)loading in the tab: what was known of the old one no longer holds, even where no
    // content script will run to say so (a browser page). Tab URLs need a permission we do not ask for.
    if (change.status === 'loading') {
      void forgetTab(tabId, true);
      void askEngine('engine-forget', { tabId });
    }
  });
});

/** The side panel APIs, typed here because the polyfill's types predate them. */
interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Looks the selection up, keeps it for the tab, and shows it: in the side panel where the
 * browser has one (it stays open beside the article), else the popup, else a popup window.
 * The panel must open within the click's user gesture, so it opens before the lookup ends.
 */
async function compareAndShow(tabId: number, text: string): Promise<void> {
  const panels = browser as unknown as PanelApis;
  const opening = panels.sidePanel
    ? panels.sidePanel.open({ tabId })
    : panels.sidebarAction
      ? panels.sidebarAction.open()
      : Promise.reject(new Error('no side panel'));
  const result = await lookupText(text);
  await setSelection(tabId, result);
  if (await opening.then(() => true, () => false)) return;
  const action = toolbarAction();
  try {
    await action.openPopup();
  } catch {
    const url = browser.runtime.getURL(`/popup.html?tab=${tabId}&view=selection` as '/popup.html');
    await browser.windows.create({ url, type: 'popup', width: 440, height: 640 });
  }
}
