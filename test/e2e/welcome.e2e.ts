/// <reference types="chrome" />
/**
 * A new user's first minutes: installing opens the welcome page, which says what Crossline
 * compares against and links the demo article; on the demo the marks, the card, the badge, the
 * popup and the selection lookup work as on a news site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type ExtensionBrowser } from './browser';
import { badgeText, markedTexts, openPopup, overlayContent, tabIdOf, until } from './extension-pages';

describe('first run', () => {
  let browser: ExtensionBrowser;
  let welcome: Page;

  beforeAll(async () => {
    browser = await launchExtension(undefined, { keepWelcome: true });
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    welcome = browser.context.pages().find(isWelcome) ?? (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    await welcome.locator('.cl-welcome').waitFor();
  }, 90_000);
  afterAll(async () => browser?.close());

  it('opens the welcome page on install, saying what Crossline compares against', async () => {
    await welcome.setViewportSize({ width: 900, height: 1000 });
    const text = await welcome.locator('main').innerText();
    expect(text).toMatch(/5 bundled articles \((?:2[56] Apr 2025|Apr 2[56], 2025)\)/u);
    expect(text).toContain('Reading memory is off');
    expect(text).toContain('Crossline makes no network request');
    await screenshot(welcome, '13-welcome');
  });

  it('links a demo article on which the marks, the card, the badge and the popup work', async () => {
    const [demo] = await Promise.all([browser.context.waitForEvent('page'), welcome.getByRole('link', { name: 'Open the demo article' }).click({ modifiers: ['Control'] })]);
    await demo.waitForLoadState();
    await demo.setViewportSize({ width: 1100, height: 800 });
    await until(() => markedTexts(demo), (marked) => marked.length >= 2);
    expect(await markedTexts(demo)).toEqual(expect.arrayContaining(['very close to a deal', 'Most of the major points are agreed to']));
    const tabId = await tabIdOf(browser.worker, demo);
    await expect.poll(() => badgeText(browser.worker, tabId)).toMatch(/^\d+$/u);

    const box = await demo.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crossline-carried')!;
      const range = [...highlight].find((r) => r.toString().startsWith('very close'))!;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await demo.mouse.move(box.x, box.y);
    await expect.poll(async () => (await overlayContent(demo))?.text ?? '', { timeout: 5000 }).toMatch(/other outlets/u);
    await screenshot(demo, '14-demo-card');

    // The keyboard shortcut's question, which no content script answers here: the demo page answers it for its own tab.
    await demo.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent?.includes('Nothing is agreed'))!;
      getSelection()!.selectAllChildren(p);
    });
    const asked = (id: number) => browser.worker.evaluate((tab) => chrome.runtime.sendMessage({ type: 'page-selection', data: { tabId: tab } }), id);
    expect(await asked(tabId)).toContain('Nothing is agreed until everything is agreed');
    expect(await asked(tabId + 1000).catch(() => undefined)).toBeUndefined();

    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.locator('.cl-item').first().waitFor();
    expect(await popup.locator('.cl-items').innerText()).toContain('very close to a deal');
    await screenshot(popup, '15-demo-popup');
    await popup.close();
    await demo.close();
  });
});
