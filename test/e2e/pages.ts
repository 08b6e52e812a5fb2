/**
 * Realistic news pages made from the seed articles, for the browser tests: site header,
 * navigation, ads, share buttons, a related-links box, comments and a footer around the
 * article, with links and <em> inside quotes. The site is a neutral test fixture: the pages
 * name no outlet the seed texts do not name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

export function seed(id: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** Adds inline markup inside quotes and elsewhere, as real pages have. */
function enrich(paragraph: string): string {
  return escape(paragraph)
    .replace('agreed upon', '<em>agreed upon</em>')
    .replace('very close to a deal', '<a href="/topic/deal">very close</a> to a deal')
    .replace('Truth Social', '<a href="/topic/truth-social">Truth Social</a>');
}

/** Script a page runs on its own: records errors and where its elements sit, to prove Crossline leaves them be. */
const PAGE_SCRIPT = `
  window.__pageErrors = [];
  window.__messages = [];
  window.addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));
  window.addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));
  window.__clicks = 0;
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('like')?.addEventListener('click', () => { window.__clicks++; });
  });
  window.__layout = () => [...document.querySelectorAll('header, nav, .ad-slot, article p, aside, footer')]
    .map((el) => { const r = el.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top + scrollY), Math.round(r.width), Math.round(r.height)]; });
`;

