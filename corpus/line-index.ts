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
export const LINE_INDEX_VERSION = 4;

/** Whole numbers as parsed from JSON, or as typed-array views of a packed index (loaded without a copy). */
export type Ints = readonly number[] | Int32Array;

/** The serialised form: flat number arrays, so that loading is a parse (or a view of the packed file) and a few loops. */
export interface LineIndexData {
  format: typeof LINE_INDEX_FORMAT;
  version: typeof LINE_INDEX_VERSION;
  /** Number of articles it was built over (they are the corpus's first articles, in order). */
  articles: number;
  /** Every stem once; lines refer to stems by their place here. */
  stems: string[];
  /**
   * Per line, FIELDS numbers: article, kind (its place in KINDS, plus HOLDS_QUOTE for a line that
   * holds a quote item), item (-1 for a sentence), start, end, sentence start and end, story window start and end.
   */
  table: Ints;
  /** Each line's stem ids, concatenated; `stemEnds[n]` is where line n's end. */
  lineStems: Ints;
  stemEnds: Ints;
  /** Long sentences as [hash of normal form, article] pairs (hashes are unsigned 32-bit), and each article's count of them. */
  sentenceHashes: readonly number[] | Uint32Array;
  longSentences: Ints;
  /**
   * Per line, a 52-bit hash of what its verdict depends on (kind, words, speaker, whether it holds
   * a quote, and for a quote or reported speech the text around it): reprinted copies share it,
   * and are weighed as one. 0: no copy known.
   */
  copyKeys: readonly number[] | Float64Array;
  /**
   * Per line, the first line with its copy key (itself when it has no copy). Never written: a
   * loader that knows the classes (the packed index) hands them over, else they are derived.
   */
  copyHeads?: Int32Array;
}

const FIELDS = 9;
const KINDS: LineKind[] = ['quote', 'claim', 'reported', 'sentence'];
/** In the table's kind field: the line holds (part of) a quote item, so a quote lookup takes that item instead. */
const HOLDS_QUOTE = 4;
const KIND_BITS = 3;

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

/** A stem on more lines than this (an everyday word in a large corpus) finds no new candidates once the query's rarer words are weighed. */
const LONG_POSTINGS = 1000;

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

/** Two FNV-1a hashes in one pass, as 52 bits (never 0): copies are told apart with no collision in practice. */
export function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return ((a >>> 0) % 2 ** 20) * 2 ** 32 + (b >>> 0) || 1;
}

/** Stems of the words around a line that can tie it to a story. */
export function storyStems(context: string): string[] {
  return [...new Set(normalizeWords(context).filter((w) => isContentWord(w) && !/^\d/u.test(w) && wordRarity(w) >= STORY_WORD).map(stem))];
}

/** Derives the lookup structures for `articles`, numbered from `firstArticle`, with stems added to `stems`. */
/** A stem's id in `stems`, added at the end when new. */
function intern(stem: string, stems: string[], stemIds: Map<string, number>): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stems.length;
    stems.push(stem);
    stemIds.set(stem, id);
  }
  return id;
}

type Derived = Record<'table' | 'lineStems' | 'stemEnds' | 'sentenceHashes' | 'longSentences' | 'copyKeys', number[]>;

