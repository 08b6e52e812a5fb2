/** The built extension loaded in Debian's Chromium through playwright-core (no downloaded browser). */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'output', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension, freshly installed. Installing opens the welcome page in a tab
 * of its own; unless `keepWelcome`, it is closed before the test starts, so it never takes the
 * focus from a page the test is driving.
 */
export async function launchExtension(extensionDir = EXTENSION_DIR, { keepWelcome = false } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');
  const profile = mkdtempSync(join(tmpdir(), 'crossline-profile-'));
  // Extensions load only in Chromium's new headless mode, which playwright starts when told
  // headless: false plus --headless=new. The networking flags keep Chromium off the closed network.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (!keepWelcome) {
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => null));
    await welcome?.close();
  }
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}
