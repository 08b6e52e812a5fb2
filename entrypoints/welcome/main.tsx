import '../../components/crossline.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomeApp } from '../../components/WelcomeApp';
import { corpusSummary } from '../../corpus/metadata';
import type { ArticleMeta } from '../../corpus/types';
import { toBackground } from '../../extension/messages';
import { readingMemorySetting } from '../../extension/settings';

async function draw() {
  const [info, memory] = await Promise.all([
    toBackground('get-corpus-info', {}).catch(() => ({ bundled: [] as ArticleMeta[], own: [] as ArticleMeta[] })),
    readingMemorySetting.getValue(),
  ]);
  render(
    <WelcomeApp
      corpus={corpusSummary(info.bundled, info.own.length)}
      bundled={info.bundled}
      readingMemory={memory.enabled}
      demoHref={browser.runtime.getURL('/demo.html')}
      optionsHref={browser.runtime.getURL('/options.html')}
    />,
    document.getElementById('app')!,
  );
}

void draw();