export function frame(title: string, body: string, extraScript = '', extraHead = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${extraHead}
<style>
  body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; }
  header.site { background: #102a43; color: #fff; padding: 14px 24px; font: 700 22px system-ui; }
  nav.main a { margin-right: 14px; color: #102a43; }
  nav.main { padding: 8px 24px; border-bottom: 1px solid #ddd; font: 14px system-ui; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 32px; padding: 24px; }
  .ad-slot { background: #f1f1f1; color: #888; text-align: center; padding: 30px 0; font: 12px system-ui; margin: 16px 0; }
  .share-bar button { margin-right: 6px; }
  aside.related { font: 14px system-ui; border-left: 3px solid #ddd; padding-left: 12px; }
  footer { padding: 24px; background: #eee; font: 13px system-ui; }
</style>
<script>${PAGE_SCRIPT}${extraScript}</script></head>
<body>
<header class="site">News site (test fixture)</header>
<nav class="main"><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/opinion">Opinion</a></nav>
${body}
<footer><p>Test fixture for Crossline's browser tests. <a href="/about">About</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>`;
}

function sidebar(): string {
  return `<aside class="related"><h3>Related</h3>
  <p>Earlier: leaders said a deal was “very close to a deal” in another story entirely, years ago.</p>
  <ul><li><a href="/a">Markets rally on trade hopes</a></li><li><a href="/b">Weather warnings across the region</a></li></ul>
  <div class="ad-slot">Advertisement</div></aside>`;
}

export function articleBody(headline: string, paragraphs: string[]): string {
  const [first, ...rest] = paragraphs;
  return `<div class="layout"><main>
  <article>
    <h1>${escape(headline)}</h1>
    <div class="share-bar"><button>Share</button><button>Post</button><button id="like">Like</button></div>
    ${first ? `<p>${enrich(first)}</p>` : ''}
    <div class="ad-slot">Advertisement</div>
    ${rest.map((p) => `<p>${enrich(p)}</p>`).join('\n    ')}
  </article>
  <section class="comments" id="comments"><h3>Comments</h3>
    <p>Reader: “Most of the major points are agreed to” is what they always say before nothing happens.</p>
  </section>
  </main>${sidebar()}</div>`;
}

export const paragraphsOf = (text: string): string[] => text.split('\n').map((p) => p.trim()).filter(Boolean);

/** A seed article as a news page. */
export function seedPage(id: string): string {
  const text = seed(id);
  const paragraphs = paragraphsOf(text);
  const headline = id === '002' ? paragraphs.shift()! : 'Trump says Russia and Ukraine “very close to a deal”';
  return frame(headline, articleBody(headline, paragraphs));
}

/**
 * An article no corpus article is: its own words, with two quotes other outlets carried
 * (one altered: "agreed upon") and one quote no other outlet has.
 */
export const NEW_ARTICLE_PARAGRAPHS = [
  'Diplomats in several capitals spent Saturday weighing what the weekend talks in Moscow might mean for the months ahead, as officials on all sides kept their public comments brief.',
  'Writing on his platform, US President Donald Trump said: “Most of the major points are agreed upon,” and repeated that Russia and Ukraine were “very close to a deal.”',
  'A spokesperson for a European foreign ministry told this site that “nobody in Brussels has seen a final text yet,” adding that consultations would continue next week.',
  'Analysts cautioned that similar optimism had faded before, and that the hardest questions about territory and guarantees remain open.',
];

export function newArticlePage(): string {
  return frame('What the Moscow talks mean', articleBody('What the Moscow talks mean', NEW_ARTICLE_PARAGRAPHS));
}

/**
 * Real-world quoting (written for the tests): a quote opened with a curly mark and closed with a
 * straight one, and a line of reported speech that other outlets quoted.
 */
export const REAL_QUOTING_PARAGRAPHS = [
  'Envoys and officials spent the weekend trying to read the signals from Moscow, where the latest round of talks ended late on Friday without a joint statement from either side.',
  'US President Donald Trump said on Friday that Russia and Ukraine were very close to a deal, after his envoy Steve Witkoff spent three hours with Vladimir Putin.',
  'Trump later added on Truth Social: “Most of the major points are agreed to" and urged the two sides to meet.',
  'Diplomats in Kyiv said they had seen no text of any agreement and would wait for details before commenting further on what had been agreed.',
];

export function realQuotingPage(): string {
  return frame('Moscow talks: what was said', articleBody('Moscow talks: what was said', REAL_QUOTING_PARAGRAPHS));
}

/** A wire brief of about sixty words on a page that marks itself as an article (og:type). */
export const BRIEF_PARAGRAPHS = [
  'KYIV (Wire) — After a Russian missile strike on Kyiv that killed 12 people, US President Donald Trump wrote on social media: “Vladimir, STOP!”',
  'The message came a day before his envoy, Steve Witkoff, met Vladimir Putin in Moscow. Trump also called for the peace deal to be completed.',
];

export function briefPage(): string {
  const page = frame('Trump to Putin: stop', `<div class="layout"><main><article><h2>Trump to Putin: stop</h2>${BRIEF_PARAGRAPHS.map((p) => `<p>${escape(p)}</p>`).join('')}</article></main></div>`);
  return page.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta property="og:type" content="article">');
}

/** A sport page whose manager uses a stock phrase the corpus also has ("very close to a deal"). */
export const SPORT_PARAGRAPHS = [
  'Harbour City are closing in on a new forward after a long week of talks with the Norwegian club that holds his registration, according to people close to the negotiations.',
  '“We are very close to a deal for the striker,” Harbour City manager Luis Ortega said on Friday, adding that a medical could take place early next week.',
  'Ortega said the club had been very close to a deal twice before last summer, and both times the numbers had moved at the last minute.',
];

/** A report from August 2025 (dated in its metadata) of later talks, with words the April seeds carried. */
export const AUGUST_PARAGRAPHS = [
  'Steve Witkoff was back in Moscow this week for a fresh round of talks with Vladimir Putin, months after his spring visits failed to produce a ceasefire.',
  'Kremlin aide Yuri Ushakov said on Thursday the latest meeting had been “constructive,” without giving details of what was agreed.',
  'Donald Trump again told reporters that the two sides were “very close to a deal,” a phrase he has used repeatedly since the spring.',
  'He wrote once more that it had been “a good day in talks and meetings with Russia and Ukraine.”',
];

export function augustPage(): string {
  const meta = '<meta property="article:published_time" content="2025-08-22T09:30:00+00:00"><meta property="og:type" content="article">';
  return frame('Witkoff back in Moscow', articleBody('Witkoff back in Moscow', AUGUST_PARAGRAPHS), '', meta);
}

export function sportPage(): string {
  return frame('Harbour City close in on striker', articleBody('Harbour City close in on striker', SPORT_PARAGRAPHS));
}

/** A front page: headlines and links, no article body. */
export function frontPage(): string {
  const items = Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i + 1} about the day's events</a> <small>2 min read</small></li>`).join('');
  return frame('Front page', `<div class="layout"><main><h1>Top stories</h1><ul>${items}</ul><form><input name="q" value="search “very close to a deal”"><button>Search</button></form></main>${sidebar()}</div>`);
}

/** An article whose body arrives after load, and whose rest comes with a "read more" button. */
export function latePage(id: string): string {
  const paragraphs = paragraphsOf(seed(id));
  const firstPart = paragraphs.slice(0, 3);
  const secondPart = paragraphs.slice(3);
  const script = `
    const FIRST = ${JSON.stringify(firstPart)};
    const SECOND = ${JSON.stringify(secondPart)};
    const para = (t) => { const p = document.createElement('p'); p.textContent = t; return p; };
    window.addEventListener('load', () => setTimeout(() => {
      const article = document.querySelector('article');
      for (const t of FIRST) article.appendChild(para(t));
      const more = document.createElement('button');
      more.id = 'read-more'; more.textContent = 'Read more';
      more.addEventListener('click', () => { for (const t of SECOND) article.appendChild(para(t)); more.remove(); });
      article.after(more);
    }, 400));
  `;
  return frame('Loading article', `<div class="layout"><main><article><h1>Moscow talks</h1></article></main>${sidebar()}</div>`, script);
}

/** A very long page: the seed's paragraphs many times over. */
export function longPage(id: string, copies = 150): string {
  const paragraphs = paragraphsOf(seed(id));
  const all = Array.from({ length: copies }, () => paragraphs).flat();
  return frame('A very long page', articleBody('A very long page', all));
}
