import type { ArticleMeta, CorpusSummary } from '../corpus/types';
import { t, tn } from './i18n';
import { describeCorpus } from './labels';
import { Linked } from './Linked';

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
  const headline = bundled.map((a) => a.headline).find((h): h is string => !!h);
  const bundledWords = corpus ? describeCorpus({ ...corpus, own: 0 }) : tn('corpusBundled', bundled.length);
  return (
    <main class="cl-report cl-welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="cl-welcome__lead">{t('welcomeLead')}</p>

      <section aria-labelledby="welcome-corpus">
        <h2 id="welcome-corpus">{t('welcomeCorpusHeading')}</h2>
        <ul>
          <li>{headline ? t('welcomeBundledHeadline', bundledWords, headline) : t('welcomeBundled', bundledWords)}</li>
          <li>
            <Linked text={t('welcomeOwn', tn('articles', corpus?.own ?? 0))} href={optionsHref} />
          </li>
          <li>{readingMemory ? t('welcomeMemoryOn') : t('welcomeMemoryOff')}</li>
        </ul>
      </section>

      <section aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcomeTryHeading')}</h2>
        <p>
          <Linked text={t('welcomeTry')} href={demoHref} />
        </p>
      </section>

      <section aria-labelledby="welcome-permissions">
        <h2 id="welcome-permissions">{t('welcomePermissionsHeading')}</h2>
        <ul>
          <li>{t('welcomePermRead')}</li>
          <li>{t('welcomePermStorage')}</li>
          <li>{t('welcomePermMenu')}</li>
          <li>{t('welcomePermPanel')}</li>
          <li>{t('welcomePermOffscreen')}</li>
        </ul>
        <p>{t('welcomeNoNetwork')}</p>
      </section>
    </main>
  );
}
