/**
 * The engine in a dedicated worker, and a function that asks it: used by Chrome's offscreen
 * document and by Firefox's background page, so that loading the index and matching never run on
 * the thread that answers the popup and the pages.
 */
import type { EngineCall, EngineReply } from './engine-worker';

export function startEngineWorker(): (message: unknown) => Promise<unknown> {
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<EngineReply>) => {
    const call = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) call?.resolve(data.value);
    else call?.reject(new Error(data.error));
  };
  return (message) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, message } satisfies EngineCall);
    });
  };
}
