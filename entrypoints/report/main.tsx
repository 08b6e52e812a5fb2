import '../../components/crossline.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReportApp } from '../../components/ReportApp';
import { toBackground, type TabView } from '../../extension/messages';

const tabId = Number(new URLSearchParams(location.search).get('tab'));
const app = document.getElementById('app')!;

function save(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function main() {
  let view: TabView | null = null;
  let error: string | null = null;
  try {
    if (!Number.isInteger(tabId) || tabId <= 0) throw new Error('Open the report from the Crossline button on an article.');
    view = (await toBackground('get-tab', { tabId })).view;
    if (view.status === 'ready' && view.title) document.title = `Crossline report · ${view.title}`;
  } catch (e) {
    error = (e as Error).message;
  }
  render(
    <ReportApp
      view={view}
      error={error}
      readerHref={(m) => browser.runtime.getURL(`/reader.html?source=${encodeURIComponent(m.source)}&start=${m.start}&end=${m.end}` as '/reader.html')}
      onSave={save}
      onCopy={(text) => navigator.clipboard.writeText(text)}
    />,
    app,
  );
}

void main();
