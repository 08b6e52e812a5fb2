/** Shapes shared by the extraction core, the index, the matcher and every UI. */
import type { ClaimSignal } from './claims';
import type { LineIndexData } from './line-index';
import type { SenseTable, WordKnowledge } from './word-kinship';

/** A quotation, a checkable claim, or reported speech: words attributed to a speaker without quote marks. */
export type ItemKind = 'quote' | 'claim' | 'reported';

/** A span of the article text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A quotation or a checkable claim found in one article. */
export interface Item extends Span {
  kind: ItemKind;
  /** For a quote: its words without the marks (parts of a quote run over paragraphs joined by a space). */
  text: string;
  /** Canonical speaker name ("Donald Trump", "Kremlin"), or null where the text does not say. */
  speaker: string | null;
  /** The sentence (or sentences) the item stands in, for context. */
  sentence: Span;
  /** For a quote nested in another: the index of the enclosing quote in the same item list. */
  parent?: number;
  /** For a claim: what makes it checkable. */
  signals?: ClaimSignal[];
}

/** What is known of a corpus article, from `sources.json` or the text itself. */
export interface ArticleMeta {
  /** Corpus id: for the seeds, the three-digit prefix of the file name. */
  id: string;
  /** File name the article came from. */
  file: string;
  /** Outlet only when `sources.json` or the text itself names it; never guessed. */
  outlet: string | null;
  /** What the UI shows: the outlet when known, otherwise a neutral "Source 000". */
  label: string;
  headline: string | null;
  /** What a reader can recognise the article by: its headline, else its first words. */
  gist?: string | null;
  url: string | null;
  /** ISO date (yyyy-mm-dd) when stated, or taken from the story (see dateFrom). */
  date: string | null;
  /** Where the date came from: sources.json, the article's own text, or the story it belongs to (another article's date). */
  dateFrom?: 'sources' | 'text' | 'story' | null;
  /** For a story date: the corpus id of the dated article that shares its quotes. */
  dateVia?: string | null;
  byline: string | null;
}

export interface IndexedArticle extends ArticleMeta {
  text: string;
  items: Item[];
}

export const INDEX_FORMAT = 'crossline-index';
export const INDEX_VERSION = 1;

export interface CorpusIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  articles: IndexedArticle[];
  /** The matcher's lookup structures for these articles, prepared at build time (optional: derived when absent). */
  lines?: LineIndexData;
  /** Which words can say the same thing (from WordNet, made at build time; without it claims meet only in shared words). */
  words?: WordKnowledge;
  /** The same knowledge as the matcher reads it, a lemma at a time, where the index can (a packed one's, read in place); never written out. */
  readonly senses?: SenseTable;
}

/** The corpus in a sentence's worth of numbers: how many articles, and the days the bundled ones span. */
export interface CorpusSummary {
  bundled: number;
  own: number;
  /** Earliest and latest dated bundled article (yyyy-mm-dd), or null when none is dated. */
  from: string | null;
  to: string | null;
}