function derive(articles: readonly IndexedArticle[], firstArticle: number, stems: string[], stemIds: Map<string, number>): Derived {
  const table: number[] = [];
  const lineStems: number[] = [];
  const stemEnds: number[] = [];
  const sentenceHashes: number[] = [];
  const longSentences: number[] = [];
  const copyKeys: number[] = [];
  const idOf = (s: string) => intern(s, stems, stemIds);
  articles.forEach((article, n) => {
    const articleIndex = firstArticle + n;
    const sentences = splitSentences(article.text);
    const add = (kind: LineKind, item: number, text: string, span: Span, sentence: Span) => {
      const features = lineFeatures(text);
      if (features.words.length === 0) return;
      const window = contextWindow(article.text, sentences, sentence);
      const holds = holdsQuote(article, kind, span);
      table.push(articleIndex, KINDS.indexOf(kind) | (holds ? HOLDS_QUOTE : 0), item, span.start, span.end, sentence.start, sentence.end, window.start, window.end);
      const speaker = item >= 0 ? article.items[item]!.speaker : null;
      // A statement's verdict weighs the story around it (the stock-phrase guard); a claim's or a
      // sentence's never does, so the same sentence in other surroundings (wire copy) is one class.
      const around = kind === 'quote' || kind === 'reported' ? article.text.slice(window.start, window.end) : '';
      const copy = [kind, features.words.join(' '), speaker ?? '', holds ? 1 : 0, around];
      copyKeys.push(hash52(copy.join('\u0000')));
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
  return { table, lineStems, stemEnds, sentenceHashes, longSentences, copyKeys };
}

/** Copy heads for lines appended to those `heads` covers: the first earlier line with the same key, else the line itself. */
function extendCopyHeads(heads: Int32Array, copyKeys: Float64Array): Int32Array {
  const out = new Int32Array(copyKeys.length);
  out.set(heads);
  const headOf = new Map<number, number>();
  for (let line = 0; line < heads.length; line++) if (copyKeys[line] && heads[line] === line) headOf.set(copyKeys[line]!, line);
  for (let line = heads.length; line < copyKeys.length; line++) {
    const key = copyKeys[line]!;
    const head = key ? headOf.get(key) : undefined;
    out[line] = head ?? line;
    if (key && head === undefined) headOf.set(key, line);
  }
  return out;
}

/** Each line's next copy in index order, -1 for the last of its class. */
function chainCopies(heads: Int32Array): Int32Array {
  const next = new Int32Array(heads.length).fill(-1);
  const last = new Int32Array(heads.length);
  for (let line = 0; line < heads.length; line++) {
    const head = heads[line]!;
    if (head !== line) next[last[head]!] = line;
    last[head] = line;
  }
  return next;
}

/** A sentence or claim that holds (part of) a quote: quote lookups meet the quote item instead. */
function holdsQuote(article: IndexedArticle, kind: LineKind, span: Span): boolean {
  return kind !== 'quote' && article.items.some((q) => q.kind === 'quote' && q.start < span.end && q.end > span.start);
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
  const size = (pick: (part: LineIndexData) => { length: number }) => parts.reduce((n, part) => n + pick(part).length, 0);
  const table = new Int32Array(size((p) => p.table));
  const lineStems = new Int32Array(size((p) => p.lineStems));
  const stemEnds = new Int32Array(size((p) => p.stemEnds));
  const sentenceHashes = new Uint32Array(size((p) => p.sentenceHashes));
  const longSentences = new Int32Array(size((p) => p.longSentences));
  const copyKeys = new Float64Array(size((p) => p.copyKeys));
  const stems: string[] = [];
  const stemIds = new Map<string, number>();
  let articles = 0;
  let at = { table: 0, lineStems: 0, stemEnds: 0, sentenceHashes: 0 };
  for (const part of parts) {
    const remap = part.stems.map((s) => intern(s, stems, stemIds));
    for (let i = 0; i < part.table.length; i++) table[at.table + i] = i % FIELDS === 0 ? part.table[i]! + articles : part.table[i]!;
    for (let i = 0; i < part.lineStems.length; i++) lineStems[at.lineStems + i] = remap[part.lineStems[i]!]!;
    for (let i = 0; i < part.stemEnds.length; i++) stemEnds[at.stemEnds + i] = part.stemEnds[i]! + at.lineStems;
    for (let i = 0; i < part.sentenceHashes.length; i += 2) {
      sentenceHashes[at.sentenceHashes + i] = part.sentenceHashes[i]!;
      sentenceHashes[at.sentenceHashes + i + 1] = part.sentenceHashes[i + 1]! + articles;
    }
    longSentences.set(part.longSentences, articles);
    copyKeys.set(part.copyKeys, at.stemEnds);
    at = {
      table: at.table + part.table.length,
      lineStems: at.lineStems + part.lineStems.length,
      stemEnds: at.stemEnds + part.stemEnds.length,
      sentenceHashes: at.sentenceHashes + part.sentenceHashes.length,
    };
    articles += part.articles;
  }
  return { format: LINE_INDEX_FORMAT, version: LINE_INDEX_VERSION, articles, stems, table, lineStems, stemEnds, sentenceHashes, longSentences, copyKeys };
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
    Array.isArray(d.stems) &&
    [d.table, d.lineStems, d.stemEnds, d.sentenceHashes, d.longSentences].every(isNumbers) &&
    (Array.isArray(d.copyKeys) || d.copyKeys instanceof Float64Array) &&
    d.copyKeys!.length === d.stemEnds!.length &&
    d.table!.length === d.stemEnds!.length * FIELDS &&
    d.longSentences!.length === d.articles &&
    refersWithin(d as LineIndexData)
  );
}

function isNumbers(x: unknown): boolean {
  return Array.isArray(x) || x instanceof Int32Array || x instanceof Uint32Array;
}

/** Every number points where it may: stems, articles and spans in range, line ends in order (a corrupt file is rebuilt, never trusted). */
function refersWithin(d: LineIndexData): boolean {
  // Typed arrays hold whole numbers by construction; arrays parsed from JSON are checked, then read as typed arrays.
  const whole = (xs: ArrayLike<number>) => !Array.isArray(xs) || (xs as readonly number[]).every((x) => Number.isInteger(x) && Math.abs(x) < 2 ** 31);
  if (![d.table, d.lineStems, d.stemEnds, d.longSentences].every(whole)) return false;
  if (Array.isArray(d.sentenceHashes) && !d.sentenceHashes.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)) return false;
  for (let i = 0; i < d.copyKeys.length; i++) {
    const key = d.copyKeys[i]!;
    if (!Number.isInteger(key) || key < 0 || key >= 2 ** 52) return false;
  }
  if (d.copyHeads) {
    if (d.copyHeads.length !== d.copyKeys.length) return false;
    for (let i = 0; i < d.copyHeads.length; i++) {
      const head = d.copyHeads[i]!;
      if (head < 0 || head > i || d.copyHeads[head] !== head || d.copyKeys[head] !== d.copyKeys[i]) return false;
    }
  }
  const lineStems = toInt32(d.lineStems);
  const stemEnds = toInt32(d.stemEnds);
  const t = toInt32(d.table);
  for (let i = 0; i < lineStems.length; i++) {
    const id = lineStems[i]!;
    if (id < 0 || id >= d.stems.length) return false;
  }
  let previous = 0;
  for (let i = 0; i < stemEnds.length; i++) {
    const end = stemEnds[i]!;
    if (end < previous || end > lineStems.length) return false;
    previous = end;
  }
  for (let i = 0; i < t.length; i += FIELDS) {
    const ok = t[i]! >= 0 && t[i]! < d.articles && t[i + 1]! >= 0 && t[i + 1]! < 2 * HOLDS_QUOTE && t[i + 3]! >= 0 && t[i + 4]! >= t[i + 3]!;
    if (!ok) return false;
  }
  if (d.sentenceHashes.length % 2 !== 0) return false;
  for (let i = 1; i < d.sentenceHashes.length; i += 2) if (d.sentenceHashes[i]! >= d.articles) return false;
  return true;
}

/**
 * Long sentences' hashes, sorted, with the article of each: found by binary search, so a loaded
 * index needs no hash map built (hundreds of thousands of entries at 10,000 articles).
 */
class SentenceOwners {
  private hashes = new Uint32Array(0);
  private owners = new Int32Array(0);

  /** Adds [hash, article] pairs (kept sorted: pairs that come sorted, as a packed index writes them, cost one pass). */
  add(pairs: ArrayLike<number>): void {
    const count = this.hashes.length + pairs.length / 2;
    const keys = new Float64Array(count);
    // hash × 2^21 + article is exact in a double and sorts by hash, then article.
    for (let i = 0; i < this.hashes.length; i++) keys[i] = this.hashes[i]! * ARTICLE_SPAN + this.owners[i]!;
    for (let i = 0; i < pairs.length; i += 2) keys[this.hashes.length + i / 2] = pairs[i]! * ARTICLE_SPAN + pairs[i + 1]!;
    let sorted = true;
    for (let i = 1; i < count && sorted; i++) sorted = keys[i - 1]! <= keys[i]!;
    if (!sorted) keys.sort();
    this.hashes = new Uint32Array(count);
    this.owners = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      this.hashes[i] = Math.floor(keys[i]! / ARTICLE_SPAN);
      this.owners[i] = keys[i]! % ARTICLE_SPAN;
    }
  }

  /** The articles holding a sentence with this hash. */
  of(hash: number): number[] {
    let low = 0;
    let high = this.hashes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.hashes[mid]! < hash) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let i = low; i < this.hashes.length && this.hashes[i] === hash; i++) found.push(this.owners[i]!);
    return found;
  }

  pairs(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.hashes.length; i++) out.push(this.hashes[i]!, this.owners[i]!);
    return out;
  }
}

