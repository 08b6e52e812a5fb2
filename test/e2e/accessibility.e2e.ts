/// <reference types="chrome" />
/**
 * Every extension page checked by axe-core (npm `axe-core`, WCAG 2.x A and AA rules) in light and
 * dark schemes, on a real tab's results: the popup's list and a line's detail, the side panel,
 * the report, the reader, the options, the welcome page and the demo article. Zero violations. The axe source is evaluated through
 * the DevTools protocol, which the extension's CSP (no inline script) does not block.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type ExtensionBrowser } from './browser';
import { markedTexts, openPopup, popupItem, tabIdOf, until } from './extension-pages';
import { startServer, type TestServer } from './server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/gu, ' ')}` : ''}`));
}

describe('accessibility of every extension page (axe-core)', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let tabId: number;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchExtension(), startServer()]);
    const article = await browser.context.newPage();
    await article.goto(server.url('/article/new'));
    await until(() => markedTexts(article), (marked) => marked.length > 0);
    tabId = await tabIdOf(browser.worker, article);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, scheme: 'light' | 'dark', ready: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await ready(page);
    return page;
  }

  it('works by keyboard alone, with visible focus: popup list → a line’s detail → back; report → export', async () => {
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.locator('.cl-item').first().waitFor();
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { cls: el.className, text: el.textContent ?? '', visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
    for (let i = 0; i < 12 && !(await focused()).cls.includes('cl-item'); i++) await popup.keyboard.press('Tab');
    const item = await focused();
    expect(item.cls).toContain('cl-item');
    expect(item.visible).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.locator('.cl-match').first().waitFor();
    // Focus moves to the line opened, once the detail has rendered (an effect after paint); "All lines" sits before it.
    await expect.poll(async () => (await focused()).cls).toContain('cl-detail__own');
    for (let i = 0; i < 6 && !(await focused()).text.includes('All lines'); i++) await popup.keyboard.press('Shift+Tab');
    expect((await focused()).text).toContain('All lines');
    await popup.keyboard.press('Enter');
    await popup.locator('.cl-item').first().waitFor();
    await popup.close();

    const report = await browser.context.newPage();
    await report.goto(`chrome-extension://${browser.extensionId}/report.html?tab=${tabId}`);
    await report.locator('.cl-report__item').first().waitFor();
    for (let i = 0; i < 10 && (await report.evaluate(() => document.activeElement?.textContent ?? '')) !== 'Export Markdown'; i++) await report.keyboard.press('Tab');
    expect(await report.evaluate(() => document.activeElement?.textContent)).toBe('Export Markdown');
    const [download] = await Promise.all([report.waitForEvent('download'), report.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.md$/u);
    await report.close();
  });

  describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
    it('popup: the list of lines, and one line’s detail', async () => {
      const popup = await openPopup(browser.context, browser.extensionId, tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.cl-item').first().waitFor();
      expect(await violations(popup)).toEqual([]);
      await popupItem(popup, 'Most of the major points are agreed upon').click();
      await popup.locator('.cl-match').first().waitFor();
      expect(await violations(popup)).toEqual([]);
      await screenshot(popup, `a11y-popup-detail-${scheme}`);
      await popup.close();
    });

    it('side panel', async () => {
      const panel = await open(`sidepanel.html?tab=${tabId}`, scheme, (p) => p.locator('body').waitFor());
      await panel.waitForTimeout(300);
      expect(await violations(panel)).toEqual([]);
      await panel.close();
    });

    it('report', async () => {
      const report = await open(`report.html?tab=${tabId}`, scheme, (p) => p.locator('.cl-report__item').first().waitFor());
      expect(await violations(report)).toEqual([]);
      await report.close();
    });

    it('reader', async () => {
      const reader = await open('reader.html?source=001', scheme, (p) => p.locator('main').first().waitFor());
      await reader.waitForTimeout(300);
      expect(await violations(reader)).toEqual([]);
      await reader.close();
    });

    it('welcome', async () => {
      const welcome = await open('welcome.html', scheme, (p) => p.locator('.cl-welcome').waitFor());
      await welcome.waitForTimeout(300);
      expect(await violations(welcome)).toEqual([]);
      await screenshot(welcome, `a11y-welcome-${scheme}`);
      await welcome.close();
    });

    it('demo article', async () => {
      const demo = await open('demo.html', scheme, (p) => until(() => markedTexts(p), (marked) => marked.length > 0));
      expect(await violations(demo)).toEqual([]);
      await demo.close();
    });

    it('options', async () => {
      const options = await open('options.html', scheme, (p) => p.locator('main, form, section').first().waitFor());
      await options.waitForTimeout(300);
      expect(await violations(options)).toEqual([]);
      await screenshot(options, `a11y-options-${scheme}`);
      await options.close();
    });
  });
});
