/// <reference types="chrome" />
/** Page objects: the few things a test does with each extension page, and with the service worker. */
import type { BrowserContext, Page, Worker } from 'playwright-core';

/** The id of the tab showing `page`: brought to the front, it is the active tab (tab URLs need a permission Crossline does not ask for). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
  if (id === null) throw new Error(`no tab for ${page.url()}`);
  return id;
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The texts Crossline marked on the page (CSS Custom Highlight API registry). */
export function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const highlight = registry?.get('crossline-carried');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number, view?: 'selection'): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${view ? `&view=${view}` : ''}`);
  await popup.locator('.cl-popup').waitFor();
  return popup;
}

/**
 * The popup of a tab whose page carries no marks to wait on: reloaded until the page has been read
 * (its lines are listed).
 */
export async function openPopupWhenRead(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await openPopup(context, extensionId, tabId);
  for (const deadline = Date.now() + 15_000; (await popup.locator('.cl-item').count()) === 0; ) {
    if (Date.now() > deadline) throw new Error('the page was not read within 15 s');
    await popup.waitForTimeout(200);
    await popup.reload();
  }
  return popup;
}

export function popupItem(popup: Page, text: string) {
  return popup.locator('.cl-item', { hasText: text });
}

/** The comparison rows of the open detail view, as [outlet, relation] pairs. */
export async function comparisons(popup: Page): Promise<[string, string][]> {
  return popup.locator('.cl-match').evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('.cl-match__outlet')?.textContent ?? '', row.querySelector('.cl-badge')?.textContent ?? ''] as [string, string]),
  );
}

/** Waits until `read()` gives a value `done` accepts (for hooks, where expect.poll is not allowed). */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The on-page overlay lives in a closed shadow root, which neither the page's scripts nor
 * Playwright's selectors reach; the DevTools protocol does (as the browser's own tools do).
 * Returns the overlay's text and the classes it holds, or null when there is no overlay.
 */
export async function overlayContent(page: Page): Promise<{ text: string; classes: string[] } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | null => {
      if (node.nodeName === 'CROSSLINE-OVERLAY') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const host = find(root);
    if (!host) return null;
    const text: string[] = [];
    const classes: string[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeType === 3) text.push(node.nodeValue);
      if (node.nodeName === 'STYLE') return;
      const attrs = node.attributes ?? [];
      for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'class') classes.push(...attrs[i + 1]!.split(/\s+/u));
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    };
    walk(host);
    return { text: text.join(' ').replace(/\s+/gu, ' ').trim(), classes };
  } finally {
    await cdp.detach();
  }
}
