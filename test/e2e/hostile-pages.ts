/**
 * Hostile and huge pages for the browser tests (#12): a 1 MB article, 5,000 quotes, marks left
 * open by the thousand, quote marks nested thousands deep, markup nested 2,500 deep (5,000 crash Chromium's own renderer, extension or not), a page that
 * rewrites itself every 50 ms, and one that overrides the globals an extension might lean on.
 * Every page counts its own timer ticks (window.__ticks), so the tests can tell its scripts ran.
 */
import { articleBody, frame, paragraphsOf, seed } from './pages';

const TICKS = `window.__ticks = 0; setInterval(() => window.__ticks++, 20);`;

function huge(): string {
  const paragraphs = paragraphsOf(seed('004'));
  const copies = Math.ceil(1_000_000 / paragraphs.join('\n').length);
  return frame('A 1 MB article', articleBody('A 1 MB article', Array.from({ length: copies }, () => paragraphs).flat()), TICKS);
}

function manyQuotes(): string {
  const paragraphs = Array.from({ length: 500 }, (_, p) =>
    Array.from({ length: 10 }, (_, q) => `Witness ${p * 10 + q} said: “I saw the ${q}th thing on day ${p}.”`).join(' '),
  );
  return frame('5,000 quotes', articleBody('5,000 quotes', paragraphs), TICKS);
}

function unclosed(): string {
  const paragraphs = Array.from({ length: 200 }, () => `${'“a '.repeat(50)}${'x" '.repeat(50)} and the talks went on, officials said.`);
  return frame('Unclosed marks', articleBody('Unclosed marks', paragraphs), TICKS);
}

function nestedMarks(): string {
  const paragraphs = [`${'“‘«'.repeat(2700)} deep ${'»’”'.repeat(2700)}`, ...paragraphsOf(seed('004')).slice(0, 4)];
  return frame('Nested marks', articleBody('Nested marks', paragraphs), TICKS);
}

/** The article sits at the bottom of 2,500 nested elements, built by the page's script. */
function deepMarkup(): string {
  const paragraphs = paragraphsOf(seed('004'));
  const script = `${TICKS}
    window.addEventListener('DOMContentLoaded', () => {
      let parent = document.querySelector('main');
      for (let i = 0; i < 2500; i++) { const div = document.createElement('div'); parent.appendChild(div); parent = div; }
      const article = document.createElement('article');
      const h1 = document.createElement('h1'); h1.textContent = 'Deep markup'; article.appendChild(h1);
      for (const t of ${JSON.stringify(paragraphs)}) { const p = document.createElement('p'); p.textContent = t; article.appendChild(p); }
      parent.appendChild(article);
    });`;
  return frame('Deep markup', '<div class="layout"><main></main></div>', script);
}

/** Rewrites a word of its article every 50 ms for 10 seconds. */
function mutating(): string {
  const script = `${TICKS}
    window.addEventListener('load', () => {
      const started = Date.now();
      const timer = setInterval(() => {
        const p = document.querySelector('article p:last-of-type');
        if (p) p.textContent = 'Update at ' + (Date.now() - started) + ' ms: the talks went on.';
        if (Date.now() - started > 10000) clearInterval(timer);
      }, 50);
    });`;
  return frame('A page that rewrites itself', articleBody('A page that rewrites itself', [...paragraphsOf(seed('004')), 'Update: none yet.']), script);
}

/** Overrides globals an extension might use, and listens for anything Crossline might throw into it. */
function overrides(): string {
  const script = `${TICKS}
    Array.prototype.map = function () { throw new Error('page says no map'); };
    Node.prototype.appendChild = (function (original) { return function (child) { window.__appends = (window.__appends || 0) + 1; return original.call(this, child); }; })(Node.prototype.appendChild);
    JSON.parse = function () { throw new Error('page says no JSON'); };
    window.postMessage({ type: 'page-scanned', data: { url: 'x', text: 'forged' } }, '*');
    document.dispatchEvent(new CustomEvent('crossline:page-scanned', { detail: { text: 'forged' } }));`;
  return frame('Overridden globals', articleBody('Trump says Russia and Ukraine “very close to a deal”', paragraphsOf(seed('004'))), script);
}

export const HOSTILE_PAGES: Record<string, () => string> = {
  huge,
  'many-quotes': manyQuotes,
  unclosed,
  'nested-marks': nestedMarks,
  'deep-markup': deepMarkup,
  mutating,
  overrides,
};
