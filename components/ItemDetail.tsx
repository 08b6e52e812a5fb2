import type { Match } from '../corpus/match';
import type { ItemKind } from '../corpus/types';
import { MatchComparison } from './MatchComparison';
import { day, itemWords, plural } from './labels';

export interface ItemDetailProps {
  title: string;
  text: string;
  kind: ItemKind | 'selection';
  speaker: string | null;
  sentence: string | null;
  matches: Match[];
  /** The same words reported on another occasion (see dates.ts), listed apart. */
  earlier?: Match[];
  firstReported?: string | null;
  readerHref: (match: Match) => string;
  onBack?: () => void;
  onShowOnPage?: () => void;
}

/** Every outlet's wording of one line, side by side with this page's. */
export function ItemDetail({ title, text, kind, speaker, sentence, matches, earlier = [], firstReported = null, readerHref, onBack, onShowOnPage }: ItemDetailProps) {
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
      {firstReported ? <p class="cl-notice">These words were first reported on {day(firstReported)}.</p> : null}
      <h2 class="cl-heading">{matches.length ? plural(matches.length, 'other outlet') : earlier.length ? 'No other outlet on this occasion' : 'No other outlet carries this'}</h2>
      {matches.length === 0 ? (
        <p class="cl-empty">
          {kind === 'selection'
            ? 'None of the corpus articles has these words or states this. Try a longer or a shorter passage.'
            : earlier.length
              ? 'Other outlets reported these words on another occasion: see below.'
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
      {earlier.length ? (
        <>
          <h2 class="cl-heading">Said before: {day(earlier.map((m) => m.date ?? '').filter(Boolean).sort()[0] ?? '') || 'another occasion'}</h2>
          <p class="cl-empty">The same words on another occasion, more than a few days from this page's: not counted as carried.</p>
          <div role="list" aria-label="Said on another occasion">
            {earlier.map((match) => (
              <div role="listitem" key={match.source}>
                <p class="cl-side__label">{match.date ? `${day(match.date)}${match.dateFrom === 'story' ? ' · the date of its story (the article states none)' : ''}` : 'Undated'}</p>
                <MatchComparison match={match} readerHref={readerHref(match)} oursLabel={title} />
              </div>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
