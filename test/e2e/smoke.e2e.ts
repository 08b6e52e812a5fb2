import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type ExtensionBrowser } from './browser';

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('loads, with a service worker and a popup page', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/u);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.textContent('body')).toContain('Crossline');
    await screenshot(page, '00-popup-smoke');
  });
});
