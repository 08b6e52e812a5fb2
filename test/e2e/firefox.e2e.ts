import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './browser';
import { FIREFOX_EXTENSION_DIR, FirefoxBidi } from './firefox';
import { startServer, type TestServer } from './server';

/** The lines marked on the page: the highlight registry, or the wrapper elements where it is missing. */
const MARKED = `(() => {
  const highlight = globalThis.CSS && CSS.highlights && CSS.highlights.get('crossline-carried');
  if (highlight) return [...highlight].map((r) => r.toString());
  return [...document.querySelectorAll('crossline-mark')].map((m) => m.textContent);
})()`;

describe('Crossline in Firefox (firefox-esr, WebDriver BiDi)', () => {
  let firefox: FirefoxBidi;
  let server: TestServer;

  beforeAll(async () => {
    [firefox, server] = await Promise.all([FirefoxBidi.launch(), startServer()]);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the built extension and marks the carried lines on a served seed page', async () => {
    const id = await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    expect(id).toBe('crossline@crossline.example');
    const context = await firefox.firstContext();
    await firefox.navigate(context, server.url('/article/new'));
    let marked: string[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      marked = await firefox.evaluate<string[]>(context, MARKED);
      if (marked.length >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(marked).toEqual(expect.arrayContaining(['Most of the major points are agreed upon', 'very close to a deal']));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, '10-firefox-marks.png'), await firefox.screenshot(context));
  });
});
