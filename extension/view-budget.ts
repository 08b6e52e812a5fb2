/**
 * A tab's view kept within a size budget. storage.session holds 10 MB for every tab together, so
 * one page (a huge article, a page of thousands of quotes) must not take it all: past the budget,
 * the view keeps what the reader needs first (the carried lines, each with its closest matches in
 * every wording).
 */
import { carriedBy, closestPerWording } from '../corpus/carried';
import { viewText, type ReadyView, type ViewText } from './view-text';

/** JSON characters one tab's view may take: about a tenth of what storage.session holds for all tabs. */
export const VIEW_BUDGET_CHARS = 1_000_000;
/** Matches kept for each line once a view is over budget: each wording's closest, then the closest others. */
const MATCHES_KEPT = 8;

const size = (value: unknown) => JSON.stringify(value).length;

/** A ready view within its budget, and its text: written out once when it fits, as nearly all do, and once more when trimmed. */
export function fittedViewText(view: ReadyView, budget = VIEW_BUDGET_CHARS): { view: ReadyView; text: ViewText } {
  const text = viewText(view);
  return text.length <= budget ? { view, text } : trimmed(view, budget);
}

/** An over-budget view trimmed (see the module's comment), with its text: each size taken is the text kept. */
function trimmed(view: ReadyView, budget: number): { view: ReadyView; text: ViewText } {
  // 1. Lines no other outlet carried keep their words, not their sentence; every line its best matches.
  const slim: ReadyView = {
    ...view,
    omitted: 0,
    items: view.items.map((item) => ({
      ...item,
      sentenceText: item.matches.length ? item.sentenceText : '',
      // The count of outlets and wordings stays whole: a wire line carried by hundreds is not "8 outlets".
      ...(item.matches.length > MATCHES_KEPT ? { carried: carriedBy(item) } : {}),
      matches: closestPerWording(item.matches, MATCHES_KEPT),
      earlier: closestPerWording(item.earlier, MATCHES_KEPT),
    })),
  };
  const slimText = viewText(slim);
  if (slimText.length <= budget) return { view: slim, text: slimText };
  // 2. The carried lines first, then the rest, in page order, as many as fit.
  const ordered = [...slim.items].sort((a, b) => Number(b.matches.length > 0) - Number(a.matches.length > 0) || a.start - b.start);
  const kept: ReadyView['items'] = [];
  let used = size({ ...slim, items: [], omitted: view.items.length });
  for (const item of ordered) {
    const cost = size(item) + 1;
    if (used + cost > budget) continue;
    kept.push(item);
    used += cost;
  }
  kept.sort((a, b) => a.start - b.start);
  const fitted = { ...slim, items: kept, omitted: view.items.length - kept.length };
  return { view: fitted, text: viewText(fitted) };
}
