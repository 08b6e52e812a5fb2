/**
 * The popup and the side panel show the same thing for a tab; this wires that view to the
 * browser once for both. The side panel is live: it follows the active tab and redraws when
 * the background learns something new about it.
 */
import { render } from 'preact';
import { errorText, t } from '../components/i18n';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PopupApp } from '../components/PopupApp';
import { getTab, toTab, type TabPayload } from './messages';
import { addOwnArticle } from './own-corpus-store';
import { readerUrl } from './page-links';

/** While the page is still being read, ask again this often, for this long. */
const WAITING_POLL_MS = 400;
const WAITING_GIVE_UP_MS = 15_000;

export interface TabViewPageOptions {
  /** Follow the active tab and changes to what is known of it (the side panel). */
  live: boolean;
}

export async function mountTabViewPage(app: HTMLElement, { live }: TabViewPageOptions): Promise<void> {
  const params = new URLSearchParams(location.search);
  const fixedTab = Number(params.get('tab'));
  // ?tab=ID when opened as a page (tests, the selection window), else the active tab.
  const describedTab = async (): Promise<number | null> => {
    if (Number.isInteger(fixedTab) && fixedTab > 0) return fixedTab;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  };
  const page = (path: string) => browser.runtime.getURL(path as '/popup.html');

  const draw = (tabId: number | null, payload: TabPayload | null, error: string | null) =>
    render(
      <PopupApp
        key={tabId ?? 'none'}
        payload={payload}
        error={error}
        preferSelection={params.get('view') === 'selection'}
        readerHref={readerUrl}
        reportHref={tabId === null ? null : page(`/report.html?tab=${tabId}`)}
        optionsHref={page('/options.html')}
        welcomeHref={page('/welcome.html')}
        onShowOnPage={(item) => {
          if (tabId !== null) void toTab(tabId, 'scroll-to', { start: item.start, end: item.end }).catch(() => undefined);
        }}
        onAddPage={async () => {
          const article = tabId === null ? null : await toTab(tabId, 'get-article', {}).catch(() => null);
          if (!article) throw new Error(t('articleUnreadable'));
          await addOwnArticle({ text: article.text, headline: article.title, url: article.url, outlet: null, date: null });
          return t('pageAdded');
        }}
      />,
      app,
    );

  let generation = 0;
  /** Draws the tab's view; while its page is still being read, asks again until it is. */
  const show = async () => {
    const mine = ++generation;
    const tabId = await describedTab();
    if (tabId === null) return draw(null, null, t('noTab'));
    const started = Date.now();
    for (;;) {
      if (mine !== generation) return; // a newer redraw took over
      try {
        const payload = await getTab(tabId);
        if (mine !== generation) return;
        draw(tabId, payload, null);
        if (payload.view.status !== 'waiting' || Date.now() - started > WAITING_GIVE_UP_MS) return;
      } catch (e) {
        return draw(tabId, null, errorText(e));
      }
      await new Promise((resolve) => setTimeout(resolve, WAITING_POLL_MS));
    }
  };

  await show();
  if (!live) return;
  let unwatch: (() => void)[] = [];
  const watchTab = async () => {
    for (const stop of unwatch) stop();
    const tabId = await describedTab();
    if (tabId === null) return;
    unwatch = [`session:tab-view-${tabId}` as const, `session:tab-selection-${tabId}` as const].map((key) => storage.watch(key, () => void show()));
  };
  browser.tabs.onActivated.addListener(() => {
    void show();
    void watchTab();
  });
  await watchTab();
}
