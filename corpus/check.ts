/** A whole article checked against the corpus: the shared step behind the extension and `crossline check`. */
import { extractArticle } from './extract';
import { Matcher, type Match, type MatchOptions, type Relation } from './match';
import { contextText } from './sentences';
import type { CorpusIndex, Item, ItemKind } from './types';
import type { DiffPart } from './word-diff';

export interface AnalyzedItem extends Item {
  /** The sentence around the item, as text, for context in the UI. */
  sentenceText: string;
  matches: Match[];
}

export interface ArticleAnalysis {
  selfSource: string | null;
  items: AnalyzedItem[];
}

export interface AnalyzeOptions {
  url?: string | null;
  thresholds?: MatchOptions['thresholds'];
  /** Memo for unchanged lines across rescans of one page: key → matches. */
  cache?: Map<string, Match[]>;
}

export function analyzeArticle(matcher: Matcher, text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const { items, sentences } = text ? extractArticle(text) : { items: [], sentences: [] };
  const selfSource = text ? matcher.findSelf(text, options.url, sentences) : null;
  return {
    selfSource,
    items: items.map((item) => {
      const sentenceText = text.slice(item.sentence.start, item.sentence.end);
      const key = `${selfSource}\u0000${item.kind}\u0000${item.speaker}\u0000${item.text}\u0000${sentenceText}`;
      let matches = options.cache?.get(key);
      if (!matches) {
        matches = matcher.match(
          { text: item.text, kind: item.kind, speaker: item.speaker, context: contextText(text, sentences, item.sentence) },
          { excludeSource: selfSource, thresholds: options.thresholds },
        );
        options.cache?.set(key, matches);
      }
      return { ...item, sentenceText, matches };
    }),
  };
}

export interface CheckMatch {
  source: string;
  outlet: string | null;
  text: string;
  speaker: string | null;
  relation: Relation;
  score: number;
  /** Word diff from this page's wording to the outlet's (added by the matching engine). */
  diff: DiffPart[];
}

export interface CheckItem {
  kind: ItemKind;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  matches: CheckMatch[];
}

/** The shape `crossline check --json` prints. */
export interface CheckReport {
  page: { title: string | null; selfSource: string | null };
  items: CheckItem[];
}

export function checkArticle(index: CorpusIndex, text: string, page: { title?: string | null; url?: string | null } = {}): CheckReport {
  const analysis = analyzeArticle(new Matcher(index), text, { url: page.url });
  return {
    page: { title: page.title ?? null, selfSource: analysis.selfSource },
    items: analysis.items.map((item) => ({
      kind: item.kind,
      text: item.text,
      speaker: item.speaker,
      start: item.start,
      end: item.end,
      matches: item.matches.map((m) => ({
        source: m.source,
        outlet: m.outlet,
        text: m.text,
        speaker: m.speaker,
        relation: m.relation,
        score: m.score,
        diff: m.diff.map(({ op, text }) => ({ op, text })),
      })),
    })),
  };
}

