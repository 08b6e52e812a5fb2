import type { Match } from '../corpus/match';
import type { ItemKind } from '../corpus/types';
import { MatchComparison } from './MatchComparison';
import { itemWords, plural } from './labels';

export interface ItemDetailProps {
  title: string;
  text: string;
  kind: ItemKind | 'selection';
  speaker: string | null;
  sentence: string | null;
  matches: Match[];
  readerHref: (match: Match) => string;
  onBack?: () => void;
  onShowOnPage?: () => void;
}

/** Every outlet's wording of one line, side by side with this page's. */
export function ItemDetail({ title, text, kind, speaker, sentence, matches, readerHref, onBack, onShowOnPage }: ItemDetailProps) {
  return (
    <section class="cl-detail" aria-label={title}>
      <div class="cl-detail__bar">
        {onBack ? (
          <button type="button" class="cl-link-button" onClick={onBack}>
            ‹ All lines
          </button>
        ) : (
          <span />
        )}
        {onShowOnPage ? (
          <button type="button" class="cl-link-button" onClick={onShowOnPage}>
            Show on page
          </button>
        ) : null}
      </div>
      <div class="cl-detail__own" tabIndex={-1}>
        <div class="cl-side__label">
          {title}
          {speaker ? ` · ${speaker}` : ''}
        </div>
        <p class="cl-detail__text">{itemWords(kind, text)}</p>
        {sentence && sentence !== text ? <p class="cl-detail__sentence">{sentence}</p> : null}
      </div>
      <h2 class="cl-heading">{matches.length ? plural(matches.length, 'other outlet') : 'No other outlet carries this'}</h2>
      {matches.length === 0 ? (
        <p class="cl-empty">
          {kind === 'selection'
            ? 'None of the corpus articles has these words or states this. Try a longer or a shorter passage.'
            : 'This line appears in no other article of the corpus.'}
        </p>
      ) : (
        <div role="list">
          {matches.map((match) => (
            <div role="listitem" key={match.source}>
              <MatchComparison match={match} readerHref={readerHref(match)} oursLabel={title} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
