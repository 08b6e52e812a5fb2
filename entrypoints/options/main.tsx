import '../../components/crossline.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/OptionsApp';
import { exportOwnCorpus } from '../../corpus/own-corpus';
import type { ArticleMeta } from '../../corpus/types';
import { toBackground } from '../../extension/messages';
import { ownCorpusRevision } from '../../extension/own-corpus-revision';
import { addOwnArticle, forgetRemembered, importOwnFile, listOwnArticles, removeOwnArticle } from '../../extension/own-corpus-store';
import { saveFile } from '../../extension/page-links';
import { disabledSitesSetting, marksSetting, readingMemorySetting, sensitivitySetting } from '../../extension/settings';

const app = document.getElementById('app')!;

async function draw() {
  const [sensitivity, marksEnabled, disabledSites, own, info, readingMemory] = await Promise.all([
    sensitivitySetting.getValue(),
    marksSetting.getValue(),
    disabledSitesSetting.getValue(),
    listOwnArticles(),
    toBackground('get-corpus-info', {}).catch(() => ({ bundled: [] as ArticleMeta[], own: [] })),
    readingMemorySetting.getValue(),
  ]);
  render(
    <OptionsApp
      sensitivity={sensitivity}
      marksEnabled={marksEnabled}
      disabledSites={disabledSites}
      own={own}
      bundled={info.bundled}
      onSensitivity={(v) => void sensitivitySetting.setValue(v)}
      onMarks={(v) => void marksSetting.setValue(v)}
      onDisabledSites={(v) => void disabledSitesSetting.setValue(v)}
      onAdd={async (article) => void (await addOwnArticle(article))}
      onRemove={(id) => void removeOwnArticle(id)}
      onImport={importOwnFile}
      onExport={async () => saveFile('crossline-corpus.json', 'application/json', exportOwnCorpus(await listOwnArticles()))}
      readingMemory={readingMemory}
      onReadingMemory={(v) => void readingMemorySetting.setValue(v)}
      onForgetRemembered={forgetRemembered}
      welcomeHref={browser.runtime.getURL('/welcome.html')}
    />,
    app,
  );
}

// Redraw whenever a setting changes, here or in another window.
for (const item of [sensitivitySetting, marksSetting, disabledSitesSetting, ownCorpusRevision, readingMemorySetting]) item.watch(() => void draw());
void draw();
