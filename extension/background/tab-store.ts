/**
 * What each tab shows, kept in session storage so that a popup opened after the
 * background went to sleep still finds it; cleared when the tab closes or navigates.
 */
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { storage } from 'wxt/utils/storage';
import type { LookupResult, TabView } from '../messages';
import { viewText, type AnalyzedPage, type ReadyView, type ViewText } from '../view-text';

const viewKey = (tabId: number) => `session:tab-view-${tabId}` as const;
const selectionKey = (tabId: number) => `session:tab-selection-${tabId}` as const;

/** The tab's view as its text (see ViewText): the background passes it on without reading it. */
export async function getView(tabId: number): Promise<ViewText | null> {
  return storage.getItem<ViewText>(viewKey(tabId));
}

/** A view with no lines (a page skipped, or not read yet). */
export async function setView(tabId: number, view: Exclude<TabView, { status: 'ready' }>): Promise<void> {
  await storeView(tabId, viewText(view), null);
  await updateBadge(tabId, view);
}

/**
 * Keeps what the engine made of the tab's page (already within its budget: view-budget.ts). Should
 * storage.session still be full (many tabs of long articles), the other tabs' views are dropped
 * (their pages re-send them on their next scan) and, failing that, this tab keeps its carried
 * lines, or at least their count, never nothing.
 */
export async function keepAnalyzed(tabId: number, { view, carried }: AnalyzedPage): Promise<void> {
  // The badge need not wait for the view's write (a popup open meanwhile shows the view when it lands).
  await Promise.all([storeView(tabId, view, carried), updateBadge(tabId, carried)]);
}

async function storeView(tabId: number, text: ViewText, carried: ReadyView | null): Promise<void> {
  try {
    return await storage.setItem(viewKey(tabId), text);
  } catch {
    await forgetOtherViews(tabId);
  }
  // Written out only now: on every other page scan they would be work for nothing.
  const fallbacks = carried ? [viewText(carried), viewText({ ...carried, items: [], omitted: carried.items.length })] : [];
  for (const attempt of [text, ...fallbacks]) {
    try {
      return await storage.setItem(viewKey(tabId), attempt);
    } catch {
      // Still too big for what storage.session has left: try less.
    }
  }
}

async function forgetOtherViews(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const others = Object.keys(all).filter((key) => key.startsWith('tab-view-') && key !== `tab-view-${tabId}`);
  await browser.storage.session.remove(others);
}

export async function getSelection(tabId: number): Promise<LookupResult | null> {
  return storage.getItem<LookupResult>(selectionKey(tabId));
}

export async function setSelection(tabId: number, result: LookupResult): Promise<void> {
  await storage.setItem(selectionKey(tabId), result);
}

export async function forgetTab(tabId: number, keepSelection = false): Promise<void> {
  await storage.removeItem(viewKey(tabId));
  if (!keepSelection) await storage.removeItem(selectionKey(tabId));
  await updateBadge(tabId, { status: 'unsupported' });
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The number of the page's lines that other outlets carried; nothing on pages with no article. */
export function badgeText(view: TabView): string {
  if (view.status !== 'ready') return '';
  const carried = view.items.filter((item) => item.matches.length > 0 && item.parent === undefined).length;
  return carried > 0 ? String(carried) : '';
}

async function updateBadge(tabId: number, view: TabView): Promise<void> {
  const action = toolbarAction();
  try {
    await action.setBadgeText({ tabId, text: badgeText(view) });
    await action.setBadgeBackgroundColor({ tabId, color: '#5b3cc4' });
    await action.setTitle({ tabId, title: badgeTitle(view) });
  } catch {
    // The tab closed meanwhile: nothing to label.
  }
}

function badgeTitle(view: TabView): string {
  if (view.status !== 'ready') return t('badgeTitle');
  const text = badgeText(view);
  return text ? t('badgeTitleCarried', text) : t('badgeTitleNone');
}
