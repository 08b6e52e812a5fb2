import { useEffect, useRef } from 'preact/hooks';
import type { IndexedArticle } from '../corpus/types';
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
  if (error) return <StateMessage title="This article could not be opened">{error}</StateMessage>;
  if (!article) return <StateMessage title="Loading…" />;

  const valid = line && line.start >= 0 && line.end <= article.text.length && line.start < line.end ? line : null;
  const before = valid ? article.text.slice(0, valid.start) : article.text;
  const lineText = valid ? article.text.slice(valid.start, valid.end) : '';
  const after = valid ? article.text.slice(valid.end) : '';
  const facts = [
    article.outlet ? `Outlet: ${article.outlet}` : 'Outlet not stated in the text',
    article.date ? `Date: ${article.date}` : null,
    article.byline ? `By ${article.byline}` : null,
    `Corpus id ${article.id}`,
  ].filter(Boolean);
  return (
    <main class="cl-reader">
      <header class="cl-reader__head">
        <p class="cl-reader__label">{article.label}</p>
        <h1 class="cl-reader__headline">{article.headline ?? 'Untitled article'}</h1>
        <p class="cl-reader__facts">{facts.join(' · ')}</p>
        {article.url ? (
          <p>
            <a href={article.url} target="_blank" rel="noreferrer">
              {article.url}
            </a>
          </p>
        ) : null}
      </header>
      <article class="cl-reader__text">
        {before}
        {valid ? (
          <mark ref={marked} tabIndex={-1} class="cl-reader__line" aria-label="The matched line">
            {lineText}
          </mark>
        ) : null}
        {after}
      </article>
    </main>
  );
}
