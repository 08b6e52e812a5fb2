/**
 * What each tab shows, kept in session storage so that a popup opened after the
 * background went to sleep still finds it; cleared when the tab closes or navigates.
 */
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { storage } from 'wxt/utils/storage';
import type { LookupResult, TabView } from '../messages';
import { readViewText, viewText, type AnalyzedPage, type ViewText } from '../view-text';

const viewKey = (tabId: number) => `session:tab-view-${tabId}` as const;
const selectionKey = (tabId: number) => `session:tab-selection-${tabId}` as const;

/** The tab's view as its text (see ViewText): the background passes it on without reading it. */
export async function getView(tabId: number): Promise<ViewText | null> {
  return storage.getItem<ViewText>(viewKey(tabId));
}

/** A view with no lines (a page skipped, or not read yet). */
export async function setView(tabId: number, view: Exclude<TabView, { status: 'ready' }>): Promise<void> {
  await storeView(tabId, viewText(view), null);
  await updateBadge(tabId, null);
}

/**
 * Keeps what the engine made of the tab's page (already within its budget: view-budget.ts). Should
 * storage.session still be full (many tabs of long articles), the other tabs' views are dropped
 * (their pages re-send them on their next scan) and, failing that, this tab keeps its carried
 * lines, or at least their count, never nothing.
 */
export async function keepAnalyzed(tabId: number, { view, carried, carriedCount }: AnalyzedPage): Promise<void> {
  // The badge need not wait for the view's write (a popup open meanwhile shows the view when it lands).
  await Promise.all([storeView(tabId, view, carried), updateBadge(tabId, carriedCount)]);
}

async function storeView(tabId: number, text: ViewText, carried: ViewText | null): Promise<void> {
  try {
    return await storage.setItem(viewKey(tabId), text);
  } catch {
    await forgetOtherViews(tabId);
  }
  // Read only now: on every other page scan it would be work for nothing.
  const carriedView = readViewText(carried);
  const fallbacks = carried && carriedView?.status === 'ready' ? [carried, viewText({ ...carriedView, items: [], omitted: carriedView.items.length })] : [];
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
  await updateBadge(tabId, null);
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The badge for a page whose lines `carried` other outlets carried (null: a page with no article read); nothing when none. */
export function badgeText(carried: number | null): string {
  return carried ? String(carried) : '';
}

async function updateBadge(tabId: number, carried: number | null): Promise<void> {
  const action = toolbarAction();
  try {
    await action.setBadgeText({ tabId, text: badgeText(carried) });
    await action.setBadgeBackgroundColor({ tabId, color: '#5b3cc4' });
    await action.setTitle({ tabId, title: carried === null ? t('badgeTitle') : carried ? t('badgeTitleCarried', String(carried)) : t('badgeTitleNone') });
  } catch {
    // The tab closed meanwhile: nothing to label.
  }
}
