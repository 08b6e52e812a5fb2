/** A whole article checked against the corpus: the shared step behind the extension and `crossline check`. */
import { dateCue, daysBetween, resolveCue, SAME_OCCASION_DAYS, textDate, type Occasion } from './dates';
import { extractArticle } from './extract';
import type { Carried } from './carried';
import { Matcher, type Match, type MatchOptions, type MatchQuery, type Relation } from './match';
import { contextText } from './sentences';
import type { CorpusIndex, Item, ItemKind, Span } from './types';
import type { DiffPart } from './word-diff';

export interface AnalyzedItem extends Item {
  /** The sentence around the item, as text, for context in the UI. */
  sentenceText: string;
  /** Other outlets' renderings on this occasion (or where either date is unknown): what the page marks and counts. */
  matches: Match[];
  /** The same words on another occasion: said before (or after) and reported then; listed apart, never counted. */
  earlier: Match[];
  /** When the words were first reported, where that was more than a few days before the page's line. */
  firstReported: string | null;
  /** Set where a view keeps only a line's best matches (extension/view-budget.ts): what all of them came to. */
  carried?: Carried;
}

export interface ArticleAnalysis {
  selfSource: string | null;
  /** The page's date, as given (page metadata, a date line); null when unknown. */
  date: string | null;
  items: AnalyzedItem[];
}

export interface AnalyzeOptions {
  url?: string | null;
  /** The page's date (yyyy-mm-dd), from its metadata; else its own text is read for one. */
  date?: string | null;
  thresholds?: MatchOptions['thresholds'];
  /** Memo for unchanged lines across rescans of one page: key → matches. */
  cache?: Map<string, Match[]>;
}

/** A page's item as a lookup: its words, kind and speaker, with the sentences around it for context. */
export function itemQuery(text: string, sentences: readonly Span[], item: Item): MatchQuery {
  return { text: item.text, kind: item.kind, speaker: item.speaker, context: contextText(text, sentences, item.sentence) };
}

export function analyzeArticle(matcher: Matcher, text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const { items, sentences } = text ? extractArticle(text) : { items: [], sentences: [] };
  const selfSource = text ? matcher.findSelf(text, options.url, sentences) : null;
  // A page that is itself a corpus article is dated as the corpus dates it (sources.json, its story) where the page does not say.
  const date = options.date ?? (text ? textDate(text) : null) ?? (selfSource ? (matcher.articleById(selfSource)?.date ?? null) : null);
  const pageOutlet = selfSource ? (matcher.articleById(selfSource)?.outlet ?? null) : null;
  return {
    selfSource,
    date,
    items: items.map((item) => {
      const sentenceText = text.slice(item.sentence.start, item.sentence.end);
      const key = `${selfSource}\u0000${date}\u0000${item.kind}\u0000${item.speaker}\u0000${item.text}\u0000${sentenceText}`;
      let all = options.cache?.get(key);
      if (!all) {
        all = matcher.match(itemQuery(text, sentences, item), { excludeSource: selfSource, thresholds: options.thresholds, pageDate: date, pageOutlet });
        options.cache?.set(key, all);
      }
      const itemDate = resolveCue(dateCue(sentenceText), date);
      const first = all.map((m) => m.date).filter((d): d is string => d !== null).sort()[0] ?? null;
      return {
        ...item,
        sentenceText,
        matches: all.filter((m) => m.occasion !== 'other'),
        earlier: all.filter((m) => m.occasion === 'other'),
        firstReported: first && itemDate && daysBetween(first, itemDate) > SAME_OCCASION_DAYS ? first : null,
      };
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
  /** When the outlet's line was said, as its article dates it; null when undated. */
  date: string | null;
  occasion: Occasion;
}

export interface CheckItem {
  kind: ItemKind;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  /** Same occasion, or not known. */
  matches: CheckMatch[];
  /** The same words on another occasion. */
  earlier: CheckMatch[];
  firstReported: string | null;
}

/** The shape `crossline check --json` prints. */
export interface CheckReport {
  page: { title: string | null; selfSource: string | null; date: string | null };
  items: CheckItem[];
}

export function checkArticle(index: CorpusIndex, text: string, page: { title?: string | null; url?: string | null; date?: string | null } = {}): CheckReport {
  const analysis = analyzeArticle(new Matcher(index), text, { url: page.url, date: page.date });
  const toCheckMatch = (m: Match): CheckMatch => ({
    source: m.source,
    outlet: m.outlet,
    text: m.text,
    speaker: m.speaker,
    relation: m.relation,
    score: m.score,
    diff: m.diff.map(({ op, text }) => ({ op, text })),
    date: m.date,
    occasion: m.occasion,
  });
  return {
    page: { title: page.title ?? null, selfSource: analysis.selfSource, date: analysis.date },
    items: analysis.items.map((item) => ({
      kind: item.kind,
      text: item.text,
      speaker: item.speaker,
      start: item.start,
      end: item.end,
      matches: item.matches.map(toCheckMatch),
      earlier: item.earlier.map(toCheckMatch),
      firstReported: item.firstReported,
    })),
  };
}

