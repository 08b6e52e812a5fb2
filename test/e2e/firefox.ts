/**
 * Debian's firefox-esr driven over WebDriver BiDi (Node 20's WebSocket, behind
 * --experimental-websocket): start it headless, install the built Firefox extension
 * as a temporary add-on, open pages and read them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

/** Keeps Firefox off the closed network and quiet. */
const PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export class FirefoxBidi {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; type: string; result?: Record<string, unknown>; error?: string; message?: string };
      if (message.id === undefined) return;
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') waiting?.reject(new Error(`${message.error}: ${message.message}`));
      else waiting?.resolve(message.result ?? {});
    });
  }

  static async launch(): Promise<FirefoxBidi> {
    if (typeof WebSocket === 'undefined') throw new Error('Run Node with --experimental-websocket for the Firefox test');
    const profile = mkdtempSync(join(tmpdir(), 'crossline-firefox-'));
    writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
    const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi:\n${seen.slice(-2000)}`)), 60_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/u.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${seen.slice(-2000)}`)));
    });
    const socket = new WebSocket(`${url.replace(/\/$/u, '')}/session`);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error('could not connect to Firefox')), { once: true });
    });
    const bidi = new FirefoxBidi(child, socket, profile);
    await bidi.send('session.new', { capabilities: {} });
    return bidi;
  }

  send(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async installExtension(path: string): Promise<string> {
    if (!existsSync(join(path, 'manifest.json'))) throw new Error(`Build the Firefox extension first: ${path}`);
    const result = await this.send('webExtension.install', { extensionData: { type: 'path', path } });
    return String(result.extension);
  }

  async firstContext(): Promise<string> {
    const tree = (await this.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
    return tree.contexts[0]!.context;
  }

  async navigate(context: string, url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
  }

  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = (await this.send('script.evaluate', { expression, target: { context }, awaitPromise: true })) as {
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script error');
    return deserialize(result.result) as T;
  }

  async screenshot(context: string): Promise<Buffer> {
    const { data } = (await this.send('browsingContext.captureScreenshot', { context })) as { data: string };
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.send('session.end', {}).catch(() => undefined);
    this.socket.close();
    this.process.kill();
    await new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(null);
      else this.process.once('exit', resolve);
    });
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** BiDi's remote values, for the few types the tests read. */
function deserialize(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as { type: string; value?: unknown };
  if (v.type === 'array') return (v.value as unknown[]).map(deserialize);
  if (v.type === 'null' || v.type === 'undefined') return null;
  return v.value;
}
