// @vitest-environment happy-dom
/**
 * The content script's controller on a real DOM, with WXT's fake browser standing in for the
 * background: it scans, marks, rescans when the article changes and only then.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeArticle } from '../../corpus/check';
import { Matcher } from '../../corpus/match';
import { viewText, type TabView } from '../../extension/messages';
import { PageController } from '../../page/controller';
import { seedIndex, seedText } from '../seeds';

const matcher = new Matcher(seedIndex);
const RESCAN_WAIT_MS = 1500;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Received {
  type: string;
  text?: string;
}

let received: Received[];
let ctx: ContentScriptContext;

/** A stand-in background: answers scans with the real core (through sendResponse, as the fake browser wants), and records what it was sent. */
function fakeBackground() {
  type Scan = { type: string; data: { text?: string; url: string } };
  const listener = (message: Scan, _sender: unknown, sendResponse: (response: unknown) => void) => {
    received.push({ type: message.type, text: message.data.text });
    if (message.type !== 'page-scanned') {
      sendResponse(null);
      return true;
    }
    const analysis = analyzeArticle(matcher, message.data.text!);
    const view: TabView = { status: 'ready', url: message.data.url, title: null, date: null, selfSource: analysis.selfSource, selfLabel: null, items: analysis.items, truncated: false };
    // As the background answers: the view as text.
    sendResponse(viewText(view));
    return true;
  };
  fakeBrowser.runtime.onMessage.addListener(listener as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
}

const ARTICLE = ['Writing on his platform, US President Donald Trump said: “Most of the major points are agreed upon,” and added that Russia and Ukraine were “very close to a deal.”', 'A spokesperson said “nobody in Brussels has seen a final text yet,” adding that talks would continue next week in several capitals of the union.', 'Analysts cautioned that similar optimism had faded before, and that the hardest questions about territory and guarantees remain open for now.'];

function setPage(paragraphs: string[]) {
  document.body.innerHTML = `<div class="ticker">Markets: up</div><article id="story">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  fakeBackground();
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  ctx.abort();
  document.body.innerHTML = '';
});

describe('PageController', () => {
  it('scans an article, marks the carried lines and leaves the rest', async () => {
    setPage(ARTICLE);
    await new PageController(ctx, document).start();
    await wait(50);
    expect(received.map((r) => r.type)).toEqual(['page-scanned']);
    const marked = [...document.querySelectorAll('crossline-mark')].map((m) => m.textContent).join('|');
    expect(marked).toContain('agreed upon');
    expect(marked).toContain('very close to a deal');
    expect(marked).not.toContain('nobody in Brussels');
  });

  it('rescans when the article changes, and not for changes elsewhere or for the same text', async () => {
    setPage(ARTICLE);
    await new PageController(ctx, document).start();
    await wait(50);
    document.querySelector('.ticker')!.textContent = 'Markets: down';
    await wait(RESCAN_WAIT_MS);
    expect(received.filter((r) => r.type === 'page-scanned')).toHaveLength(1);
    // A change inside the article that leaves its text as it was: no new lookup, marks kept.
    const first = document.querySelector('#story p')!;
    first.replaceWith(first.cloneNode(true));
    await wait(RESCAN_WAIT_MS);
    expect(received.filter((r) => r.type === 'page-scanned')).toHaveLength(1);
    expect([...document.querySelectorAll('crossline-mark')].map((m) => m.textContent).join('|')).toContain('agreed upon');

    const more = document.createElement('p');
    more.textContent = `${seedText('003').split('\n')[6]}`; // "… writing, "Vladimir, STOP!" …"
    document.getElementById('story')!.appendChild(more);
    await wait(RESCAN_WAIT_MS);
    const scans = received.filter((r) => r.type === 'page-scanned');
    expect(scans).toHaveLength(2);
    expect(scans[1]!.text).toContain('Vladimir, STOP!');
    await wait(50);
    expect([...document.querySelectorAll('crossline-mark')].map((m) => m.textContent).join('|')).toContain('Vladimir, STOP!');
  });

  it('says there is no article, marks nothing and mounts no UI on a page without one', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><ul><li>Headline one</li><li>Headline two</li></ul>';
    await new PageController(ctx, document).start();
    await wait(50);
    expect(received.map((r) => r.type)).toEqual(['page-skipped']);
    expect(document.querySelector('crossline-mark')).toBeNull();
    expect(document.querySelector('crossline-overlay')).toBeNull();
  });

  it('finds an article that arrives after load', async () => {
    document.body.innerHTML = '<article id="story"></article>';
    await new PageController(ctx, document).start();
    for (const text of ARTICLE) {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById('story')!.appendChild(p);
    }
    await wait(RESCAN_WAIT_MS);
    expect(received.map((r) => r.type)).toEqual(['page-skipped', 'page-scanned']);
  });
});
