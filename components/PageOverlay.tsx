import type { AnalyzedItem } from '../corpus/check';
import { t, tn } from './i18n';
import { MarkCard } from './MarkCard';

export interface PageOverlayProps {
  /** The marked lines, in page order. */
  items: AnalyzedItem[];
  /** Index into `items` of the line whose card is open. */
  active: number | null;
  /** Where the card goes (viewport px): below the line. */
  anchor: { left: number; top: number } | null;
  onStep: (delta: number) => void;
  onCloseCard: () => void;
  onDismiss: () => void;
  onCardHover: (inside: boolean) => void;
}

const CARD_WIDTH = 340;

/** On-page UI, inside a shadow root: a small pill to step through the marks, and the card. */
export function PageOverlay({ items, active, anchor, onStep, onCloseCard, onDismiss, onCardHover }: PageOverlayProps) {
  if (items.length === 0) return null;
  const item = active === null ? null : items[active];
  const left = anchor ? Math.max(8, Math.min(anchor.left, window.innerWidth - CARD_WIDTH - 8)) : 0;
  return (
    <>
      {item && anchor ? (
        <div
          class="cl-card-holder"
          style={{ left: `${left}px`, top: `${anchor.top}px`, width: `${CARD_WIDTH}px` }}
          onMouseEnter={() => onCardHover(true)}
          onMouseLeave={() => onCardHover(false)}
        >
          <MarkCard item={item} position={active! + 1} total={items.length} onClose={onCloseCard} onStep={onStep} />
        </div>
      ) : null}
      {/* Said once to a screen reader when the marks arrive or change. */}
      <p class="cl-visually-hidden" role="status" aria-live="polite">
        {tn('announceCarried', items.length)}
      </p>
      <div
        class="cl-pill"
        role="toolbar"
        aria-label="Crossline"
        onKeyDown={(e) => {
          // Keys do not leave the shadow root (the page must not see them), so Escape is handled here too.
          if (e.key === 'Escape') onCloseCard();
        }}
      >
        <button type="button" class="cl-pill__main" onClick={() => onStep(active === null ? 0 : 1)} title={t('pillNext')}>
          <span class="cl-pill__logo" aria-hidden="true">
            ⇄
          </span>
          {tn('pillCarried', items.length)}
        </button>
        <button type="button" class="cl-icon-button" onClick={() => onStep(-1)} aria-label={t('previousLine')}>
          ‹
        </button>
        <button type="button" class="cl-icon-button" onClick={() => onStep(1)} aria-label={t('nextLine')}>
          ›
        </button>
        <button type="button" class="cl-icon-button" onClick={onDismiss} aria-label={t('pillHide')}>
          ×
        </button>
      </div>
    </>
  );
}
