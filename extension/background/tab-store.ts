/**
 * What each tab shows, kept in session storage so that a popup opened after the
 * background went to sleep still finds it; cleared when the tab closes or navigates.
 */
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { storage } from 'wxt/utils/storage';
import type { LookupResult, TabView } from '../messages';
import { fitView } from '../view-budget';

const viewKey = (tabId: number) => `session:tab-view-${tabId}` as const;
const selectionKey = (tabId: number) => `session:tab-selection-${tabId}` as const;

export async function getView(tabId: number): Promise<TabView | null> {
  return storage.getItem<TabView>(viewKey(tabId));
}

/**
 * Stores a tab's view within its budget. Should storage.session still be full (many tabs of long
 * articles), the other tabs' views are dropped (their pages re-send them on their next scan) and,
 * failing that, this tab keeps its counts without the lines, never nothing.
 */
export async function setView(tabId: number, view: TabView): Promise<void> {
  const fitted = fitView(view);
  try {
    await storage.setItem(viewKey(tabId), fitted);
  } catch {
    await forgetOtherViews(tabId);
    try {
      await storage.setItem(viewKey(tabId), fitted);
    } catch {
      if (fitted.status === 'ready') await storage.setItem(viewKey(tabId), { ...fitted, items: [], omitted: fitted.items.length });
    }
  }
  await updateBadge(tabId, view);
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
