/**
 * Chrome's offscreen document: it outlives the service worker, so the corpus loaded in its
 * engine worker stays loaded when Chrome stops an idle service worker. It only relays the
 * background's engine messages to that worker and back.
 */
import { browser } from 'wxt/browser';
import { isEngineMessage } from '../../extension/engine';
import type { EngineCall, EngineReply } from '../../extension/engine-worker';

const worker = new Worker(new URL('../../extension/engine-worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextId = 0;

worker.onmessage = ({ data }: MessageEvent<EngineReply>) => {
  const call = pending.get(data.id);
  pending.delete(data.id);
  if (data.ok) call?.resolve(data.value);
  else call?.reject(new Error(data.error));
};

function relay(message: unknown): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, message } satisfies EngineCall);
  });
}

browser.runtime.onMessage.addListener(((message: unknown) => (isEngineMessage(message) ? relay(message) : undefined)) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
// Load the corpus now: the first page should not wait for it.
void relay({ type: 'engine-warm', data: {} }).catch(() => undefined);
