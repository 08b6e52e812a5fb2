/**
 * How the background asks the corpus engine (engine.ts). In Chrome the engine lives in a worker
 * of an offscreen document, which stays when Chrome stops the idle service worker: a page after
 * a pause does not wait for the index to load again, and matching never runs on the service
 * worker's thread. Where there is no offscreen API (Firefox, whose background page persists) the
 * background page starts the same worker itself; failing that, the engine runs in the background.
 */
import { browser } from 'wxt/browser';
import { answerEngine, type EngineProtocol } from '../engine';
import { startEngineWorker } from '../engine-relay';

type Request<K extends keyof EngineProtocol> = EngineProtocol[K]['request'];
type Response<K extends keyof EngineProtocol> = EngineProtocol[K]['response'];

/** chrome.offscreen, typed here: the polyfill's types predate it. */
interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
let ready: Promise<void> | null = null;

function ensureOffscreen(api: OffscreenApi): Promise<void> {
  ready ??= (async () => {
    if (await api.hasDocument?.()) return;
    await api
      .createDocument({
        url: 'offscreen.html',
        reasons: ['WORKERS'],
        justification: 'Runs the corpus matcher in a worker that keeps the loaded index between service worker restarts.',
      })
      // Two starts racing: the other one made it.
      .catch((error: unknown) => {
        if (!/single offscreen|only one|already/iu.test(String(error))) throw error;
      });
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Firefox: the engine's worker, started by the background page on first use. */
let localWorker: ((message: unknown) => Promise<unknown>) | null = null;

function askLocally(message: { type: keyof EngineProtocol; data: unknown }): Promise<unknown> {
  if (typeof Worker === 'undefined') return answerEngine(message);
  localWorker ??= startEngineWorker();
  return localWorker(message);
}

export async function askEngine<K extends keyof EngineProtocol>(type: K, data: Request<K>): Promise<Response<K>> {
  if (!offscreen) return (await askLocally({ type, data })) as Response<K>;
  await ensureOffscreen(offscreen);
  try {
    return (await browser.runtime.sendMessage({ type, data })) as Response<K>;
  } catch (error) {
    // The document was closed (or crashed) since: make it again, once.
    if (!/receiving end does not exist|could not establish connection/iu.test(String(error))) throw error;
    ready = null;
    await ensureOffscreen(offscreen);
    return (await browser.runtime.sendMessage({ type, data })) as Response<K>;
  }
}
