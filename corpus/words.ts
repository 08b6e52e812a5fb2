/** The words every surface (popup, card, report, exports, CLI) uses for item kinds and relations, in one place. */
import type { Relation } from './match';
import type { ItemKind } from './types';

export const RELATION_WORD: Record<Relation, string> = {
  verbatim: 'verbatim',
  variant: 'altered',
  partial: 'partial',
  reported: 'reported, not quoted',
  paraphrase: 'paraphrase',
};

export const RELATION_HELP: Record<Relation, string> = {
  verbatim: 'The same words (case and punctuation aside)',
  variant: 'The same quote with words changed',
  partial: 'One wording is a part of the other',
  reported: 'The same statement, quoted on one side and reported without quote marks on the other',
  paraphrase: 'The same content in other words, not quoted',
};

export const KIND_WORD: Record<ItemKind, string> = { quote: 'Quote', claim: 'Claim', reported: 'Reported' };

/** An item's words as the UI shows them: a quote in quote marks, anything else as written. */
export function itemWords(kind: ItemKind | 'selection', text: string): string {
  return kind === 'quote' ? `“${text}”` : text;
}