/** Articles a sentence hash can name: 2^21, past any corpus the extension holds (the reader's own stops at 100,000). */
const ARTICLE_SPAN = 2 ** 21;

export class LineIndex {
  private readonly stems: string[];
  private readonly stemIds = new Map<string, number>();
  private table: Int32Array;
  private lineStems: Int32Array;
  private stemEnds: Int32Array;
  /**
   * Postings as one flat array: the lines holding stem s are postingLines[postingStarts[s] …
   * postingStarts[s + 1]]. Only copy heads are posted: a copy has its head's words, so it is
   * reached through its head (nextCopy), and a wire line in thousands of articles costs one entry.
   */
  private postingStarts = new Int32Array(1);
  /** Lines counted once per group of reprinted copies: the copy heads. */
  private distinctLines = 0;
  private postingLines = new Int32Array(0);
  /** Lines holding each stem, copies included: what IDF and "everyday word" are told by. */
  private stemLines = new Int32Array(0);
  private idf = new Float64Array(0);
  private lineWeight = new Float64Array(0);
  private copyKeys: Float64Array;
  private articlePositions: Map<string, number> | null = null;
  /** Each line's copy head (see LineIndexData.copyHeads). */
  private copyHeads: Int32Array;
  /** Each line's next copy (-1 at the end of its class); chained on first use. */
  private copyNext: Int32Array | null = null;
  private readonly sentenceOwners = new SentenceOwners();
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
    // Typed arrays (a packed index's views) are used as they are; JSON arrays are copied once.
    this.table = toInt32(data.table);
    this.lineStems = toInt32(data.lineStems);
    this.stemEnds = toInt32(data.stemEnds);
    this.longSentences = Array.from(data.longSentences);
    this.copyKeys = data.copyKeys instanceof Float64Array ? data.copyKeys : Float64Array.from(data.copyKeys);
    this.copyHeads = data.copyHeads ?? extendCopyHeads(new Int32Array(0), this.copyKeys);
    this.sentenceOwners.add(data.sentenceHashes);
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

