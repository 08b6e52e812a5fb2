import '../../components/crossline.css';
import { t } from '../../components/i18n';
import { render } from 'preact';
import { ReportApp } from '../../components/ReportApp';
import { getTab, type TabView } from '../../extension/messages';
import { readerUrl, saveFile } from '../../extension/page-links';

const tabId = Number(new URLSearchParams(location.search).get('tab'));
const app = document.getElementById('app')!;

async function main() {
  let view: TabView | null = null;
  let error: string | null = null;
  try {
    if (!Number.isInteger(tabId) || tabId <= 0) throw new Error(t('reportFromButton'));
    view = (await getTab(tabId)).view;
    if (view.status === 'ready' && view.title) document.title = t('reportTitle', view.title);
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
