import { useEffect, useRef } from 'preact/hooks';
import { webUrl } from '../corpus/metadata';
import { splitParagraphs } from '../corpus/sentences';
import type { IndexedArticle } from '../corpus/types';
import { t } from './i18n';
import { day } from './labels';
import { StateMessage } from './StateMessage';

export interface ReaderAppProps {
  article: IndexedArticle | null;
  error: string | null;
  /** The matched line to highlight and scroll to. */
  line: { start: number; end: number } | null;
}

/** A corpus article in full, with its outlet, headline and date as known, and the matched line marked. */
export function ReaderApp({ article, error, line }: ReaderAppProps) {
  const marked = useRef<HTMLElement>(null);
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center' });
    marked.current?.focus();
  }, [article, line]);
  if (error) return <StateMessage title={t('readerError')}>{error}</StateMessage>;
  if (!article) return <StateMessage title={t('loading')} />;

  const valid = line && line.start >= 0 && line.end <= article.text.length && line.start < line.end ? line : null;
  const facts = [
    article.outlet ? t('factOutlet', article.outlet) : t('factNoOutlet'),
    article.headline ? null : t('factNoHeadline'),
    article.date ? (article.dateFrom === 'story' ? t('factStoryDate', day(article.date), article.dateVia ?? '') : t('factDate', day(article.date))) : null,
    article.byline ? t('factByline', article.byline) : null,
    t('factId', article.id),
  ].filter(Boolean);
  let firstMark = true;
  return (
    <main class="cl-reader">
      <header class="cl-reader__head">
        <p class="cl-reader__label">{article.label}</p>
        <h1 class="cl-reader__headline">{article.headline ?? (article.gist ? `“${article.gist}”` : article.label)}</h1>
        <p class="cl-reader__facts">{facts.join(' · ')}</p>
        {article.url ? (
          <p>
            {webUrl(article.url) ? (
              <a href={webUrl(article.url)!} target="_blank" rel="noreferrer">
                {article.url}
              </a>
            ) : (
              <span class="cl-reader__url">{article.url}</span>
            )}
          </p>
        ) : null}
      </header>
      <article class="cl-reader__text">
        {splitParagraphs(article.text).map((p) => {
          const from = valid ? Math.max(p.start, valid.start) : 0;
          const to = valid ? Math.min(p.end, valid.end) : 0;
          if (!valid || from >= to) return <p key={p.start}>{article.text.slice(p.start, p.end)}</p>;
          const isFirst = firstMark;
          firstMark = false;
          return (
            <p key={p.start}>
              {article.text.slice(p.start, from)}
              <mark ref={isFirst ? marked : undefined} tabIndex={isFirst ? -1 : undefined} class="cl-reader__line" aria-label={isFirst ? t('matchedLine') : undefined}>
                {article.text.slice(from, to)}
              </mark>
              {article.text.slice(to, p.end)}
            </p>
          );
        })}
      </article>
    </main>
  );
}