  get articleCount(): number {
    return this.articles.length;
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
    const copyKeys = new Float64Array(this.copyKeys.length + part.copyKeys.length);
    copyKeys.set(this.copyKeys);
    copyKeys.set(part.copyKeys, this.copyKeys.length);
    this.copyKeys = copyKeys;
    this.copyHeads = extendCopyHeads(this.copyHeads, copyKeys);
    this.sentenceOwners.add(part.sentenceHashes);
    this.articles.push(...added);
    this.articlePositions = null;
    this.weigh();
  }

  /** The serialisable form of what this index holds. */
  toData(): LineIndexData {
    return {
      format: LINE_INDEX_FORMAT,
      version: LINE_INDEX_VERSION,
      articles: this.articles.length,
      stems: [...this.stems],
      table: [...this.table],
      lineStems: [...this.lineStems],
      stemEnds: [...this.stemEnds],
      sentenceHashes: this.sentenceOwners.pairs(),
      longSentences: [...this.longSentences],
      copyKeys: [...this.copyKeys],
    };
  }

  /** Postings and IDF from the stem ids alone: two passes over flat arrays. */
  private weigh(): void {
    const lines = this.lineCount;
    const stemCount = this.stems.length;
    const stemLines = new Int32Array(stemCount);
    const starts = new Int32Array(stemCount + 1);
    let heads = 0;
    for (let line = 0, k = 0; line < lines; line++) {
      const head = this.copyHeads[line] === line;
      if (head) heads++;
      for (const end = this.stemEnds[line]!; k < end; k++) {
        const s = this.lineStems[k]!;
        stemLines[s]!++;
        if (head) starts[s + 1]!++;
      }
    }
    for (let s = 1; s <= stemCount; s++) starts[s]! += starts[s - 1]!;
    const fill = starts.slice(0, stemCount);
    this.postingLines = new Int32Array(starts[stemCount]!);
    for (let line = 0, k = 0; line < lines; line++) {
      const end = this.stemEnds[line]!;
      if (this.copyHeads[line] !== line) {
        k = end;
        continue;
      }
      for (; k < end; k++) this.postingLines[fill[this.lineStems[k]!]!++] = line;
    }
    this.postingStarts = starts;
    this.distinctLines = heads;
    this.stemLines = stemLines;
    this.idf = new Float64Array(stemCount);
    for (let s = 0; s < stemCount; s++) this.idf[s] = stemLines[s] ? Math.log(1 + lines / stemLines[s]!) : 0;
    // Summed on first use (lookups touch a few thousand lines, not all of them).
    this.lineWeight = new Float64Array(lines);
    this.copyNext = null;
    this.featureCache.clear();
    this.windowCache.clear();
  }

