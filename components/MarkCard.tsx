import type { AnalyzedItem } from '../corpus/check';
import { carriedBy } from '../corpus/carried';
import { sourceNote } from '../corpus/metadata';
import { isOwnSource } from '../corpus/own-id';
import { DiffText } from './DiffText';
import { t, tn } from './i18n';
import { day } from './labels';
import { RelationBadge } from './RelationBadge';

export interface MarkCardProps {
  item: AnalyzedItem;
  position: number;
  total: number;
  onClose: () => void;
  onStep: (delta: number) => void;
}

/** The small card shown on a marked line: how many outlets carried it, and the closest other wording. */
export function MarkCard({ item, position, total, onClose, onStep }: MarkCardProps) {
  const { outlets, wordings, own } = carriedBy(item);
  // The card lives in the page, so it shows wording only from the bundled corpus: the reader's own
  // articles (a newsroom's unpublished copy) are counted here and shown only in extension pages.
  const shown = item.matches.filter((m) => !isOwnSource(m.source));
  // The closest wording that differs says most; a verbatim one where all agree.
  const closest = shown.find((m) => m.relation !== 'verbatim') ?? shown[0];
  return (
    <div
      class="cl-card"
      role="dialog"
      aria-label={t('cardLabel')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="cl-card__head">
        <strong>
          {tn('otherOutlets', outlets)} · {wordings > 1 ? tn('wordings', wordings) : t('sameWording')}
        </strong>
        <button type="button" class="cl-icon-button" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {closest ? (
        <>
          <p class="cl-card__who">
            {closest.label} <RelationBadge relation={closest.relation} />
            {sourceNote(closest, day) ? <span class="cl-card__note"> {sourceNote(closest, day)}</span> : null}
            {closest.speakerAgrees === false ? <span class="cl-flag"> · {t('saidBy', closest.speaker ?? '')}</span> : null}
          </p>
          <blockquote class="cl-card__text">
            <DiffText parts={closest.diff} side="theirs" />
          </blockquote>
        </>
      ) : null}
      {item.firstReported ? <p class="cl-card__who">{t('firstReported', day(item.firstReported))}</p> : null}
      {own ? <p class="cl-card__who">{own === outlets ? t('ownAll') : tn('ownMore', own)}: {t('ownNotShown')}</p> : null}
      <div class="cl-card__nav">
        <button type="button" onClick={() => onStep(-1)} aria-label={t('previousLine')}>
          {t('prev')}
        </button>
        <span>{t('positionOf', position, total)}</span>
        <button type="button" onClick={() => onStep(1)} aria-label={t('nextLine')}>
          {t('next')}
        </button>
      </div>
      <p class="cl-card__hint">{t('cardHint')}</p>
    </div>
  );
}
