/**
 * The matcher's lookup structures, built once (at build time, or when the reader adds
 * articles) and loaded from flat arrays, not re-derived: every line's content stems, the
 * postings and IDF weights derived from them, and a hash of each long sentence to know a page
 * that is a corpus article. What only verification needs (a line's words, figures, places, the
 * story words in the sentences around it, whose span is prepared) is computed for the few
 * candidates a lookup weighs, and cached.
 */
import { isContentWord, lineFeatures, stem, type LineFeatures } from './features';
import { wordRarity } from './distinctive';
import { normalizeWords } from './normalize';
import { contextWindow, splitSentences } from './sentences';
import type { IndexedArticle, ItemKind, Span } from './types';

export type LineKind = ItemKind | 'sentence';

export const LINE_INDEX_FORMAT = 'crossline-lines';
export const LINE_INDEX_VERSION = 2;

/** The serialised form: flat number arrays, so that loading is a parse and a few loops. */
export interface LineIndexData {
  format: typeof LINE_INDEX_FORMAT;
  version: typeof LINE_INDEX_VERSION;
  /** Number of articles it was built over (they are the corpus's first articles, in order). */
  articles: number;
  /** Every stem once; lines refer to stems by their place here. */
  stems: string[];
  /** Per line, FIELDS numbers: article, kind, item (-1 for a sentence), start, end, sentence start and end, story window start and end. */
  table: number[];
  /** Each line's stem ids, concatenated; `stemEnds[n]` is where line n's end. */
  lineStems: number[];
  stemEnds: number[];
  /** Long sentences as [hash of normal form, article] pairs, and each article's count of them. */
  sentenceHashes: number[];
  longSentences: number[];
}

const FIELDS = 9;
const KINDS: LineKind[] = ['quote', 'claim', 'reported', 'sentence'];

/** A line as verification sees it. */
export interface Line extends LineFeatures {
  id: number;
  article: IndexedArticle;
  kind: LineKind;
  text: string;
  /** Normal form, for fuse.js. */
  norm: string;
  speaker: string | null;
  start: number;
  end: number;
  sentence: Span;
  /** Story words around the line (rare in English), as stems; derived on first use. */
  readonly contextStems: string[];
  /** Hash of the text of the sentences around the line: reprinted copies in the same words share it. */
  windowHash: number;
  /** A sentence that holds (part of) a quote item: quote lookups use the quote item instead. */
  holdsQuote: boolean;
}

/** A page is a corpus article when it carries this share of the article's sentences of six words or more. */
const SELF_MIN_SHARE = 0.8;
const SELF_MIN_WORDS = 6;
/** Story words: not everyday English, so that "Monday" shared with unrelated text counts for little. */
const STORY_WORD = 0.5;
/** Lines whose verification features are kept between lookups. */
const FEATURE_CACHE = 20_000;

/** FNV-1a, 32 bits: long sentences are compared by hash, which is all self-recognition needs. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function sentenceKey(text: string, span: Span): string {
  return normalizeWords(text.slice(span.start, span.end)).join(' ');
}

/** Stems of the words around a line that can tie it to a story. */
export function storyStems(context: string): string[] {
  return [...new Set(normalizeWords(context).filter((w) => isContentWord(w) && !/^\d/u.test(w) && wordRarity(w) >= STORY_WORD).map(stem))];
}

