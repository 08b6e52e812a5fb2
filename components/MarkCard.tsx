import type { AnalyzedItem } from '../corpus/check';
import { formatDay } from '../corpus/dates';
import { sourceNote } from '../corpus/metadata';
import { isOwnSource } from '../corpus/own-id';
import { DiffText } from './DiffText';
import { plural, wordingCount } from './labels';
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
  const outlets = item.matches.length;
  const wordings = wordingCount(item.text, item.matches);
  // The card lives in the page, so it shows wording only from the bundled corpus: the reader's own
  // articles (a newsroom's unpublished copy) are counted here and shown only in extension pages.
  const shown = item.matches.filter((m) => !isOwnSource(m.source));
  const own = outlets - shown.length;
  // The closest wording that differs says most; a verbatim one where all agree.
  const closest = shown.find((m) => m.relation !== 'verbatim') ?? shown[0];
  return (
    <div
      class="cl-card"
      role="dialog"
      aria-label="Crossline: other outlets"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="cl-card__head">
        <strong>
          {plural(outlets, 'other outlet')}
          {wordings > 1 ? ` · ${plural(wordings, 'wording')}` : ' · same wording'}
        </strong>
        <button type="button" class="cl-icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {closest ? (
        <>
          <p class="cl-card__who">
            {closest.label} <RelationBadge relation={closest.relation} />
            {sourceNote(closest) ? <span class="cl-card__note"> {sourceNote(closest)}</span> : null}
            {closest.speakerAgrees === false ? <span class="cl-flag"> · said by {closest.speaker}</span> : null}
          </p>
          <blockquote class="cl-card__text">
            <DiffText parts={closest.diff} side="theirs" />
          </blockquote>
        </>
      ) : null}
      {item.firstReported ? <p class="cl-card__who">First reported {formatDay(item.firstReported)}.</p> : null}
      {own ? <p class="cl-card__who">{own === outlets ? 'All in your own corpus' : `${plural(own, 'more in your own corpus', 'more in your own corpus')}`}: their wording shows in the Crossline window, not on the page.</p> : null}
      <div class="cl-card__nav">
        <button type="button" onClick={() => onStep(-1)} aria-label="Previous marked line">
          ‹ Prev
        </button>
        <span>
          {position} of {total}
        </span>
        <button type="button" onClick={() => onStep(1)} aria-label="Next marked line">
          Next ›
        </button>
      </div>
      <p class="cl-card__hint">Open the Crossline button for every outlet's wording side by side.</p>
    </div>
  );
}
