import '../../components/crossline.css';
import type { IsolatedWorldContentScriptDefinition } from 'wxt';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../page/controller';
import { PageProofContext } from '../../page/page-proof-context';

const options: Omit<IsolatedWorldContentScriptDefinition, 'main'> = {
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // The page must not learn the extension id from a start-up announcement.
  noScriptStartedPostMessage: true,
};

// On every http(s) page; the controller decides in a few milliseconds whether there is an
// article at all, and does nothing more where there is none.
export default defineContentScript({
  ...options,
  async main() {
    try {
      // WXT's own context (the argument to main) could be stopped by the page; this one cannot.
      await new PageController(new PageProofContext('content', options)).start();
    } catch (error) {
      console.debug('Crossline: not started on this page', error);
    }
  },
});