/** Derives the lookup structures for `articles`, numbered from `firstArticle`, with stems added to `stems`. */
function derive(articles: readonly IndexedArticle[], firstArticle: number, stems: string[], stemIds: Map<string, number>): Omit<LineIndexData, 'format' | 'version' | 'articles' | 'stems'> {
  const table: number[] = [];
  const lineStems: number[] = [];
  const stemEnds: number[] = [];
  const sentenceHashes: number[] = [];
  const longSentences: number[] = [];
  const idOf = (s: string) => {
    let id = stemIds.get(s);
    if (id === undefined) {
      id = stems.length;
      stems.push(s);
      stemIds.set(s, id);
    }
    return id;
  };
  articles.forEach((article, n) => {
    const articleIndex = firstArticle + n;
    const sentences = splitSentences(article.text);
    const add = (kind: LineKind, item: number, text: string, span: Span, sentence: Span) => {
      const features = lineFeatures(text);
      if (features.words.length === 0) return;
      const window = contextWindow(article.text, sentences, sentence);
      table.push(articleIndex, KINDS.indexOf(kind), item, span.start, span.end, sentence.start, sentence.end, window.start, window.end);
      for (const s of features.stems) lineStems.push(idOf(s));
      stemEnds.push(lineStems.length);
    };
    article.items.forEach((item, i) => add(item.kind, i, item.text, item, item.sentence));
    // Every other sentence too, so that an outlet stating a line without quoting it is found.
    const claimSpans = new Set(article.items.filter((i) => i.kind === 'claim').map((i) => `${i.start}:${i.end}`));
    const long = new Set<number>();
    for (const sentence of sentences) {
      const key = sentenceKey(article.text, sentence);
      if (key.split(' ').length >= SELF_MIN_WORDS) long.add(hash32(key));
      if (!claimSpans.has(`${sentence.start}:${sentence.end}`)) add('sentence', -1, article.text.slice(sentence.start, sentence.end), sentence, sentence);
    }
    for (const h of long) sentenceHashes.push(h, articleIndex);
    longSentences.push(long.size);
  });
  return { table, lineStems, stemEnds, sentenceHashes, longSentences };
}

/** Builds the structures for a whole corpus: what the build writes beside the index. */
export function buildLineIndexData(articles: readonly IndexedArticle[]): LineIndexData {
  const stems: string[] = [];
  return { format: LINE_INDEX_FORMAT, version: LINE_INDEX_VERSION, articles: articles.length, stems, ...derive(articles, 0, stems, new Map()) };
}

/**
 * Several prepared parts (the bundled corpus's, then one per article of the reader's own) as one,
 * for their articles in the same order: stems re-numbered, article numbers moved along. Costs a
 * pass over the parts' numbers, nothing re-derived.
 */
export function mergeLineIndexData(parts: readonly LineIndexData[]): LineIndexData {
  const merged = buildLineIndexData([]);
  const stemIds = new Map<string, number>();
  for (const part of parts) {
    const remap = part.stems.map((s) => {
      let id = stemIds.get(s);
      if (id === undefined) {
        id = merged.stems.length;
        merged.stems.push(s);
        stemIds.set(s, id);
      }
      return id;
    });
    const articleOffset = merged.articles;
    const stemOffset = merged.lineStems.length;
    for (let i = 0; i < part.table.length; i++) merged.table.push(i % FIELDS === 0 ? part.table[i]! + articleOffset : part.table[i]!);
    for (const id of part.lineStems) merged.lineStems.push(remap[id]!);
    for (const end of part.stemEnds) merged.stemEnds.push(end + stemOffset);
    for (let i = 0; i < part.sentenceHashes.length; i += 2) merged.sentenceHashes.push(part.sentenceHashes[i]!, part.sentenceHashes[i + 1]! + articleOffset);
    merged.longSentences.push(...part.longSentences);
    merged.articles += part.articles;
  }
  return merged;
}

/** Whether `data` has the shape this version writes, for at most `articles` articles; a stale or foreign one is rebuilt instead. */
export function isLineIndexData(data: unknown, articles: number): data is LineIndexData {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<LineIndexData>;
  return (
    d.format === LINE_INDEX_FORMAT &&
    d.version === LINE_INDEX_VERSION &&
    typeof d.articles === 'number' &&
    d.articles <= articles &&
    [d.stems, d.table, d.lineStems, d.stemEnds, d.sentenceHashes, d.longSentences].every(Array.isArray) &&
    d.table!.length === d.stemEnds!.length * FIELDS &&
    d.longSentences!.length === d.articles &&
    refersWithin(d as LineIndexData)
  );
}

/** Every number points where it may: stems, articles and spans in range, line ends in order (a corrupt file is rebuilt, never trusted). */
function refersWithin(d: LineIndexData): boolean {
  if (!d.lineStems.every((id) => Number.isInteger(id) && id >= 0 && id < d.stems.length)) return false;
  let previous = 0;
  for (const end of d.stemEnds) {
    if (!Number.isInteger(end) || end < previous || end > d.lineStems.length) return false;
    previous = end;
  }
  const t = d.table;
  for (let i = 0; i < t.length; i += FIELDS) {
    const ok = t[i]! >= 0 && t[i]! < d.articles && t[i + 1]! >= 0 && t[i + 1]! < KINDS.length && t[i + 3]! >= 0 && t[i + 4]! >= t[i + 3]!;
    if (!ok) return false;
  }
  return t.every(Number.isInteger);
}

