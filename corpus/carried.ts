/**
 * How many outlets carried a line, and in how many wordings: what the popup, the report and the
 * on-page card count. Its own small module, since the content script counts too.
 */
import type { AnalyzedItem } from './check';
import type { Match } from './match';
import { normalizeText } from './normalize';
import { isOwnSource } from './own-id';

export interface Carried {
  /** Other outlets that carried the line. */
  outlets: number;
  /** Distinct wordings of it, the page's own included. */
  wordings: number;
  /** Of those outlets, the reader's own articles (which the on-page card counts but never shows). */
  own: number;
}

/** How many distinct wordings a line has across this page and the outlets that carried it ("5 outlets, 3 wordings"). */
export function wordingCount(text: string, matches: readonly Match[]): number {
  // Paraphrases and reports are the statement in other words, not other wordings of the quote.
  const texts = new Set([text]);
  for (const m of matches) if (m.relation !== 'paraphrase' && m.relation !== 'reported') texts.add(m.text);
  // Each text once: a wire line's hundreds of reprints are one text.
  return new Set([...texts].map(normalizeText)).size;
}

/** What carried a line, whether or not its view kept every match (see extension/view-budget.ts). */
export function carriedBy(item: AnalyzedItem): Carried {
  return item.carried ?? { outlets: item.matches.length, wordings: wordingCount(item.text, item.matches), own: item.matches.filter((m) => isOwnSource(m.source)).length };
}

/**
 * The matches a view trimmed to `keep` per line lists (see extension/view-budget.ts): each
 * wording's closest first, since among hundreds of reprints the one outlet that worded the line
 * otherwise is what a reader looks for, then the closest of the rest; in their order.
 */
export function closestPerWording(matches: readonly Match[], keep: number): Match[] {
  if (matches.length <= keep) return [...matches];
  const kept = new Set<number>();
  const wordings = new Set<string>();
  const normalOf = new Map<string, string>();
  for (let n = 0; n < matches.length && kept.size < keep; n++) {
    const text = matches[n]!.text;
    let wording = normalOf.get(text);
    if (wording === undefined) normalOf.set(text, (wording = normalizeText(text)));
    if (!wordings.has(wording)) {
      wordings.add(wording);
      kept.add(n);
    }
  }
  for (let n = 0; n < matches.length && kept.size < keep; n++) kept.add(n);
  return matches.filter((_, n) => kept.has(n));
}
