/** Words the UI uses for the matcher's terms, in one place. */
import type { Disagreement, Relation } from '../corpus/match';

export const RELATION_LABEL: Record<Relation, string> = {
  verbatim: 'verbatim',
  variant: 'altered',
  partial: 'partial',
  paraphrase: 'paraphrase',
};

export const RELATION_HELP: Record<Relation, string> = {
  verbatim: 'The same words (case and punctuation aside)',
  variant: 'The same quote with words changed',
  partial: 'One wording is a part of the other',
  paraphrase: 'The same content in other words, not quoted',
};

export function disagreementText(d: Disagreement): string {
  switch (d.kind) {
    case 'speaker':
      return `Attributed to ${d.theirs}, not ${d.ours}`;
    case 'figure':
      return `Figure differs: ${d.theirs} here, ${d.ours} on this page`;
    case 'place':
      return `Place differs: “${d.theirs}” here, “${d.ours}” on this page`;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