export class LineIndex {
  private readonly stems: string[];
  private readonly stemIds = new Map<string, number>();
  private table: Int32Array;
  private lineStems: Int32Array;
  private stemEnds: Int32Array;
  private postings: number[][] = [];
  private idf = new Float64Array(0);
  private lineWeight = new Float64Array(0);
  private readonly sentenceOwners = new Map<number, number[]>();
  private readonly longSentences: number[];
  private readonly featureCache = new Map<number, Line>();
  private readonly windowCache = new Map<string, string[]>();
  /** Weight accumulator for candidate search, reused across lookups, and the lines it touched. */
  private scratch = new Float64Array(0);
  private touched: number[] = [];

  private constructor(
    private readonly articles: IndexedArticle[],
    data: LineIndexData,
  ) {
    this.stems = [...data.stems];
    this.stems.forEach((s, id) => this.stemIds.set(s, id));
    this.table = Int32Array.from(data.table);
    this.lineStems = Int32Array.from(data.lineStems);
    this.stemEnds = Int32Array.from(data.stemEnds);
    this.longSentences = [...data.longSentences];
    this.addSentenceHashes(data.sentenceHashes);
    this.weigh();
  }

  /** Loads prepared structures for `articles` (the first `data.articles` of them); the rest are derived now. */
  static load(articles: IndexedArticle[], data: LineIndexData): LineIndex {
    const index = new LineIndex(articles.slice(0, data.articles), data);
    index.addArticles(articles.slice(data.articles));
    return index;
  }

  static build(articles: IndexedArticle[]): LineIndex {
    return LineIndex.load(articles, buildLineIndexData([]));
  }

  get lineCount(): number {
    return this.stemEnds.length;
  }

  get articleList(): readonly IndexedArticle[] {
    return this.articles;
  }

  /** Adds articles (the reader's own, say) without re-deriving the ones already in. */
  addArticles(added: readonly IndexedArticle[]): void {
    if (added.length === 0) return;
    const first = this.articles.length;
    const part = derive(added, first, this.stems, this.stemIds);
    const offset = this.lineStems.length;
    this.table = concat(this.table, part.table);
    this.lineStems = concat(this.lineStems, part.lineStems);
    this.stemEnds = concat(this.stemEnds, part.stemEnds.map((end) => end + offset));
    this.longSentences.push(...part.longSentences);
    this.addSentenceHashes(part.sentenceHashes);
    this.articles.push(...added);
    this.weigh();
  }

  /** The serialisable form of what this index holds. */
  toData(): LineIndexData {
    const sentenceHashes: number[] = [];
    for (const [h, owners] of this.sentenceOwners) for (const a of owners) sentenceHashes.push(h, a);
    return {
      format: LINE_INDEX_FORMAT,
      version: LINE_INDEX_VERSION,
      articles: this.articles.length,
      stems: [...this.stems],
      table: [...this.table],
      lineStems: [...this.lineStems],
      stemEnds: [...this.stemEnds],
      sentenceHashes,
      longSentences: [...this.longSentences],
    };
  }

  private addSentenceHashes(pairs: readonly number[]): void {
    for (let i = 0; i < pairs.length; i += 2) {
      const owners = this.sentenceOwners.get(pairs[i]!);
      if (owners) owners.push(pairs[i + 1]!);
      else this.sentenceOwners.set(pairs[i]!, [pairs[i + 1]!]);
    }
  }

  /** Postings, IDF and line weights, from the stem ids alone. */
  private weigh(): void {
    const lines = this.lineCount;
    this.postings = Array.from({ length: this.stems.length }, () => []);
    let start = 0;
    for (let line = 0; line < lines; line++) {
      const end = this.stemEnds[line]!;
      for (let k = start; k < end; k++) this.postings[this.lineStems[k]!]!.push(line);
      start = end;
    }
    this.idf = new Float64Array(this.stems.length);
    this.postings.forEach((ids, s) => {
      this.idf[s] = ids.length ? Math.log(1 + lines / ids.length) : 0;
    });
    this.lineWeight = new Float64Array(lines);
    start = 0;
    for (let line = 0; line < lines; line++) {
      const end = this.stemEnds[line]!;
      let sum = 0;
      for (let k = start; k < end; k++) sum += this.idf[this.lineStems[k]!]!;
      this.lineWeight[line] = sum;
      start = end;
    }
    this.featureCache.clear();
    this.windowCache.clear();
  }

