/** Words the UI uses for the matcher's terms, in one place. */
import { formatDay } from '../corpus/dates';
import type { Disagreement, Match } from '../corpus/match';
import { normalizeText } from '../corpus/normalize';
import type { CorpusSummary } from '../corpus/types';

/** The relation words live with the core, so the CLI, exports and UI say the same. */
export { KIND_WORD, RELATION_HELP, RELATION_WORD as RELATION_LABEL, itemWords } from '../corpus/words';

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

/** How many distinct wordings a line has across this page and the outlets that carried it ("5 outlets, 3 wordings"). */
export function wordingCount(text: string, matches: readonly Match[]): number {
  // Paraphrases and reports are the statement in other words, not other wordings of the quote.
  const wordings = matches.filter((m) => m.relation !== 'paraphrase' && m.relation !== 'reported');
  return new Set([normalizeText(text), ...wordings.map((m) => normalizeText(m.text))]).size;
}

/** "5 bundled articles (25–26 Apr 2025) and 12 of your own": what a page was compared against. */
export function describeCorpus(corpus: CorpusSummary): string {
  const span = corpus.from && corpus.to ? ` (${corpus.from === corpus.to ? formatDay(corpus.from) : `${formatDay(corpus.from)} to ${formatDay(corpus.to)}`})` : '';
  const own = corpus.own ? ` and ${corpus.own.toLocaleString('en')} of your own` : '';
  return `${plural(corpus.bundled, 'bundled article')}${span}${own}`;
}
