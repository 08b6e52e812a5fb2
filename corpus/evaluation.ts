/**
 * Leave-one-out evaluation of the matcher on hand-labelled lines: each article in
 * turn is the page, the others the corpus. Pure: the labels come in as data.
 */
import { Matcher, type Match, type Thresholds } from './match';
import { contextText, splitSentences } from './sentences';
import type { CorpusIndex, Item, ItemKind } from './types';

export interface LabelMember {
  source: string;
  /** A quote's exact words as extracted. */
  quote?: string;
  /** A phrase inside the member's sentence. */
  phrase?: string;
  optional?: boolean;
}

export interface LabelGroup {
  id: string;
  members: LabelMember[];
}

export interface Labels {
  quoteGroups: LabelGroup[];
  claimGroups: LabelGroup[];
  singletons: LabelMember[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalError {
  page: string;
  line: string;
  source: string;
  kind: 'false-positive' | 'false-negative' | 'false-match';
  found?: string;
  relation?: string;
}

export interface EvalResult {
  quotes: Counts;
  claims: Counts;
  /** Matches found for lines that one article alone carries. */
  falseMatchesOnSingletons: number;
  singletonsChecked: number;
  errors: EvalError[];
}

const memberHolds = (member: LabelMember, text: string) =>
  member.quote !== undefined ? member.quote === text : member.phrase !== undefined && text.includes(member.phrase);

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { tp, fp, fn, precision: r(precision), recall: r(recall), f1: r(f1) };
}

export function evaluate(index: CorpusIndex, labels: Labels, thresholds: Partial<Thresholds> = {}): EvalResult {
  const tally = { quote: { tp: 0, fp: 0, fn: 0 }, claim: { tp: 0, fp: 0, fn: 0 } };
  const errors: EvalError[] = [];
  let falseMatches = 0;
  let singletonsChecked = 0;

  for (const page of index.articles) {
    const corpus: CorpusIndex = { ...index, articles: index.articles.filter((a) => a.id !== page.id) };
    const matcher = new Matcher(corpus);
    const sentences = splitSentences(page.text);
    const lookup = (item: Item): Match[] =>
      matcher.match({ text: item.text, kind: item.kind, speaker: item.speaker, context: contextText(page.text, sentences, item.sentence) }, { thresholds });

    for (const item of page.items) {
      // Reported speech is scored by the real-world evaluation (real-world-eval.ts), whose labels cover it.
      if (item.kind === 'reported') continue;
      const kind = item.kind;
      const holds = (m: LabelMember) =>
        m.source === page.id && (kind === 'quote' ? m.quote !== undefined : m.phrase !== undefined) && memberHolds(m, item.text);
      const allGroups = kind === 'quote' ? labels.quoteGroups : labels.claimGroups;
      // Scored where the line is a required member; any group it is in says what is a correct match.
      const groups = allGroups.filter((g) => g.members.some((m) => holds(m) && !m.optional));
      const anyGroups = allGroups.filter((g) => g.members.some(holds));
      const singleton = labels.singletons.find((m) => m.source === page.id && memberHolds(m, item.text));
      if (groups.length === 0 && !singleton) continue;

      const matches = lookup(item);
      if (singleton && groups.length === 0) {
        singletonsChecked++;
        falseMatches += matches.length;
        for (const m of matches) errors.push({ page: page.id, line: item.text, source: m.source, kind: 'false-match', found: m.text, relation: m.relation });
        continue;
      }
      const members = anyGroups.flatMap((g) => g.members).filter((m) => m.source !== page.id);
      const requiredMembers = groups.flatMap((g) => g.members).filter((m) => m.source !== page.id && !m.optional);
      const correctSources = new Set<string>();
      for (const m of matches) {
        if (members.some((member) => member.source === m.source && memberHolds(member, m.text))) {
          tally[kind].tp++;
          correctSources.add(m.source);
        } else {
          tally[kind].fp++;
          errors.push({ page: page.id, line: item.text, source: m.source, kind: 'false-positive', found: m.text, relation: m.relation });
        }
      }
      const required = new Set(requiredMembers.map((m) => m.source));
      for (const source of required) {
        if (correctSources.has(source)) continue;
        tally[kind].fn++;
        errors.push({ page: page.id, line: item.text, source, kind: 'false-negative' });
      }
    }
  }
  return {
    quotes: counts(tally.quote.tp, tally.quote.fp, tally.quote.fn),
    claims: counts(tally.claim.tp, tally.claim.fp, tally.claim.fn),
    falseMatchesOnSingletons: falseMatches,
    singletonsChecked,
    errors,
  };
}
