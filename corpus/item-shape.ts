/** Whether an item read from a corpus file (JSON or packed) has the shape the matcher relies on. */
import type { Item } from './types';

type Stored = Omit<Item, 'text'> & { text?: unknown };

function isSpanWithin(span: unknown, length: number): boolean {
  const s = span as { start?: unknown; end?: unknown } | null;
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.start as number) <= (s.end as number) && (s.end as number) <= length;
}

/** Kind, span, sentence span, speaker and words (which may be left out: they are then the span). */
export function isStoredItem(item: unknown, textLength: number): item is Stored {
  const i = item as Partial<Stored> | null;
  return (
    !!i &&
    (i.kind === 'quote' || i.kind === 'claim' || i.kind === 'reported') &&
    (i.text === undefined || typeof i.text === 'string') &&
    (i.speaker === null || i.speaker === undefined || typeof i.speaker === 'string') &&
    (i.parent === undefined || Number.isInteger(i.parent)) &&
    isSpanWithin(i, textLength) &&
    isSpanWithin(i.sentence, textLength)
  );
}