  /**
   * How rare a stem is among the distinct lines (reprinted copies counted once), 0..1: a wire
   * sentence in 200 articles is one line, a beat's topic word ("debate") is in hundreds.
   */
  distinctRarityOf(s: string): number {
    const id = this.stemIds.get(s);
    if (id === undefined || this.distinctLines === 0) return 1;
    // Only copy heads are posted, so a stem's postings count the distinct lines that hold it.
    const holding = this.postingStarts[id + 1]! - this.postingStarts[id]!;
    return holding === 0 ? 1 : Math.log(1 + this.distinctLines / holding) / Math.log(1 + this.distinctLines);
  }

  /** IDF of a stem; undefined for one no line has. */
  idfOf(s: string): number | undefined {
    const id = this.stemIds.get(s);
    return id === undefined || this.stemLines[id] === 0 ? undefined : this.idf[id];
  }

  /**
   * Lines sharing `stems` (copy heads only: see postingLines), with the IDF weight they share (in a reused array: valid until the next
   * call), and the query's total weight. Rarest stems first: once what is left of the query weighs
   * less than `minShare` of it, its everyday words ("said", "year": on more than
   * LONG_POSTINGS lines) only add to lines already found, so a lookup does not walk tens of thousands of lines that share nothing else with it.
   */
  sharedWeights(stems: readonly string[], minShare = 0): { lines: number[]; weights: Float64Array; total: number } {
    this.sizeScratch();
    for (const line of this.touched) this.scratch[line] = 0;
    this.touched = [];
    const ids = [...this.stemIdsOf(stems)];
    ids.sort((a, b) => this.idf[b]! - this.idf[a]!);
    const total = ids.reduce((sum, id) => sum + this.idf[id]!, 0);
    let left = total;
    for (const id of ids) {
      const w = this.idf[id]!;
      const [first, end] = [this.postingStarts[id]!, this.postingStarts[id + 1]!];
      const opens = left >= minShare * total || this.stemLines[id]! < LONG_POSTINGS;
      left -= w;
      for (let k = first; k < end; k++) {
        const line = this.postingLines[k]!;
        const before = this.scratch[line]!;
        if (before === 0) {
          if (!opens) continue;
          this.touched.push(line);
        }
        this.scratch[line] = before + w;
      }
    }
    return { lines: this.touched, weights: this.scratch, total };
  }

  /** A line's stem ids, read from the line table alone (nothing decoded): a view, valid while the index is unchanged. */
  stemIdsAt(line: number): Int32Array {
    return this.lineStems.subarray(line === 0 ? 0 : this.stemEnds[line - 1]!, this.stemEnds[line]!);
  }

  /** The stem an id stands for. */
  stemOf(id: number): string {
    return this.stems[id]!;
  }

  /** IDF of a stem by its id, as idfOf. */
  idfAt(id: number): number | undefined {
    return this.stemLines[id] === 0 ? undefined : this.idf[id];
  }

  /** A stem's id; undefined for a stem no line has. */
  stemIdOf(s: string): number | undefined {
    return this.stemIds.get(s);
  }

  /** The ids of those of `stems` some line holds (a stem no line holds is in none). */
  stemIdsOf(stems: readonly string[]): Set<number> {
    const ids = new Set<number>();
    for (const s of stems) {
      const id = this.stemIds.get(s);
      if (id !== undefined) ids.add(id);
    }
    return ids;
  }

