/// <reference types="chrome" />
/**
 * The built extension in Debian's Chromium, on news pages served from 127.0.0.1: marks, the
 * card, the badge, the popup, the selection lookup, the reader, and a page left as it was.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { buildIndex } from '../../corpus/corpus-index';
import { Matcher } from '../../corpus/match';
import { seedFiles } from '../seeds';
import { launchExtension, screenshot, type ExtensionBrowser } from './browser';
import { badgeText, comparisons, markedTexts, openPopup, openPopupWhenRead, overlayContent, popupItem, tabIdOf, until } from './extension-pages';
import { NEW_ARTICLE_PARAGRAPHS } from './pages';
import { startServer, type TestServer } from './server';

const matcher = new Matcher(buildIndex(seedFiles));

/** What the core says other outlets carried, for a page whose article text is known. */
function expectedCarried(articleText: string): string[] {
  return analyzeArticle(matcher, articleText)
    .items.filter((i) => i.matches.length > 0 && i.parent === undefined)
    .map((i) => i.text);
}

describe('Crossline in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  const pageErrors: string[] = [];

  /** Every request the browser made for a page, the extension's pages or its service worker. */
  const requests: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchExtension(), startServer()]);
    browser.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
    });
    await page.goto(server.url(path));
    return page;
  }

  describe('an article other outlets partly carried', () => {
    let page: Page;
    let tabId: number;
    const articleText = ['What the Moscow talks mean', ...NEW_ARTICLE_PARAGRAPHS].join('\n');

    beforeAll(async () => {
      page = await visit('/article/new');
      await until(() => markedTexts(page), (marked) => marked.length > 0);
      tabId = await tabIdOf(browser.worker, page);
    });

    it('marks exactly the lines other outlets carried, across inline markup', async () => {
      const expected = expectedCarried(articleText);
      expect(expected).toEqual(expect.arrayContaining(['Most of the major points are agreed upon', 'very close to a deal']));
      expect((await markedTexts(page)).sort()).toEqual([...expected].sort());
      await screenshot(page, '01-article-marks');
    });

    it('leaves the comments, the related box and the page furniture unmarked', async () => {
      const marked = await markedTexts(page);
      expect(marked.join(' ')).not.toContain('is what they always say');
      expect(await page.locator('crossline-mark').count()).toBe(0); // no DOM wrappers where highlights work
    });

    it('shows the badge count of carried lines', async () => {
      await expect.poll(() => badgeText(browser.worker, tabId)).toBe(String(expectedCarried(articleText).length));
    });

    it('opens the card on hover, with the outlets and the closest wording', async () => {
      const box = await page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crossline-carried')!;
        const range = [...highlight].find((r) => r.toString().startsWith('Most of the major'))!;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + 20, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(box.x, box.y);
      await expect.poll(async () => (await overlayContent(page))?.classes.includes('cl-card'), { timeout: 5000 }).toBe(true);
      await expect.poll(async () => (await overlayContent(page))?.text).toMatch(/other outlets/u);
      expect((await overlayContent(page))!.text).toContain('altered');
      await screenshot(page, '02-card-on-hover');
    });

    it('keeps the card out of the page’s reach: its shadow root is closed', async () => {
      const seen = await page.evaluate(() => {
        const host = document.querySelector('crossline-overlay');
        return { host: !!host, shadowRoot: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
      });
      expect(seen).toEqual({ host: true, shadowRoot: null, text: '' });
      expect(await page.evaluate(() => document.body.innerText)).not.toContain('other outlets');
    });

    it('reaches the marks and the card from the keyboard, and Escape closes it', async () => {
      await page.mouse.move(5, 5);
      // Escape on the page closes a card left open by the hover above; then the pill is the overlay's first control.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await overlayContent(page))?.classes.includes('cl-card')).toBe(false);
      // Tab through the page until focus enters the overlay.
      for (let presses = 0; presses < 60; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.tagName === 'CROSSLINE-OVERLAY')) break;
      }
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CROSSLINE-OVERLAY');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await overlayContent(page))?.classes.includes('cl-card')).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await overlayContent(page))?.classes.includes('cl-card')).toBe(false);
    });

    it('lists the variants in the popup, with "agreed upon" altered from the others’ "agreed to"', async () => {
      const popup = await openPopup(browser.context, browser.extensionId, tabId);
      await screenshot(popup, '03-popup-list');
      await popupItem(popup, 'agreed upon').click();
      const rows = await comparisons(popup);
      expect(rows).toEqual(
        expect.arrayContaining([
          ['Source 000', 'altered'],
          ['Caliber.Az', 'altered'],
          ['Source 003', 'altered'],
          ['Source 004', 'verbatim'],
        ]),
      );
      expect(await popup.locator('.cl-diff__theirs', { hasText: 'to' }).count()).toBeGreaterThan(0);
      expect(await popup.locator('.cl-diff__ours', { hasText: 'upon' }).count()).toBeGreaterThan(0);
      const { scrollWidth, clientWidth } = await popup.evaluate(() => ({ scrollWidth: document.body.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth); // no horizontal scrolling
      await screenshot(popup, '04-popup-detail');
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 27, 34)');
      await screenshot(popup, '04-popup-detail-dark');
      await popup.emulateMedia({ colorScheme: 'light' });

      const [reader] = await Promise.all([browser.context.waitForEvent('page'), popup.locator('.cl-match__outlet', { hasText: 'Source 000' }).click()]);
      await reader.locator('.cl-reader__line').waitFor();
      expect(await reader.locator('.cl-reader__line').textContent()).toBe('most of the major points are agreed to');
      expect(await reader.locator('.cl-reader__line').isVisible()).toBe(true);
      await screenshot(reader, '05-reader');
      await reader.close();
      await popup.close();
    });

    it('looks up the reader’s selection and shows its variants', async () => {
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.includes('very close'))!;
        const range = document.createRange();
        range.selectNodeContents(p.querySelector('a')!);
        range.setEnd(p.querySelector('a')!.nextSibling!, ' to a deal'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      // The shortcut's first step: the content script hands over the selection (never form fields).
      const selected = await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-selection', data: {} }), tabId);
      expect(selected).toBe('very close to a deal');
      // The side panel, open beside the article, follows what happens next without a reload.
      const panel = await browser.context.newPage();
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
      await panel.locator('.cl-item').first().waitFor();
      // Its second: the background looks it up for the tab, and the popup opens on it.
      const popup = await openPopup(browser.context, browser.extensionId, tabId);
      await popup.evaluate(
        ([text, id]) => chrome.runtime.sendMessage({ type: 'lookup-text', data: { text, tabId: id } }),
        [selected, tabId] as const,
      );
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}&view=selection`);
      await popup.locator('.cl-detail').waitFor();
      expect(await popup.locator('.cl-side__label').first().textContent()).toContain('Your selection');
      expect((await comparisons(popup)).map(([, relation]) => relation)).toContain('verbatim');
      await screenshot(popup, '06-selection');
      await popup.close();
      await panel.locator('.cl-selection-link').waitFor();
      expect(await panel.locator('.cl-selection-link').textContent()).toContain('very close to a deal');
      await panel.locator('.cl-selection-link').click();
      expect(await panel.locator('.cl-match').count()).toBeGreaterThan(0);
      await screenshot(panel, '06b-side-panel');
      await panel.close();
    });

    it('makes the consistency report, filters it, and exports it', async () => {
      const report = await browser.context.newPage();
      await report.goto(`chrome-extension://${browser.extensionId}/report.html?tab=${tabId}`);
      await report.locator('.cl-report__item').first().waitFor();
      expect(await report.locator('.cl-report__item').count()).toBe(3);
      await report.locator('select').selectOption('altered');
      expect(await report.locator('.cl-report__item').count()).toBe(1);
      const [download] = await Promise.all([report.waitForEvent('download'), report.getByText('Export Markdown').click()]);
      expect(download.suggestedFilename()).toBe('what-the-moscow-talks-mean.md');
      await screenshot(report, '08-report');
      await report.close();
    });

    it('refuses a corrupt corpus import in the options, keeping the corpus as it was', async () => {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByText('Bundled corpus').waitFor();
      await options.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"articles": [') });
      await options.getByText(/Nothing was imported: This file is not JSON/u).waitFor();
      expect(await options.getByText('No articles of your own yet.').count()).toBe(1);
      await screenshot(options, '09-options');
      await options.close();
    });

    it('leaves the page’s own scripts and layout as they were', async () => {
      const layoutNow = await page.evaluate(() => (window as unknown as { __layout: () => number[][] }).__layout());
      // The same page with no extension, laid out in a plain context of the same browser.
      const plain = await browser.context.browser()?.newContext();
      if (plain) {
        const other = await plain.newPage();
        await other.setViewportSize({ width: 1200, height: 900 });
        await other.goto(page.url());
        expect(await other.evaluate(() => (window as unknown as { __layout: () => number[][] }).__layout())).toEqual(layoutNow);
        await plain.close();
      }
      await page.locator('#like').click();
      expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors)).toEqual([]);
    });
  });

  it('on a seed page: knows it is in the corpus and leaves its own lines out', async () => {
    const page = await visit('/article/002');
    await expect.poll(() => markedTexts(page), { timeout: 15_000 }).not.toEqual([]);
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.locator('.cl-notice').first().textContent()).toContain('Caliber.Az in the corpus');
    await popupItem(popup, 'Most of the major points are agreed to').click();
    const sources = (await comparisons(popup)).map(([outlet]) => outlet);
    expect(sources).not.toContain('Caliber.Az');
    expect(sources).toEqual(expect.arrayContaining(['Source 000', 'Source 003', 'Source 004']));
    await popup.close();
    await page.close();
  });

  describe('real-world quoting', () => {
    it('marks a quote with mismatched marks and a line of reported speech, and says the latter was reported, not quoted', async () => {
      const page = await visit('/real/quoting');
      await expect.poll(() => markedTexts(page), { timeout: 15_000 }).toEqual(
        expect.arrayContaining(['Most of the major points are agreed to', 'Russia and Ukraine were very close to a deal']),
      );
      const tabId = await tabIdOf(browser.worker, page);
      const popup = await openPopup(browser.context, browser.extensionId, tabId);
      await popupItem(popup, 'Russia and Ukraine were very close to a deal').first().waitFor();
      await screenshot(popup, '10-popup-reported-list');
      await popupItem(popup, 'Russia and Ukraine were very close to a deal').filter({ has: popup.locator('.cl-kind--reported') }).click();
      const rows = await comparisons(popup);
      expect(rows.length).toBeGreaterThanOrEqual(4);
      expect(rows.every(([, relation]) => relation === 'reported, not quoted')).toBe(true);
      await screenshot(popup, '10-popup-reported');
      await popup.close();
      await page.close();
    });

    it('scans a short brief on a page marked as an article', async () => {
      const page = await visit('/real/brief');
      await expect.poll(() => markedTexts(page), { timeout: 15_000 }).toContain('Vladimir, STOP!');
      await screenshot(page, '11-brief-marks');
      await page.close();
    });

    it('marks nothing on a sport page whose manager uses a stock phrase the corpus has', async () => {
      const page = await visit('/real/sport');
      const tabId = await tabIdOf(browser.worker, page);
      // None of the page's lines is carried by another outlet.
      const popup = await openPopupWhenRead(browser.context, browser.extensionId, tabId);
      expect(await popupItem(popup, 'very close to a deal for the striker').textContent()).toContain('No other outlet');
      expect(await markedTexts(page)).toEqual([]);
      expect(await badgeText(browser.worker, tabId)).toBe('');
      // The empty state says what was compared, against what, and how to widen it.
      await expect.poll(async () => {
        await popup.reload();
        return (await popup.locator('.cl-state').first().textContent()) ?? '';
      }).toMatch(/checked against 5 bundled articles .*none found elsewhere.*reading memory in Options/u);
      await screenshot(popup, '16-popup-none-carried');
      await popup.close();
      await page.close();
    });
  });

  it('counts nothing on a page dated months after the seeds, and lists them under "said before"', async () => {
    const page = await visit('/real/august');
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await openPopupWhenRead(browser.context, browser.extensionId, tabId);
    expect(await popupItem(popup, 'a good day in talks').textContent()).toMatch(/Said before: \d outlets?, (?:2[56] Apr 2025|Apr 2[56], 2025)/u);
    // The same speaker's stock phrase months later is another line (#20): not even "said before".
    expect(await popupItem(popup, 'very close to a deal').textContent()).not.toMatch(/Said before/u);
    expect(await markedTexts(page)).toEqual([]);
    expect(await badgeText(browser.worker, tabId)).toBe('');
    await popupItem(popup, 'a good day in talks').click();
    await popup.getByText('No other outlet on this occasion').waitFor();
    await popup.getByText(/^Said before: (?:2[56] Apr 2025|Apr 2[56], 2025)$/u).waitFor();
    expect(await popup.getByRole('list', { name: 'Said on another occasion' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await screenshot(popup, '12-popup-said-before');
    await popup.close();
    await page.close();
  });

  it('cannot be switched off by the page, and tells the page nothing of the extension', async () => {
    const page = await visit('/article/new');
    await until(() => markedTexts(page), (marked) => marked.length > 0);
    const before = await markedTexts(page);
    // What a page could do once it knows the id: re-dispatch WXT's "newer script started" event.
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      }
    }, browser.extensionId);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“Vladimir, STOP!” US President Donald Trump wrote on social media after the strike on Kyiv.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(() => markedTexts(page), { timeout: 15_000 }).toEqual(expect.arrayContaining([...before, 'Vladimir, STOP!']));
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(browser.extensionId))).toEqual([]);
    await page.close();
  });

  it('stays off on a site the reader switched off, and the popup says how to switch it on', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#sites').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Save sites' }).click();
    await options.getByText('Crossline stays off on 1 site.').waitFor();
    const page = await visit('/article/new');
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await expect.poll(async () => {
      await popup.reload();
      return popup.locator('.cl-state__title').first().textContent();
    }, { timeout: 10_000 }).toBe('Crossline is off on this site');
    expect(await popup.locator('.cl-state').first().textContent()).toContain('remove the site under “Sites where Crossline stays off”');
    expect(await markedTexts(page)).toEqual([]);
    await screenshot(popup, '17-popup-switched-off');
    await options.locator('#sites').fill('');
    await options.getByRole('button', { name: 'Save sites' }).click();
    await options.getByText('Crossline runs on every site.').waitFor();
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('shows nothing on a page with no article, and says so in the popup', async () => {
    const page = await visit('/front');
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await expect.poll(async () => {
      await popup.reload();
      return popup.locator('.cl-state__title').first().textContent();
    }, { timeout: 10_000 }).toBe('No article on this page');
    expect(await markedTexts(page)).toEqual([]);
    expect(await badgeText(browser.worker, tabId)).toBe('');
    expect(await page.locator('crossline-overlay').count()).toBe(0);
    await screenshot(popup, '07-popup-no-article');
    await popup.close();
    await page.close();
  });

  it('forgets a page once the tab moves on, even to a page it does not run on', async () => {
    const page = await visit('/article/new');
    await until(() => markedTexts(page), (marked) => marked.length > 0);
    const tabId = await tabIdOf(browser.worker, page);
    await expect.poll(() => badgeText(browser.worker, tabId)).not.toBe('');
    await page.goto('about:blank');
    await expect.poll(() => badgeText(browser.worker, tabId)).toBe('');
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.locator('.cl-state__title').first().textContent()).toBe('Crossline is not running on this page');
    await popup.close();
    await page.close();
  });

  it('rescans an article that arrives after load and grows on "read more"', async () => {
    const page = await visit('/late/003');
    await expect.poll(() => markedTexts(page), { timeout: 15_000 }).toContain('very close to a deal');
    const before = (await markedTexts(page)).length;
    await page.locator('#read-more').click();
    await expect.poll(async () => (await markedTexts(page)).length, { timeout: 15_000 }).toBeGreaterThan(before);
    expect(await markedTexts(page)).toContain('Vladimir, STOP!');
    await page.close();
  });

  it('handles a very long page and keeps it responsive', async () => {
    const page = await visit('/long');
    await expect.poll(() => markedTexts(page), { timeout: 30_000 }).not.toEqual([]);
    // The page still answers promptly: a click handler runs.
    const started = Date.now();
    await page.locator('#like').click();
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.locator('.cl-summary__counts').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('only its first part was scanned')]));
    await popup.close();
    await page.close();
  });

  it('adds a page to the reader’s own corpus, whose lines then count as another outlet’s', async () => {
    const page = await visit('/article/new');
    await until(() => markedTexts(page), (marked) => marked.length > 0);
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.getByText('+ Add this page to your corpus').click();
    await popup.getByText(/^Added\./u).waitFor();
    await popup.close();

    const seedPage = await visit('/article/004');
    await until(() => markedTexts(seedPage), (marked) => marked.length > 0);
    const seedTab = await tabIdOf(browser.worker, seedPage);
    const seedPopup = await openPopup(browser.context, browser.extensionId, seedTab);
    await popupItem(seedPopup, 'Most of the major points are agreed upon').click();
    expect(await comparisons(seedPopup)).toContainEqual(['Your article 1', 'verbatim']);
    await seedPopup.close();

    // Marks off in the options: the open page drops them without a reload.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText(/Your article|own-1/u).first().waitFor();
    await options.getByLabel(/Mark the lines other outlets carried/u).uncheck();
    await expect.poll(() => markedTexts(seedPage)).toEqual([]);
    await options.getByLabel(/Mark the lines other outlets carried/u).check();
    await options.getByRole('button', { name: /^Remove/u }).click();
    await options.getByText('No articles of your own yet.').waitFor();
    await options.close();
    await seedPage.close();
    await page.close();
  });

  it('remembers the articles read when reading memory is on, locally, and forgets them in one click', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Remember the articles I read').check();
    const first = await visit('/article/new');
    await until(() => markedTexts(first), (marked) => marked.length > 0);
    await options.reload();
    await options.getByText('1 article remembered', { exact: false }).waitFor();
    // Revisited, the remembered page is itself, not another outlet.
    await first.reload();
    await until(() => markedTexts(first), (marked) => marked.length > 0);
    const firstTab = await tabIdOf(browser.worker, first);
    const firstPopup = await openPopup(browser.context, browser.extensionId, firstTab);
    await popupItem(firstPopup, 'Most of the major points are agreed upon').click();
    expect((await comparisons(firstPopup)).map(([outlet]) => outlet).filter((o) => o.startsWith('Read '))).toEqual([]);
    await firstPopup.close();
    // Another report of the story now finds the line the remembered one carried.
    const second = await visit('/real/quoting');
    await until(() => markedTexts(second), (marked) => marked.length > 0);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.worker, second));
    await popupItem(popup, 'Most of the major points are agreed to').click();
    expect((await comparisons(popup)).map(([outlet]) => outlet)).toEqual(expect.arrayContaining([expect.stringMatching(/^Read \d{4}-\d\d-\d\d$/u)]));
    await popup.close();
    await options.getByLabel('Remember the articles I read').uncheck();
    await options.getByText('Forget all remembered articles').click();
    await options.getByText('No article remembered.').waitFor();
    await Promise.all([options.close(), first.close(), second.close()]);
  });

  it('raised no error on any page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('made no network request of its own in all of the above: only the test pages and its own files', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((url) => !/^(?:http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|data:|blob:)/u.test(url))).toEqual([]);
  });
});
