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

async function main() {
  let payload: TabPayload | null = null;
  let error: string | null = null;
  const tabId = await describedTab();
  try {
    payload = tabId === null ? null : await toBackground('get-tab', { tabId });
    if (tabId === null) error = 'No tab to describe.';
  } catch (e) {
    error = (e as Error).message;
  }
  const page = (path: string) => browser.runtime.getURL(path as '/popup.html');
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
        const page = tabId === null ? null : await toTab(tabId, 'get-article', {}).catch(() => null);
        if (!page) throw new Error('The page’s article could not be read; reload the page and try again.');
        await addOwnArticle({ text: page.text, headline: page.title, url: page.url, outlet: null, date: null });
        return 'Added. It is matched from your next lookup on.';
      }}
    />,
    app,
  );
}

void main();
