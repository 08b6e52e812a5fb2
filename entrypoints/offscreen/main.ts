/**
 * Chrome's offscreen document: it outlives the service worker, so the corpus loaded in its
 * engine worker stays loaded when Chrome stops an idle service worker. It only relays the
 * background's engine messages to that worker and back.
 */
import { browser } from 'wxt/browser';
import { isEngineMessage } from '../../extension/engine';
import { startEngineWorker } from '../../extension/engine-relay';

const relay = startEngineWorker();

browser.runtime.onMessage.addListener(((message: unknown) => (isEngineMessage(message) ? relay(message) : undefined)) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
// Load the corpus now: the first page should not wait for it.
void relay({ type: 'engine-warm', data: {} }).catch(() => undefined);
