import { carriedBy } from '../corpus/carried';
import type { AnalyzedItem } from '../corpus/check';
import { t, tn } from './i18n';
import { day, itemWords, KIND_WORD, RELATION_LABEL } from './labels';

/** When the words were first said, of the renderings on another occasion. */
function saidOn(item: AnalyzedItem): string {
  const first = item.earlier.map((m) => m.date).filter((d): d is string => d !== null).sort()[0];
  return first ? day(first) : t('anotherOccasion');
}

export interface ItemListProps {
  items: AnalyzedItem[];
  onOpen: (item: AnalyzedItem) => void;
}

/** The page's quotes and claims, the ones other outlets carried first. */
export function ItemList({ items, onOpen }: ItemListProps) {
  // Each line's count once (its wordings are normalized text), not again at every comparison.
  const ordered = items.map((item) => ({ item, carried: carriedBy(item) })).sort((a, b) => b.carried.outlets - a.carried.outlets || a.item.start - b.item.start);
  return (
    <ul class="cl-items" aria-label={t('itemsLabel')}>
      {ordered.map(({ item, carried }) => {
        const relations = [...new Set(item.matches.map((m) => RELATION_LABEL[m.relation]))];
        const flagged = item.matches.some((m) => m.disagreements.length > 0);
        return (
          <li key={`${item.start}-${item.end}`}>
            <button type="button" class="cl-item" data-key={`${item.start}-${item.end}`} onClick={() => onOpen(item)}>
              <span class="cl-item__meta">
                <span class={`cl-kind cl-kind--${item.kind}`}>{KIND_WORD[item.kind]}</span>
                {item.speaker ? <span class="cl-item__speaker">{item.speaker}</span> : null}
                {flagged ? <span class="cl-flag" title={t('flagTitle')}>⚑</span> : null}
              </span>
              <span class="cl-item__text">{itemWords(item.kind, item.text)}</span>
              <span class="cl-item__count">
                {item.matches.length
                  ? `${tn('otherOutlets', carried.outlets)} · ${tn('wordings', carried.wordings)} · ${relations.join(', ')}`
                  : item.earlier.length
                    ? t('saidBeforeCount', tn('outlets', item.earlier.length), saidOn(item))
                    : t('noOtherOutlet')}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
