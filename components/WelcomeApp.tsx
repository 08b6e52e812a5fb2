import type { ArticleMeta, CorpusSummary } from '../corpus/types';
import { describeCorpus, plural } from './labels';

export interface WelcomeAppProps {
  corpus: CorpusSummary | null;
  /** The bundled articles, to name what they report (their headlines, where they have one). */
  bundled: ArticleMeta[];
  readingMemory: boolean;
  demoHref: string;
  optionsHref: string;
}

/** Shown once on install, and from the popup and options: what Crossline does, against what, and a page to try it on. */
export function WelcomeApp({ corpus, bundled, readingMemory, demoHref, optionsHref }: WelcomeAppProps) {
  const headlines = bundled.map((a) => a.headline).filter((h): h is string => !!h);
  return (
    <main class="cl-report cl-welcome">
      <h1>Crossline</h1>
      <p class="cl-welcome__lead">
        Crossline finds the quotations and checkable claims in the news article you are reading. It looks them up in a corpus of other outlets’ articles that
        lives in your browser. It shows how each outlet worded the same line, which words differ, and whether the line was quoted verbatim, altered, shortened,
        reported without quote marks or paraphrased.
      </p>

      <section aria-labelledby="welcome-corpus">
        <h2 id="welcome-corpus">What it compares against</h2>
        <ul>
          <li>
            {corpus ? describeCorpus({ ...corpus, own: 0 }) : 'The bundled corpus'}, built into this copy of Crossline
            {headlines.length ? `, among them “${headlines[0]}”` : ''}. A page about anything else finds nothing there: that is the corpus, not the page.
          </li>
          <li>
            Your own corpus: {corpus ? plural(corpus.own, 'article') : 'the articles you add'}. Add pages from the popup, paste or import articles in{' '}
            <a href={optionsHref}>Options</a>. A newsroom can build Crossline with its own archive instead.
          </li>
          <li>
            Reading memory is <strong>{readingMemory ? 'on' : 'off'}</strong>
            {readingMemory
              ? ': each article you read joins your own corpus, in this browser only.'
              : '. Turned on in Options, each article you read joins your own corpus, so the next report of a story shows which lines the others carried.'}
          </li>
        </ul>
      </section>

      <section aria-labelledby="welcome-try">
        <h2 id="welcome-try">Try it</h2>
        <p>
          <a class="cl-welcome__try" href={demoHref}>
            Open the demo article
          </a>{' '}
          — a short report written for this demo, about the talks the bundled corpus covers. Lines other outlets carried are underlined: hover one or press Tab to
          reach the <em>lines carried elsewhere</em> button. Open the Crossline toolbar button for every line side by side, or select any sentence and choose{' '}
          <em>Compare with other outlets</em> (Alt+Shift+C).
        </p>
      </section>

      <section aria-labelledby="welcome-permissions">
        <h2 id="welcome-permissions">What Crossline may do, in plain words</h2>
        <ul>
          <li>Read the text of the http and https pages you open, to find an article in them. The text goes to Crossline’s own background, never to any server.</li>
          <li>Keep its settings and each tab’s result in the browser’s storage, and your own corpus in the browser’s database.</li>
          <li>Add <em>Compare with other outlets</em> to the menu when you select text.</li>
          <li>Open its results in the browser’s side panel.</li>
          <li>In Chrome, keep a hidden page running that holds the corpus, so that checking a page never waits for it to load again.</li>
        </ul>
        <p>Crossline makes no network request: everything it compares ships inside it or stays in your browser.</p>
      </section>
    </main>
  );
}
