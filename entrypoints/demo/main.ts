/**
 * The demo article runs the content script's own controller: marks, the card, the badge and the
 * popup work on it exactly as on a news site. Content scripts do not run on extension pages, so
 * the page starts the controller itself; it answers no tab messages (an extension page would
 * hear every extension message, and some share their names).
 */
import cardCss from '../../components/crossline.css?inline';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { isPageSelectionRequest } from '../../extension/messages';
import { PageController } from '../../page/controller';
import { PageProofContext } from '../../page/page-proof-context';

// The banner is the extension's words; the article below it is the demo's content.
document.querySelector('.demo-bar')!.textContent = t('demoBar');
// The card's styles come inline: WXT loads a content script's stylesheet by its entry point's name, and this page is not one.
void new PageController(new PageProofContext('demo', {}), document, { answerTabMessages: false, uiCss: cardCss.replaceAll(':root', ':host') }).start();

// The keyboard shortcut asks a tab's content script for the selection; here this page answers, for its own tab only.
void browser.tabs.getCurrent().then((tab) => {
  browser.runtime.onMessage.addListener(((message: unknown) =>
    isPageSelectionRequest(message, tab?.id) ? Promise.resolve(document.getSelection()?.toString() ?? '') : undefined) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
});
