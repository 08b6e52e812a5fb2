/**
 * The content script's lifetime, kept out of the page's hands. WXT's context stops when a newer
 * copy of the script announces itself with a DOM event on `document`, an event any page script
 * can dispatch too (and, by default, it also posts the announcement, with the extension id, to the
 * page). This context announces nothing to the page and ignores such events: it ends only when the
 * extension itself is gone (reloaded, updated or removed), which it checks every few seconds.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const ALIVE_CHECK_MS = 5_000;

export class PageProofContext extends ContentScriptContext {
  /** `options` are the content script's own (WXT's UI helpers read cssInjectionMode from them). */
  constructor(name: string, options: ConstructorParameters<typeof ContentScriptContext>[1]) {
    super(name, { ...options, noScriptStartedPostMessage: true });
    // `isValid` notices a dead extension runtime and invalidates the context (and so every listener).
    this.setInterval(() => undefined, ALIVE_CHECK_MS);
  }

  override listenForNewerScripts(): void {
    // Deliberately nothing: see above.
  }
}