  lineWeightOf(line: number): number {
    let sum = this.lineWeight[line]!;
    if (sum === 0) {
      for (let k = line === 0 ? 0 : this.stemEnds[line - 1]!, end = this.stemEnds[line]!; k < end; k++) sum += this.idf[this.lineStems[k]!]!;
      this.lineWeight[line] = sum;
    }
    return sum;
  }

  /**
   * Builds now what lookups otherwise build on first use (each line's weight, the copy chains,
   * article positions), a slice of lines per step, so that a caller can run it while idle and
   * answer a lookup between any two steps.
   */
  *prepare(slice = 40_000): Generator<void> {
    for (let start = 0; start < this.lineCount; start += slice) {
      for (let line = start, end = Math.min(this.lineCount, start + slice); line < end; line++) this.lineWeightOf(line);
      yield;
    }
    this.copyNext ??= chainCopies(this.copyHeads);
    yield;
    this.positionOfArticle('');
    this.sizeScratch();
  }

  /** The weight accumulator, as long as the index. */
  private sizeScratch(): void {
    if (this.scratch.length < this.lineCount) this.scratch = new Float64Array(this.lineCount);
  }

  /** Where the article with this id stands in the index (-1: none); a map made on first use. */
  positionOfArticle(id: string): number {
    this.articlePositions ??= new Map(this.articles.map((article, n) => [article.id, n]));
    return this.articlePositions.get(id) ?? -1;
  }

  /**
   * A sentence or claim that holds a quote item: a quote's, a report's or a selection's lookup takes
   * the item instead, so such a line is left out before it is decoded (read from the table alone).
   */
  quoteHolderAt(line: number): boolean {
    return this.holdsQuoteAt(line) && !this.isStatementAt(line);
  }

  /** A quote or reported speech (read from the table alone). */
  isStatementAt(line: number): boolean {
    const kind = this.kindAt(line);
    return kind === 'quote' || kind === 'reported';
  }

  /** A line's kind (read from the table alone). */
  kindAt(line: number): LineKind {
    return KINDS[this.table[line * FIELDS + 1]! & KIND_BITS]!;
  }

  private holdsQuoteAt(line: number): boolean {
    return (this.table[line * FIELDS + 1]! & HOLDS_QUOTE) !== 0;
  }

  /** The position of a line's article in the index (a cheap key for per-article counts). */
  articleIndexOf(line: number): number {
    return this.table[line * FIELDS]!;
  }

  articleOf(line: number): IndexedArticle {
    return this.articles[this.table[line * FIELDS]!]!;
  }

  /** The next line of a line's copy class, in index order (a class is walked from its head); -1 after the last. */
  nextCopy(line: number): number {
    return (this.copyNext ??= chainCopies(this.copyHeads))[line]!;
  }

  /** Where a line stands in its article, read from the table alone (its article's text is not decoded). */
  placeOf(line: number): { start: number; end: number; sentence: Span } {
    const at = line * FIELDS;
    return { start: this.table[at + 3]!, end: this.table[at + 4]!, sentence: { start: this.table[at + 5]!, end: this.table[at + 6]! } };
  }

  /** A line with everything verification needs, computed on first use. */
  line(id: number): Line {
    const cached = this.featureCache.get(id);
    if (cached) return cached;
    const at = id * FIELDS;
    const articleIndex = this.table[at]!;
    const article = this.articles[articleIndex]!;
    const kind = this.kindAt(id);
    const item = this.table[at + 2]! >= 0 ? article.items[this.table[at + 2]!] : undefined;
    const start = this.table[at + 3]!;
    const end = this.table[at + 4]!;
    const sentence = { start: this.table[at + 5]!, end: this.table[at + 6]! };
    const text = item ? item.text : article.text.slice(start, end);
    const features = lineFeatures(text);
    const window = { start: this.table[at + 7]!, end: this.table[at + 8]! };
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
      holdsQuote: this.holdsQuoteAt(id),
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
      for (const a of this.sentenceOwners.of(h)) present.set(a, (present.get(a) ?? 0) + 1);
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

function toInt32(xs: Ints): Int32Array {
  return xs instanceof Int32Array ? xs : Int32Array.from(xs);
}

function concat(a: Int32Array, b: readonly number[]): Int32Array {
  const joined = new Int32Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
