import type { Carried } from '../corpus/carried';
import type { Match } from '../corpus/match';
import type { ItemKind } from '../corpus/types';
import { MatchComparison } from './MatchComparison';
import { t, tn, uiLocale } from './i18n';
import { day, itemWords } from './labels';

export interface ItemDetailProps {
  title: string;
  text: string;
  kind: ItemKind | 'selection';
  speaker: string | null;
  sentence: string | null;
  matches: Match[];
  /** What all the matches came to, where the view kept only the best of them (see corpus/carried.ts). */
  carried?: Carried;
  /** The same words reported on another occasion (see dates.ts), listed apart. */
  earlier?: Match[];
  firstReported?: string | null;
  readerHref: (match: Match) => string;
  onBack?: () => void;
  onShowOnPage?: () => void;
}

/** Every outlet's wording of one line, side by side with this page's. */
export function ItemDetail({ title, text, kind, speaker, sentence, matches, carried, earlier = [], firstReported = null, readerHref, onBack, onShowOnPage }: ItemDetailProps) {
  const outlets = carried?.outlets ?? matches.length;
  const firstDate = earlier.map((m) => m.date).filter((d): d is string => d !== null).sort()[0];
  return (
    <section class="cl-detail" aria-label={title}>
      <div class="cl-detail__bar">
        {onBack ? (
          <button type="button" class="cl-link-button" onClick={onBack}>
            {t('allLines')}
          </button>
        ) : (
          <span />
        )}
        {onShowOnPage ? (
          <button type="button" class="cl-link-button" onClick={onShowOnPage}>
            {t('showOnPage')}
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
      {firstReported ? <p class="cl-notice">{t('firstReportedOn', day(firstReported))}</p> : null}
      <h2 class="cl-heading">{matches.length ? tn('otherOutlets', outlets) : earlier.length ? t('noOtherOnOccasion') : t('noOtherCarries')}</h2>
      {outlets > matches.length ? <p class="cl-notice">{t('closestShown', matches.length.toLocaleString(uiLocale()))}</p> : null}
      {matches.length === 0 ? (
        <p class="cl-empty">
          {kind === 'selection'
            ? t('selectionNone')
            : earlier.length
              ? t('earlierBelow')
              : t('lineAlone')}
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
          <h2 class="cl-heading">{t('saidBefore', firstDate ? day(firstDate) : t('anotherOccasion'))}</h2>
          <p class="cl-empty">{t('saidBeforeHelp')}</p>
          <div role="list" aria-label={t('saidOnAnother')}>
            {earlier.map((match) => (
              <div role="listitem" key={match.source}>
                <p class="cl-side__label">{match.date ? (match.dateFrom === 'story' ? t('storyDate', day(match.date)) : day(match.date)) : t('undated')}</p>
                <MatchComparison match={match} readerHref={readerHref(match)} oursLabel={title} />
              </div>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
