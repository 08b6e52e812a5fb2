/**
 * The engine in a dedicated worker (started by the offscreen document): loading the index and
 * matching run here, so neither the service worker nor any page ever waits on them.
 */
import { answerEngine, isEngineMessage } from './engine';

export interface EngineCall {
  id: number;
  message: unknown;
}
export type EngineReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<EngineCall>) => void) | null; postMessage(reply: EngineReply): void };

scope.onmessage = async ({ data: { id, message } }) => {
  if (!isEngineMessage(message)) {
    scope.postMessage({ id, ok: false, error: 'Not an engine message.' });
    return;
  }
  try {
    scope.postMessage({ id, ok: true, value: await answerEngine(message) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
