import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtension, screenshot, type ExtensionBrowser } from './browser';
import { FIREFOX_EXTENSION_DIR } from './firefox';

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

describe('the built manifests', () => {
  const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('ask only for what Crossline uses (the README says why each is there)', () => {
    // sidePanel is added by WXT for the side panel entrypoint.
    expect(manifest(EXTENSION_DIR).permissions).toEqual(['storage', 'contextMenus', 'offscreen', 'sidePanel']);
    expect(manifest(FIREFOX_EXTENSION_DIR).permissions).toEqual(['storage', 'contextMenus']);
    for (const dir of [EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
      const m = manifest(dir);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
    }
  });

  it('allow no inline or evaluated script, and no network but the extension’s own files', () => {
    const chromePolicy = (manifest(EXTENSION_DIR).content_security_policy as { extension_pages: string }).extension_pages;
    const firefoxPolicy = manifest(FIREFOX_EXTENSION_DIR).content_security_policy as string;
    for (const policy of [chromePolicy, firefoxPolicy]) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).not.toMatch(/unsafe-(?:inline|eval)|https?:|\*/u);
    }
  });
});
