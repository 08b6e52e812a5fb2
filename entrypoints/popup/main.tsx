import '../../components/crossline.css';
import './popup.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { toBackground, toTab, type TabPayload } from '../../extension/messages';
import { addOwnArticle } from '../../extension/own-corpus-store';

const params = new URLSearchParams(location.search);
const app = document.getElementById('app')!;

/** The tab this popup describes: ?tab=ID when opened as a page (tests, the selection window), else the active tab. */
async function describedTab(): Promise<number | null> {
  const fromQuery = Number(params.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** While the page is still being read, ask again this often, for this long. */
const WAITING_POLL_MS = 400;
const WAITING_GIVE_UP_MS = 15_000;

async function main() {
  const tabId = await describedTab();
  const page = (path: string) => browser.runtime.getURL(path as '/popup.html');
  const draw = (payload: TabPayload | null, error: string | null) =>
    render(
      <PopupApp
        payload={payload}
        error={error}
        preferSelection={params.get('view') === 'selection'}
        readerHref={(m) => page(`/reader.html?source=${encodeURIComponent(m.source)}&start=${m.start}&end=${m.end}`)}
        reportHref={tabId === null ? null : page(`/report.html?tab=${tabId}`)}
        optionsHref={page('/options.html')}
        onShowOnPage={(item) => {
          if (tabId !== null) void toTab(tabId, 'scroll-to', { start: item.start, end: item.end }).catch(() => undefined);
        }}
        onAddPage={async () => {
          const article = tabId === null ? null : await toTab(tabId, 'get-article', {}).catch(() => null);
          if (!article) throw new Error('The page’s article could not be read; reload the page and try again.');
          await addOwnArticle({ text: article.text, headline: article.title, url: article.url, outlet: null, date: null });
          return 'Added. It is matched from your next lookup on.';
        }}
      />,
      app,
    );

  if (tabId === null) return draw(null, 'No tab to describe.');
  const started = Date.now();
  for (;;) {
    try {
      const payload = await toBackground('get-tab', { tabId });
      draw(payload, null);
      if (payload.view.status !== 'waiting' || Date.now() - started > WAITING_GIVE_UP_MS) return;
    } catch (e) {
      return draw(null, (e as Error).message);
    }
    await new Promise((resolve) => setTimeout(resolve, WAITING_POLL_MS));
  }
}

void main();