  /** IDF of a stem; undefined for one no line has. */
  idfOf(s: string): number | undefined {
    const id = this.stemIds.get(s);
    return id === undefined || this.postings[id]!.length === 0 ? undefined : this.idf[id];
  }

  /**
   * Lines sharing any of `stems`, with the IDF weight they share (in a reused array: valid until the
   * next call), and the query's total weight.
   */
  sharedWeights(stems: readonly string[]): { lines: number[]; weights: Float64Array; total: number } {
    if (this.scratch.length < this.lineCount) this.scratch = new Float64Array(this.lineCount);
    for (const line of this.touched) this.scratch[line] = 0;
    this.touched = [];
    let total = 0;
    for (const s of new Set(stems)) {
      const id = this.stemIds.get(s);
      if (id === undefined) continue;
      const w = this.idf[id]!;
      total += w;
      for (const line of this.postings[id]!) {
        if (this.scratch[line] === 0) this.touched.push(line);
        this.scratch[line] = this.scratch[line]! + w;
      }
    }
    return { lines: this.touched, weights: this.scratch, total };
  }

  lineWeightOf(line: number): number {
    return this.lineWeight[line]!;
  }

  articleOf(line: number): IndexedArticle {
    return this.articles[this.table[line * FIELDS]!]!;
  }

  /** A line with everything verification needs, computed on first use. */
  line(id: number): Line {
    const cached = this.featureCache.get(id);
    if (cached) return cached;
    const at = id * FIELDS;
    const articleIndex = this.table[at]!;
    const article = this.articles[articleIndex]!;
    const kind = KINDS[this.table[at + 1]!]!;
    const item = this.table[at + 2]! >= 0 ? article.items[this.table[at + 2]!] : undefined;
    const start = this.table[at + 3]!;
    const end = this.table[at + 4]!;
    const sentence = { start: this.table[at + 5]!, end: this.table[at + 6]! };
    const text = item ? item.text : article.text.slice(start, end);
    const features = lineFeatures(text);
    const window = { start: this.table[at + 7]!, end: this.table[at + 8]! };
    const holdsQuote = kind !== 'quote' && article.items.some((q) => q.kind === 'quote' && q.start < end && q.end > start);
    const index = this;
    let contextStems: string[] | undefined;
    const line: Line = {
      ...features,
      id,
      article,
      kind,
      text,
      norm: features.words.join(' '),
      speaker: item?.speaker ?? null,
      start,
      end,
      sentence,
      get contextStems() {
        return (contextStems ??= index.windowStems(articleIndex, window));
      },
      windowHash: hash32(article.text.slice(window.start, window.end)),
      holdsQuote,
    };
    if (this.featureCache.size >= FEATURE_CACHE) this.featureCache.clear();
    this.featureCache.set(id, line);
    return line;
  }


  /** Story stems of a window, shared by the lines of one sentence (its quote, report, claim). */
  private windowStems(articleIndex: number, window: Span): string[] {
    const key = `${articleIndex}:${window.start}:${window.end}`;
    let stems = this.windowCache.get(key);
    if (!stems) {
      stems = storyStems(this.articles[articleIndex]!.text.slice(window.start, window.end));
      if (this.windowCache.size >= FEATURE_CACHE) this.windowCache.clear();
      this.windowCache.set(key, stems);
    }
    return stems;
  }

  /** The corpus article a page's text is, by carrying most of that article's long sentences. */
  articleCarriedBy(pageText: string, sentences: readonly Span[] = splitSentences(pageText)): IndexedArticle | null {
    const present = new Map<number, number>();
    const seen = new Set<number>();
    for (const sentence of sentences) {
      const key = sentenceKey(pageText, sentence);
      if (key.split(' ').length < SELF_MIN_WORDS) continue;
      const h = hash32(key);
      if (seen.has(h)) continue;
      seen.add(h);
      for (const a of this.sentenceOwners.get(h) ?? []) present.set(a, (present.get(a) ?? 0) + 1);
    }
    let best: number | null = null;
    let bestShare = SELF_MIN_SHARE;
    for (const [a, count] of present) {
      const share = count / this.longSentences[a]!;
      if (share >= bestShare) [best, bestShare] = [a, share];
    }
    return best === null ? null : this.articles[best]!;
  }
}

function concat(a: Int32Array, b: readonly number[]): Int32Array {
  const joined = new Int32Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
