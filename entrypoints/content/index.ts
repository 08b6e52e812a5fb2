import '../../components/crossline.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../../page/controller';

// On every http(s) page; the controller decides in a few milliseconds whether there is an
// article at all, and does nothing more where there is none.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      await new PageController(ctx).start();
    } catch (error) {
      console.debug('Crossline: not started on this page', error);
    }
  },
});
