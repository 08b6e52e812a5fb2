import '../../components/crossline.css';
import { render } from 'preact';
import { ReportApp } from '../../components/ReportApp';
import { toBackground, type TabView } from '../../extension/messages';
import { readerUrl, saveFile } from '../../extension/page-links';

const tabId = Number(new URLSearchParams(location.search).get('tab'));
const app = document.getElementById('app')!;

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
      readerHref={readerUrl}
      onSave={saveFile}
      onCopy={(text) => navigator.clipboard.writeText(text)}
    />,
    app,
  );
}

void main();
