/**
 * Lookup: how every other outlet in the corpus rendered a line.
 *
 * Three steps, each doing what it is good at:
 * 1. a candidate filter, an inverted index from content-word stems to lines. Quotes and
 *    claims are short, so exact postings with IDF weights give exact overlaps cheaply
 *    and cost grows with the lines that share a word, not with the corpus; MinHash/LSH
 *    estimates are too noisy on sets of five to twenty words to be worth their set-up.
 * 2. fuse.js scores the survivors in normal form (both ways round, since its Bitap
 *    pattern must be the shorter text); it cuts patterns into 32-character chunks and
 *    ignores order across them, so its score is a gate, never the verdict.
 * 3. verification by word alignment (LCS and longest shared run, as the Hypothesis
 *    client verifies an approximate anchor), which decides relation and score.
 */
import Fuse from 'fuse.js';
import { dateCue, occasionOf, resolveCue, type Occasion } from './dates';
import { align, type Alignment } from './align';
import { distinctiveness, wordRarity } from './distinctive';
import { distinctivelyShared, nameWords, polarityDiffers, saysMoreThanNames, sharedStatementWords, statementWords, STATEMENT_WORDS, type SideWords } from './evidence';
import { isOrganisation, surnameKey } from './entities';
import { isContentWord, lineFeatures, MEASURE_UNITS, stem, stemOpenings, type LineFeatures } from './features';
import { isLineIndexData, LineIndex, storyStems, type Line, type LineIndexData, type LineKind } from './line-index';
import type { CorpusIndex, IndexedArticle, ItemKind, Span } from './types';
import { hasWordChanges, wordDiff, type DiffPart } from './word-diff';
import { WordKinship, type Senses } from './word-kinship';

export type { LineKind } from './line-index';

/** `reported`: the same statement, quoted on one side and reported without quote marks on the other. */
export type Relation = 'verbatim' | 'variant' | 'partial' | 'reported' | 'paraphrase';

/**
 * Thresholds, chosen with `npm run eval` (leave-one-out on the labelled seeds,
 * test/fixtures/labels.json) by sweeping each over a grid and taking the middle of the
 * range where quote precision and recall were highest and one-article lines got no match.
 * Five articles are a small set: re-run the sweep when the corpus or the labels grow.
 */
export const THRESHOLDS = {
  /** fuse.js score (0 = perfect) above which a candidate is dropped; recall fell below 0.6, nothing changed up to 0.8. */
  fuse: 0.7,
  /** Word alignment (Dice on the LCS) from which two quotes are one quote reworded; 0.5 let a false friend in, 0.6–0.8 the same. */
  variant: 0.7,
  /** Share of the shorter quote the longer must carry, in order, to be a part of it. */
  partialCover: 0.85,
  /** Content stems a quote needs before it can stand alone as a part of another ("constructive" cannot). */
  partialMinStems: 2,
  /** Content stems, besides the quote's own, that the sentences around a one-word quote must share. */
  contextTies: 2,
  /** Word alignment from which two claims are one sentence reworded rather than a paraphrase. */
  claimVariant: 0.85,
  /** IDF-weighted rarity of a shared run that, with the same speaker, ties two renderings of a quote; 0.5 let three false friends in, 1.25 lost a true one. */
  sharedRunWeight: 1,
  /** IDF-weighted share (both ways, averaged) two claims must have in common; 0.3 lost recall, 0.2 precision. */
  paraphrase: 0.25,
  /** Informative stems two claims must share when no figure ties them. */
  paraphraseMinStems: 5,
  /** Informative stems that, with a shared figure, tie two statements of one fact ("fourth" + "trip"). */
  figureMinStems: 1,
  /** Their summed general-English rarity: "6 percent" + "end" of something is a coincidence, "4th" + "trip" to Russia is not. */
  figureRareWeight: 0.85,
  /** A stem is informative when its IDF is at least this share of the rarest possible (in about 1 line in 6 or fewer). */
  informative: 0.35,
  /** The same in an archive (ARCHIVE_ARTICLES or more): a stem in about one line in 150 or fewer, so a beat's topic words do not tie two claims. */
  informativeAtSize: 0.42,
  /** Rarity among an archive's distinct lines of the stems that tie a paraphrase there without a figure (ARCHIVE_DISTINCT_STEMS of them). */
  distinctAtSize: 0.6,
  /** Share of the smaller side's stem weight a line must carry to survive the candidate filter. */
  candidateShare: 0.2,
  /**
   * Summed general-English rarity (about a count of rare words) the shared words of two statements
   * need to match without the same speaker or shared context: "very close to a deal" has 0.1,
   * "Vladimir, STOP" 1, "protects every library branch" 3.
   */
  distinctive: 1.5,
  /** Share of the shorter statement's content words (lightly stemmed, in order) the other must carry when one is reported. */
  reportedCover: 0.75,
  /** Candidates kept per query, best first. */
  candidateLimit: 60,
} as const;

export type Thresholds = { -readonly [K in keyof typeof THRESHOLDS]: number };

export interface Disagreement {
  kind: 'figure' | 'place' | 'speaker';
  ours: string;
  theirs: string;
}

export interface Match {
  source: string;
  outlet: string | null;
  label: string;
  /** The outlet's article's headline or first words, for a reader to recognise an unnamed source. */
  gist: string | null;
  kind: LineKind;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  sentence: Span;
  relation: Relation;
  /** 0..1, 1 for identical after normalizing. */
  score: number;
  diff: DiffPart[];
  /** Null where either side's speaker is not known. */
  speakerAgrees: boolean | null;
  disagreements: Disagreement[];
  /** When the outlet's line was said, as its article dates it ("yesterday" counted back); null when undated. */
  date: string | null;
  /** Where the outlet's article's date came from: its source entry, its own text, or its story (an article that shares its quotes). */
  dateFrom: 'sources' | 'text' | 'story' | null;
  /** The same occasion as the page's line, another (a recycled quote, a stock phrase said again), or not known. */
  occasion: Occasion;
}

export interface MatchQuery {
  text: string;
  kind?: ItemKind | 'selection';
  speaker?: string | null;
  /** The sentence around the line on its page, which helps tie very short quotes. */
  context?: string;
}

export interface MatchOptions {
  /** Corpus id of the page itself, whose lines never count as another outlet's. */
  excludeSource?: string | null;
  thresholds?: Partial<Thresholds>;
  /** The page's date, to tell the same occasion from another (see dates.ts). */
  pageDate?: string | null;
  /** The page's outlet where known: a claim its own other articles repeat is its house wording, not another outlet's report. */
  pageOutlet?: string | null;
}

const RELATION_RANK: Record<Relation, number> = { verbatim: 5, partial: 4, variant: 3, reported: 2, paraphrase: 1 };

export class Matcher {
  private readonly lines: LineIndex;
  private readonly byId = new Map<string, IndexedArticle>();

  /** Which words can say the same thing; null for an index built without word knowledge. Made on first use. */
  private kinshipMade: WordKinship | null | undefined;
  /** Per line, the stems each side gains through kin words, for the last query it was verified against. */
  private readonly kinCache = new WeakMap<Line, { q: LineFeatures; kin: KinStems }>();
  /** An archive of one beat (ARCHIVE_ARTICLES or more), whose own word counts say what is rare in it. */
  private readonly isArchive: boolean;
  /** Each line's words with the ones it writes as names (evidence.ts), once per decoded line. */
  private readonly sideCache = new WeakMap<LineFeatures, SideWords>();
  /** Lines a candidate walk took per article (see takenPerArticle). */
  private taken: { counts: Uint8Array; touched: number[] } | undefined;
  /** The last query's word diffs, by the wording they compare it with (see diffOf). */
  private diffs: { of: string; byWording: Map<string, DiffPart[]> } = { of: '', byWording: new Map() };
  /** Per query, the stems of its words each sense set meets (see kinStems). */
  private readonly meetingsCache = new WeakMap<LineFeatures, Map<Senses, (readonly string[])[]>>();
  /** Per query, its informative stems (see informativeStems). */
  private readonly informativeCache = new WeakMap<LineFeatures, readonly string[]>();
  /** Per query's word list, its words by the sense groups they have (see sensesByGroup). */
  private readonly sensesCache = new WeakMap<readonly string[], { usual: Map<number, string[]>; all: Map<number, string[]> }>();

  /**
   * The index's prepared line structures (`index.lines`, written at build time) are loaded, not
   * re-derived; articles past them (the reader's own) and an index without them are derived now.
   */
  constructor(readonly index: CorpusIndex) {
    this.isArchive = index.articles.length >= ARCHIVE_ARTICLES;
    const articles = [...index.articles];
    const prepared = index.lines;
    this.lines = prepared && isLineIndexData(prepared, articles.length) ? LineIndex.load(articles, prepared) : LineIndex.build(articles);
    for (const article of articles) this.byId.set(article.id, article);
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  articleById(id: string): IndexedArticle | undefined {
    return this.byId.get(id);
  }

  /** What lookups otherwise build on first use (see LineIndex.prepare), and the word knowledge, one slice per step. */
  *prepare(): Generator<void> {
    yield* this.lines.prepare();
    yield;
    void this.kinship;
  }

  /** The lookup structures in their serialisable form, to write beside the index. */
  lineIndexData(): LineIndexData {
    return this.lines.toData();
  }

  /** The corpus article a page is: by URL, or by carrying most of that article's sentences (`sentences`: the page's, when already split). */
  findSelf(pageText: string, url?: string | null, sentences?: readonly Span[]): string | null {
    if (url) {
      const bare = (u: string) => u.replace(/^https?:\/\//u, '').replace(/[#?].*$/u, '').replace(/\/$/u, '');
      const byUrl = this.index.articles.find((a) => a.url && bare(a.url) === bare(url));
      if (byUrl) return byUrl.id;
    }
    return this.lines.articleCarriedBy(pageText, sentences)?.id ?? null;
  }

  /** The best rendering of `query` in each other source, best first. */
  match(query: MatchQuery, options: MatchOptions = {}): Match[] {
    const t = { ...THRESHOLDS, ...options.thresholds };
    const q = lineFeatures(query.text);
    if (q.stems.length === 0) return [];
    const qNorm = q.words.join(' ');
    const contextStems = storyStems(query.context ?? query.text);

    const candidates = this.candidates(q.stems, this.leftOut(query, q, t), this.ruledOut(query, q, t), options.excludeSource ?? null, t);
    // Each line's verdict first, then fuse.js over the wordings that earned one: both must pass, and
    // verifying is the cheaper of the two on long quotes (fuse.js is costly for long patterns).
    const verdicts = candidates.map(({ line }) => this.verify(query, q, line, contextStems, t));
    // Claims are matched on meaning-bearing parts (figures, rare words), where two outlets share
    // few characters in order; fuse.js gates wording, so quotes and selections pass through it.
    // Reported speech shifts tense and person ("are" → "were", "we" → "they"), so reported lines skip that gate too.
    const gated = query.kind !== 'claim' && query.kind !== 'reported';
    const verified = candidates.map((c) => c.line).filter((line, n) => verdicts[n] && line.kind !== 'reported');
    const passed = gated ? this.fuseGate(qNorm, verified, t.fuse) : null;

    const queryDate = resolveCue(dateCue(query.context ?? query.text), options.pageDate ?? null);
    const bestPerSource = new Map<string, Match>();
    candidates.forEach(({ line, copies }, n) => {
      const shared = verdicts[n];
      if (!shared || (passed && line.kind !== 'reported' && !passed.has(line))) return;
      const cue = dateCue(line.article.text.slice(line.sentence.start, line.sentence.end));
      // Reprinted copies (same words, speaker and surroundings) take the verdict of the line that stands
      // for them: a wire line can have thousands, so each is one object of a fixed shape, not a spread.
      for (const { id, article } of [{ id: line.id, article: line.article }, ...copies]) {
        const date = resolveCue(cue, article.date);
        const occasion = occasionOf(queryDate, date);
        if (occasion === 'other' && shared.sameOccasionOnly) continue;
        if (query.kind === 'claim' && options.pageOutlet && article.outlet === options.pageOutlet) continue;
        const { start, end, sentence } = this.lines.placeOf(id);
        const verdict: Match = {
          source: article.id,
          outlet: article.outlet,
          label: article.label,
          gist: article.gist ?? null,
          kind: shared.kind,
          text: shared.text,
          speaker: shared.speaker,
          start,
          end,
          sentence,
          relation: shared.relation,
          score: shared.score,
          diff: shared.diff,
          speakerAgrees: shared.speakerAgrees,
          disagreements: shared.disagreements,
          date,
          dateFrom: article.dateFrom ?? null,
          occasion,
        };
        const current = bestPerSource.get(article.id);
        if (!current || isBetter(verdict, current)) bestPerSource.set(article.id, verdict);
      }
    });
    return [...bestPerSource.values()].sort((a, b) => RELATION_RANK[b.relation] - RELATION_RANK[a.relation] || b.score - a.score);
  }

  /**
   * Lines worth verifying, each with its reprinted copies (which are never decoded or weighed
   * again: a wire line in thousands of articles costs one verdict).
   *
   * Ranked by share of the smaller side times the weight shared, so that a short line inside a long
   * query survives too, a short quote wholly inside the query ("very close to a deal") is not pushed
   * out by long sentences that happen to share more common words, nor by short lines of everyday
   * words. The limit counts distinct lines, not copies, and a few per article at most, so neither
   * one article's near-duplicate lines nor a thousand reprints of one line can fill the list and
   * keep other outlets' wordings out. Past the limit, lines that carry nearly all of the query (or
   * it all of them) are still kept, up to a hard cap. Lines `leftOut` rules out are never ranked;
   * those `ruledOut` rules out are ranked and take their place, but are neither decoded nor verified.
   */
  private candidates(stems: string[], leftOut: (line: number) => boolean, ruledOut: ((line: number) => boolean) | null, excludeSource: string | null, t: Thresholds): Candidate[] {
    const { lines, weights, total } = this.lines.sharedWeights(stems, t.candidateShare);
    // Thousands of lines share a word with a short query: each copy class is ranked once, by its
    // head (the only line of it the postings hold), in flat arrays rather than objects.
    const heads = new Int32Array(lines.length);
    const ranks = new Float64Array(lines.length);
    let count = 0;
    for (const id of lines) {
      if (leftOut(id)) continue;
      const w = weights[id]!;
      const share = w / Math.min(total, this.lines.lineWeightOf(id));
      if (share >= t.candidateShare) {
        heads[count] = id;
        ranks[count++] = share * w;
      }
    }
    // Strong: the line carries nearly all of the query (a short line of everyday words inside it is not).
    const strongWeight = STRONG_SHARE * total;
    const isStrong = (id: number) => weights[id]! >= strongWeight;
    const ranked = { heads, ranks, count };
    // Past the limit only strong lines are taken: the best few need ordering, unless capped or
    // excluded articles leave the limit unfilled by them.
    const wanted = t.candidateLimit * RANKED_MARGIN;
    if (count > wanted) {
      const best = this.takeCandidates(ranked, kthLargest(ranks.slice(0, count), wanted), isStrong, ruledOut, excludeSource, t);
      if (best) return best;
    }
    return this.takeCandidates(ranked, -Infinity, isStrong, ruledOut, excludeSource, t)!;
  }

  /**
   * Lines whose verdict for this query is null from their kind alone (see relation), read from the
   * line table before anything is decoded: for a quote's, a report's or a selection's lookup, a
   * sentence or claim that holds a quote item (that item is its line); for a one-word quote
   * ("constructive"), every line but quotes and reports, since a sentence that merely has the word
   * never carries it.
   */
  private leftOut(query: MatchQuery, q: LineFeatures, t: Thresholds): (line: number) => boolean {
    const statementsOnly = query.kind === 'quote' && reportedStems(q.words).length < t.partialMinStems;
    if (statementsOnly) return (line) => !this.lines.isStatementAt(line);
    if (query.kind === 'claim') return () => false;
    return (line) => this.lines.quoteHolderAt(line);
  }

  /**
   * Lines whose verdict for this query is null from their stems alone, read from the line table
   * before anything is decoded; null for a selection, whose lookups are few. Each rule bounds
   * what the verdict needs (see relation) from above, so it never rules out a line that matches.
   */
  private ruledOut(query: MatchQuery, q: LineFeatures, t: Thresholds): ((line: number) => boolean) | null {
    if (query.kind !== 'claim' && query.kind !== 'reported' && query.kind !== 'quote') return null;
    const kindAt = (line: number) => this.lines.kindAt(line);
    const tiesOf = this.stemTies(q, t);
    const n = q.words.length;
    if (query.kind === 'quote') {
      // A quote meets an unquoted line only as "reported": carried in order, one side quoting.
      const unquotedCover = this.coverRuledOut(q, t, (line) => kindAt(line) !== 'quote');
      // Another quote: a variant or a part of it, or (said by the same speaker) one sharing a run of rare words.
      return (line) => {
        if (kindAt(line) !== 'quote') return unquotedCover(line);
        const ties = tiesOf(line);
        const bounds = alignmentBounds(n, ties);
        return bounds.dice < Math.min(t.variant, 1) && bounds.cover < Math.min(t.partialCover, 1) && !(query.speaker && mayShareRareRun(q, ties, t));
      };
    }
    // A claim is matched as a variant (nearly all its words in order) or as the same fact.
    if (query.kind === 'claim') return (line) => {
      const ties = tiesOf(line);
      return alignmentBounds(n, ties).dice < Math.min(t.claimVariant, 1) && !mayStateSameFact(ties, t);
    };
    // Reported speech meets a quote only as "reported": carried in order, one side quoting. Against
    // an unquoted sentence: a variant or a part of it, or the same fact. (A claim can carry the
    // speaker a shared run needs, so it is ruled out only when the report has none.)
    const quoteCover = this.coverRuledOut(q, t, (line) => kindAt(line) === 'quote');
    const unattributed = (line: number) => kindAt(line) === 'sentence' || (!query.speaker && kindAt(line) === 'claim');
    return (line) => {
      if (quoteCover(line)) return true;
      if (!unattributed(line)) return false;
      const ties = tiesOf(line);
      const bounds = alignmentBounds(n, ties);
      // A part (one side inside the other) carries all of the shorter side: its cover bound is 1.
      return bounds.dice < Math.min(t.variant, 1) && bounds.cover < Math.min(t.partialCover, 1) && !mayStateSameFact(ties, t);
    };
  }

  /**
   * Among the lines `oneSideQuoted` picks, those that cannot carry reportedCover of the shorter
   * side's content words. Each word carried meets a word of its light stem, so of its opening
   * (stemOpenings); the line has at least as many content words as stems.
   */
  private coverRuledOut(q: LineFeatures, t: Thresholds, oneSideQuoted: (line: number) => boolean): (line: number) => boolean {
    // The query's content words by their first three letters.
    const words = new Map<string, number>();
    for (const w of q.words) if (isContentWord(w)) words.set(w.slice(0, 3), (words.get(w.slice(0, 3)) ?? 0) + 1);
    const contentWords = reportedStems(q.words).length;
    const openingsOf = new Map<number, readonly string[]>();
    return (line) => {
      if (!oneSideQuoted(line)) return false;
      const stems = this.lines.stemIdsAt(line);
      const shorter = Math.min(contentWords, stems.length);
      if (shorter === 0) return false;
      const met = new Set<string>();
      for (const id of stems) {
        let openings = openingsOf.get(id);
        if (!openings) openingsOf.set(id, (openings = stemOpenings(this.lines.stemOf(id)).filter((o) => words.has(o))));
        for (const o of openings) met.add(o);
      }
      let carried = 0;
      for (const o of met) carried += words.get(o)!;
      return carried / shorter < t.reportedCover;
    };
  }

  /** Per line, what its stems (read from the line table) share with the query's: see StemTies. */
  private stemTies(q: LineFeatures, t: Thresholds): (line: number) => StemTies {
    const [all, informative, figures] = [q.stems, this.informativeStems(q, t), q.figures.map((f) => f.split(' ')[0]!)].map((stems) => this.lines.stemIdsOf(stems)) as [Set<number>, Set<number>, Set<number>];
    // Each content word of the query, by its stem's id (-1: a stem no line has).
    const contentWords = q.words.filter(isContentWord).map((w) => this.lines.stemIdOf(stem(w)) ?? -1);
    return (line) => {
      const stems = this.lines.stemIdsAt(line);
      const ties: StemTies = { lineStems: stems.length, queryMissing: 0, lineMissing: 0, sharedRarity: 0, informative: 0, figures: 0 };
      for (const id of stems) {
        if (!all.has(id)) ties.lineMissing++;
        else ties.sharedRarity += this.rarityOfIdf(this.lines.idfAt(id));
        if (informative.has(id)) ties.informative++;
        if (figures.has(id)) ties.figures++;
      }
      for (const id of contentWords) if (id < 0 || !stems.includes(id)) ties.queryMissing++;
      return ties;
    };
  }

  /**
   * Walks the ranked copy classes best first (those at or above `cutoff`, then the strong ones
   * below it) and keeps the candidates; null when the classes above the cutoff did not fill the
   * limit, so that the caller must walk them all.
   */
  private takeCandidates(
    { heads, ranks, count }: { heads: Int32Array; ranks: Float64Array; count: number },
    cutoff: number,
    isStrong: (id: number) => boolean,
    ruledOut: ((line: number) => boolean) | null,
    excludeSource: string | null,
    t: Thresholds,
  ): Candidate[] | null {
    const order: number[] = [];
    for (let n = 0; n < count; n++) if (ranks[n]! >= cutoff || isStrong(heads[n]!)) order.push(n);
    // Stable, so classes of equal rank keep the index's order whichever walk ranked them.
    order.sort((a, b) => ranks[b]! - ranks[a]! || a - b);
    const excluded = excludeSource === null ? -1 : this.lines.positionOfArticle(excludeSource);
    // Lines taken per article, in a reused array (a class can hold thousands of copies).
    const perArticle = this.takenPerArticle();
    const kept: Candidate[] = [];
    // Classes taken, the ruled-out ones included (they are kept in the walk, not verified).
    let taken = 0;
    let copies = 0;
    let crossed = false;
    for (const n of order) {
      if (!crossed && ranks[n]! < cutoff) {
        if (taken < t.candidateLimit) return null;
        crossed = true;
      }
      const head = heads[n]!;
      if (taken >= MAX_CANDIDATES || (taken >= t.candidateLimit && !isStrong(head))) continue;
      const verified = !ruledOut?.(head);
      // The class's first line from an article still open stands for it; the others are its copies.
      let entry: Candidate | null = null;
      let opened = false;
      for (let id = head; id >= 0; id = this.lines.nextCopy(id)) {
        const articleIndex = this.lines.articleIndexOf(id);
        if (articleIndex === excluded) continue;
        const used = perArticle.counts[articleIndex]!;
        if (used >= CANDIDATES_PER_ARTICLE) continue;
        if (!opened) {
          opened = true;
          taken++;
          if (verified) kept.push((entry = { line: this.lines.line(id), copies: [] }));
        } else if (copies < MAX_COPIES) {
          entry?.copies.push({ id, article: this.lines.articleOf(id) });
          copies++;
        } else {
          break;
        }
        if (used === 0) perArticle.touched.push(articleIndex);
        perArticle.counts[articleIndex] = used + 1;
      }
    }
    if (!crossed && cutoff > -Infinity && taken < t.candidateLimit && order.length < count) return null;
    return kept;
  }

  /** The per-article counts of the last candidate walk, cleared (only where it counted) for the next. */
  private takenPerArticle(): { counts: Uint8Array; touched: number[] } {
    const taken = (this.taken ??= { counts: new Uint8Array(this.lines.articleCount), touched: [] });
    if (taken.counts.length < this.lines.articleCount) taken.counts = new Uint8Array(this.lines.articleCount);
    for (const a of taken.touched) taken.counts[a] = 0;
    taken.touched = [];
    return taken;
  }

  /** fuse.js over the candidates in normal form; the shorter text is always the pattern. */
  private fuseGate(qNorm: string, candidates: Line[], threshold: number): Set<Line> {
    const options = { includeScore: true, ignoreLocation: true, threshold, isCaseSensitive: true, shouldSort: false };
    // Each distinct wording once: reprinted copies pass or fail together.
    const norms = [...new Set(candidates.map((c) => c.norm))];
    const longer = norms.filter((n) => n.length >= qNorm.length);
    const passing = new Set(new Fuse(longer, options).search(qNorm).map((r) => r.item));
    const reverse = new Fuse([qNorm], options);
    for (const n of norms) if (n.length < qNorm.length && reverse.search(n).length) passing.add(n);
    return new Set(candidates.filter((c) => passing.has(c.norm)));
  }

  private verify(query: MatchQuery, q: LineFeatures, line: Line, contextStems: string[], t: Thresholds): Verdict | null {
    const alignment = align(q.words, line.words);
    const speakerAgrees = agreement(query.speaker ?? null, line.speaker);
    const evidence: { by: Evidence } = { by: 'words' };
    const relation = this.relation(query, q, line, alignment, speakerAgrees, contextStems, t, evidence);
    if (!relation) return null;
    // A paraphrase must share real content: below the floor nobody would accept it, whatever else tied the two.
    const paraphraseShare = relation === 'paraphrase' ? this.weightedShare(q.stems, this.kinStems(q, line).line) : 0;
    if (relation === 'paraphrase' && paraphraseShare < PARAPHRASE_FLOOR) return null;
    const diff = this.diffOf(query.text, line.text);
    const verbatim = relation === 'verbatim' || (relation === 'variant' && !hasWordChanges(diff));
    const disagreements = compareFacts(q, line);
    if (speakerAgrees === false) disagreements.unshift({ kind: 'speaker', ours: query.speaker!, theirs: line.speaker! });
    return {
      source: line.article.id,
      outlet: line.article.outlet,
      label: line.article.label,
      gist: line.article.gist ?? null,
      kind: line.kind,
      text: line.text,
      speaker: line.speaker,
      start: line.start,
      end: line.end,
      sentence: line.sentence,
      relation: verbatim ? 'verbatim' : relation,
      score: round(verbatim ? 1 : relation === 'paraphrase' ? Math.min(paraphraseShare, 0.9) : relation === 'reported' ? Math.min(alignment.coverShorter, 0.99) : Math.min(alignment.dice, 0.99)),
      diff,
      speakerAgrees,
      disagreements,
      date: null,
      dateFrom: null,
      occasion: null,
      // Only the story ties the two, or they state one fact: on another occasion that is another line.
      // A claim on another day is another fact, or the background a story repeats ("annexed in 2014").
      // Two named people saying the same words on different days said two things.
      sameOccasionOnly: evidence.by === 'story' || relation === 'paraphrase' || relation === 'reported' || query.kind === 'claim' || speakersConflict(query.speaker ?? null, line.speaker),
    };
  }

  private sideOf(features: LineFeatures, text: string): SideWords {
    let side = this.sideCache.get(features);
    if (!side) this.sideCache.set(features, (side = { words: features.words, names: nameWords(text) }));
    return side;
  }

  /** The word diff of the query against a line's wording, once per wording: outlets that share one differ from the query alike. */
  private diffOf(ours: string, theirs: string): DiffPart[] {
    if (this.diffs.of !== ours) this.diffs = { of: ours, byWording: new Map() };
    let diff = this.diffs.byWording.get(theirs);
    if (!diff) {
      diff = wordDiff(ours, theirs);
      this.diffs.byWording.set(theirs, diff);
    }
    return diff;
  }

  private relation(
    query: MatchQuery,
    q: LineFeatures,
    line: Line,
    a: Alignment,
    speakerAgrees: boolean | null,
    contextStems: string[],
    t: Thresholds,
    evidence: { by: Evidence },
  ): Relation | null {
    const queryKind = query.kind ?? 'selection';
    const lineIsQuote = line.kind === 'quote';
    const lineIsStatement = lineIsQuote || line.kind === 'reported';
    // A quote is looked up among quotes, and among sentences that carry its words unquoted.
    if (queryKind !== 'claim' && !lineIsStatement && line.holdsQuote) return null;
    const shorterStems = q.words.length <= line.words.length ? q.stems : line.stems;
    // Context ties: content the sentences around both lines share, beyond the words the two lines share.
    // Computed only where a verdict needs it: a line's story words are the costly part of a first lookup.
    let ties: number | undefined;
    const contextTies = () => (ties ??= contextStems.filter((s) => line.contextStems.includes(s) && !(q.stems.includes(s) && line.stems.includes(s))).length);
    const conflict = speakersConflict(query.speaker ?? null, line.speaker);

    if (queryKind === 'claim') {
      if (a.dice === 1) return 'verbatim';
      if (a.dice >= t.claimVariant) return 'variant';
      return this.sameFact(q, line, t, conflict) ? 'paraphrase' : null;
    }
    if (queryKind === 'selection' && !lineIsQuote) {
      if (a.dice === 1) return 'verbatim';
      if (a.dice >= t.claimVariant) return 'variant';
      if (a.contained && shorterStems.length >= t.partialMinStems) return 'partial';
      return this.sameFact(q, line, t, false) ? 'paraphrase' : null;
    }
    // Statements (quotes, reported speech): the same words from another speaker, with nothing
    // around them in common, are a stock phrase and not the same line. The guard only ever
    // rejects and weighs the story around the line (the costly part of a first lookup), so it is
    // asked only of a line that would otherwise match.
    const guarded = (relation: Relation) => {
      if (queryKind === 'selection') return relation;
      if (!this.sameStatement(q, line, speakerAgrees, conflict, contextTies, t)) return null;
      // A paraphrase's evidence is the fact both state (sameFact); the others' is in their words.
      const by = relation === 'paraphrase' ? 'words' : this.evidenceFor(query, q, line, a, speakerAgrees, conflict, contextTies, t);
      if (!by) return null;
      if (relation !== 'verbatim' && polarityDiffers(q.words, line.words, relation === 'partial' || relation === 'reported' || a.coverShorter >= t.partialCover)) return null;
      evidence.by = by;
      return relation;
    };

    const oneSideQuoted = queryKind !== 'selection' && (queryKind === 'quote') !== lineIsQuote;
    if (oneSideQuoted) {
      // Words carried in order, one side quoting them and the other not.
      const [ours, theirs] = [reportedStems(q.words), reportedStems(line.words)];
      const cover = align(ours, theirs);
      // A one-word quote ("constructive") is carried only by a quote or a report of it, never by any sentence with the word.
      const shorterWords = q.words.length <= line.words.length ? q.words : line.words;
      const enough =
        Math.min(ours.length, theirs.length) >= t.partialMinStems ||
        (lineIsStatement && contextTies() >= t.contextTies && distinctiveness(shorterWords) >= t.distinctive / 2);
      return cover.coverShorter >= t.reportedCover && enough ? guarded('reported') : null;
    }
    if (a.dice === 1) return guarded('verbatim');
    // A one-word quote ("constructive") is a part of a longer one only where both stand in the same story.
    const standsAlone = shorterStems.length >= t.partialMinStems || contextTies() >= t.contextTies;
    if (a.contained && standsAlone) return guarded('partial');
    if (a.dice >= t.variant) return guarded('variant');
    if (a.coverShorter >= t.partialCover && standsAlone) return guarded('partial');
    // Two renderings of one statement ("a good day of negotiations" / "a good day in talks"):
    // a run of rare words in common, from the same speaker.
    // The run must be much of the statement, not a topic both mention ("the deadly strike on Kyiv").
    const run = [...new Set(a.longestRun.map(stem))].filter((s) => shorterStems.includes(s));
    if (this.rarity(run) >= t.sharedRunWeight && run.length * 2 >= shorterStems.length && speakerAgrees === true) return guarded('variant');
    if (queryKind === 'reported' && line.kind === 'reported') {
      const cover = align(reportedStems(q.words), reportedStems(line.words));
      if (cover.coverShorter >= t.reportedCover && standsAlone) return guarded('paraphrase');
    }
    // Reported facts ("according to reports, Ukraine could be asked to give up…") are claims too:
    // the same fact in other words, against another outlet's claim or report of it.
    if (queryKind === 'reported' && !lineIsQuote && this.sameFact(q, line, t, conflict)) return guarded('paraphrase');
    return null;
  }

  /**
   * Evidence that two statements are one (evidence.ts): distinctive words in common that are not
   * names, or the same speaker on the same subject with words beyond names in common. A quote of
   * names alone ("Hillary Clinton.", "Meet the Press") is no statement to carry.
   */
  private evidenceFor(query: MatchQuery, q: LineFeatures, line: Line, a: Alignment, speakerAgrees: boolean | null, conflict: boolean, contextTies: () => number, t: Thresholds): Evidence | null {
    const ours = this.sideOf(q, query.text);
    const theirs = this.sideOf(line, line.text);
    if (!saysMoreThanNames(ours.words, ours.names) || !saysMoreThanNames(theirs.words, theirs.names)) return null;
    const shared = sharedStatementWords(ours, theirs);
    if (distinctivelyShared(shared, ours, theirs, a.longestRun)) return 'words';
    if (shared.length === 0) return null;
    // The same speaker on the same occasion (the caller holds 'story' to it).
    if (speakerAgrees === true) return 'story';
    // Or the same subject: the story around both, and no other speaker of the same kind. A word or
    // two ("smart", "fear") is only a line where both sides name who said it.
    if (conflict || contextTies() < t.contextTies) return null;
    const shorter = q.words.length <= line.words.length ? ours : theirs;
    const saysLittle = statementWords(shorter.words, shorter.names).length < STATEMENT_WORDS;
    return saysLittle && !(query.speaker && line.speaker) ? null : 'story';
  }

  /**
   * The stock-phrase guard. Two statements can be one line when their speakers agree, or the
   * sentences around them share content, or their shared words are distinctive in general
   * English; a different known speaker with no shared context is never the same line.
   */
  private sameStatement(q: LineFeatures, line: Line, speakerAgrees: boolean | null, conflict: boolean, contextTies: () => number, t: Thresholds): boolean {
    if (conflict) return contextTies() >= t.contextTies;
    if (speakerAgrees === true || contextTies() >= t.contextTies) return true;
    const lineWords = new Set(line.words);
    const shared = q.words.filter((w) => lineWords.has(w));
    return distinctiveness(shared) >= t.distinctive;
  }

  /**
   * Two sentences state one fact: they share a figure and some rare words, or many rare words.
   * Rare words are weighed by IDF, so that names every article repeats do not tie two lines alone.
   */
  private sameFact(q: LineFeatures, line: Line, t: Thresholds, speakersConflict: boolean): boolean {
    const rarityOf = rarityByStem(q.words);
    const informative = this.informativeStems(q, t).filter((s) => line.stems.includes(s));
    const rareWeight = informative.reduce((sum, s) => sum + (rarityOf.get(s) ?? 0), 0);
    // Two people stating one figure about one thing is common; the same wording from another named
    // speaker on another day ("the evacuation would last at least 48 hours") is not, so it needs more.
    if (speakersConflict && rareWeight < t.figureRareWeight * 2) return false;
    // A year ("in 2022") dates many events and "first" is mostly idiom: either ties two claims only
    // through a whole clause in common ("Crimea, annexed in 2014"), not a word or two of the story.
    const figures = q.figures.filter((f) => !isDayOfMonth(q.words, f) && line.figures.some((g) => sameFigure(f, g) && !isDayOfMonth(line.words, g)));
    // A figure ties two sentences only through what it counts: rare words in its own clause on both
    // sides ("20 percent of Ukraine"), not anywhere in two long sentences ("three years after the
    // invasion" / "the three-year war"), and not the toll word alone ("killed 12" in a flood and a strike).
    const tiedByFigure = figures.some((f) => {
      const near = informative.filter((s) => !TOLL_STEMS.has(s) && isNearFigure(q.words, f, s) && line.figures.some((g) => sameFigure(f, g) && isNearFigure(line.words, g, s)));
      const stems = WEAK_FIGURE.test(f) ? WEAK_FIGURE_CLAUSE_STEMS : t.figureMinStems;
      const weight = WEAK_FIGURE.test(f) ? t.figureRareWeight * WEAK_FIGURE_CLAUSE_STEMS : t.figureRareWeight;
      return near.length >= stems && near.reduce((sum, s) => sum + (rarityOf.get(s) ?? 0), 0) >= weight;
    });
    if (tiedByFigure) return true;
    if (informative.length < t.paraphraseMinStems) return false;
    // In an archive, a beat's stories share many informative words ("tax", "returns", "release");
    // one fact in other words shares some that are rare even there ("Crutcher", "Tulsa").
    if (this.isArchive && informative.filter((s) => this.lines.distinctRarityOf(s) >= t.distinctAtSize).length < ARCHIVE_DISTINCT_STEMS) return false;
    // Words the line says in other words ("negotiations" for "talks") count towards the share of
    // content, not as rare words in common: sentences of one story are full of kin words.
    const kin = this.kinStems(q, line);
    const share = this.weightedShare(q.stems, kin.line) + this.weightedShare(line.stems, kin.query);
    return share / 2 >= t.paraphrase;
  }

  /**
   * The query's stems that can tie two statements of one fact: rare in this corpus and not an
   * everyday English word ("talk", "night", "day"). Units of measure ("year", "hour") belong to
   * the figures they follow, not to the rare words. Once per query, not per candidate.
   */
  private informativeStems(q: LineFeatures, t: Thresholds): readonly string[] {
    let stems = this.informativeCache.get(q);
    if (!stems) {
      const rarityOf = rarityByStem(q.words);
      // In an archive of one beat, its topic words ("presidential", "debate", "tax") are rare in
      // English and everywhere in the archive: there only the archive's own rarity informs.
      stems = q.stems.filter(
        (s) =>
          (rarityOf.get(s) ?? 0) >= RARE_WORD &&
          // Common in this corpus (a small one about one story names Russia everywhere) but rare in English still informs.
          (this.isArchive ? this.lines.distinctRarityOf(s) >= t.informativeAtSize : this.rarity([s]) >= t.informative || (rarityOf.get(s) ?? 0) >= GENERALLY_RARE) &&
          !/^\d/u.test(s) &&
          !MEASURE_UNIT_STEMS.has(s),
      );
      this.informativeCache.set(q, stems);
    }
    return stems;
  }

  /** Sum of the stems' IDF, in units of the rarest possible stem's. */
  private rarity(stems: readonly string[]): number {
    return stems.reduce((sum, s) => sum + this.rarityOfIdf(this.lines.idfOf(s)), 0);
  }

  /** A stem's IDF in units of the rarest possible stem's (a stem no line has counts as that rarest). */
  private rarityOfIdf(idf: number | undefined): number {
    const max = Math.log(1 + this.lines.lineCount);
    return (idf ?? max) / max;
  }

  private get kinship(): WordKinship | null {
    // Checked when the index was read (parseIndex, unpackIndex), or made by the build.
    if (this.kinshipMade === undefined) {
      const table = this.index.senses ?? this.index.words;
      this.kinshipMade = table ? new WordKinship(table) : null;
    }
    return this.kinshipMade;
  }

  /**
   * The line's stems plus the query stems it says in kin words, and the query's stems plus the
   * line stems the query says in kin words (WordNet, see word-kinship.ts); the plain stems without it.
   */
  private kinStems(q: LineFeatures, line: Line): KinStems {
    const kinship = this.kinship;
    if (!kinship) return { line: line.stems, query: q.stems };
    const cached = this.kinCache.get(line);
    if (cached?.q === q) return cached.kin;
    const kin = { line: [...line.stems], query: [...q.stems] };
    // The query's words by sense once per query; the line's words are walked sense by sense
    // against them, without grouping (a page meets hundreds of new lines).
    const ours = this.sensesByGroup(kinship, q.words);
    // A line word b and query words A that meet in a sense: b says A's stems the line lacks, A says b.
    const meet = (ourStems: readonly string[], b: string) => {
      if (!ourStems.some((a) => !line.stems.includes(a))) return;
      for (const a of ourStems) if (!line.stems.includes(a) && !kin.line.includes(a)) kin.line.push(a);
      if (!kin.query.includes(b)) kin.query.push(b);
    };
    // Which of the query's words each sense set meets, kept for the query: its candidates share most words.
    let meetings = this.meetingsCache.get(q);
    if (!meetings) this.meetingsCache.set(q, (meetings = new Map()));
    forEachSense(kinship, line.words, (b, senses) => {
      // A stem the query has gains neither side anything.
      if (q.stems.includes(b)) return;
      let met = meetings.get(senses);
      if (!met) {
        met = [];
        for (const g of senses.all) {
          const ourStems = ours.usual.get(g);
          if (ourStems) met.push(ourStems);
        }
        for (const g of senses.usual) {
          const ourStems = ours.all.get(g);
          if (ourStems) met.push(ourStems);
        }
        meetings.set(senses, met);
      }
      for (const ourStems of met) meet(ourStems, b);
    });
    this.kinCache.set(line, { q, kin });
    return kin;
  }

  /** A line's content words (and two-word phrases: "give up") by the sense groups they have, usual and any; kept per word list. */
  private sensesByGroup(kinship: WordKinship, words: readonly string[]): { usual: Map<number, string[]>; all: Map<number, string[]> } {
    const cached = this.sensesCache.get(words);
    if (cached) return cached;
    const usual = new Map<number, string[]>();
    const all = new Map<number, string[]>();
    const add = (into: Map<number, string[]>, group: number, s: string) => {
      const stems = into.get(group);
      if (!stems) into.set(group, [s]);
      else if (!stems.includes(s)) stems.push(s);
    };
    forEachSense(kinship, words, (s, senses) => {
      for (const g of senses.usual) add(usual, g, s);
      for (const g of senses.all) add(all, g, s);
    });
    const byGroup = { usual, all };
    this.sensesCache.set(words, byGroup);
    return byGroup;
  }

  /** IDF-weighted share of `of`'s stems that `within` also has. */
  private weightedShare(of: readonly string[], within: readonly string[]): number {
    let total = 0;
    let shared = 0;
    const set = new Set(within);
    for (const s of of) {
      const w = this.lines.idfOf(s) ?? Math.log(1 + this.lines.lineCount);
      total += w;
      if (set.has(s)) shared += w;
    }
    return total ? shared / total : 0;
  }
}

/** Each content word's senses (and those of the two-word phrase it opens: "give up"), with the word's stem. */
function forEachSense(kinship: WordKinship, words: readonly string[], visit: (stem: string, senses: Senses) => void): void {
  words.forEach((word, n) => {
    if (!isContentWord(word) || /^\d/u.test(word)) return;
    const s = stem(word);
    const next = words[n + 1];
    for (const form of next && kinship.opensPhrase(word) && /^\p{L}+$/u.test(next) ? [word, `${word}_${next}`] : [word]) {
      const senses = kinship.sensesOf(form);
      if (senses) visit(s, senses);
    }
  });
}

/** What a line's stems share with a query's, read from the line table (see Matcher.stemTies). */
interface StemTies {
  /** The line's stems. */
  lineStems: number;
  /** The query's content words whose stem the line lacks (each one a word no alignment can pair). */
  queryMissing: number;
  /** The line's stems the query lacks (each at least one of its words no alignment can pair). */
  lineMissing: number;
  /** The rarity (see Matcher.rarity) of the stems both have. */
  sharedRarity: number;
  /** The query's informative stems (see informativeStems) the line has. */
  informative: number;
  /** The query's figures whose number the line has. */
  figures: number;
}

/**
 * Upper bounds of align(query words, line words) from stem ties alone, `n` the query's words: the
 * common words are at most n − queryMissing, and the line has at least lineMissing more.
 */
function alignmentBounds(n: number, { queryMissing, lineMissing }: StemTies): { dice: number; cover: number } {
  return {
    // 2·common / (n + m) grows with common, and m ≥ common + lineMissing.
    dice: (2 * (n - queryMissing)) / (2 * n - queryMissing + lineMissing),
    // Over the shorter side: n words, or fewer than n with at least lineMissing of them uncarried.
    cover: Math.max(n - queryMissing, n - lineMissing) / n,
  };
}

/**
 * Whether two statements can share the run of rare words that makes them one (see relation): the
 * run's stems are stems both have, at least half the shorter side's, and rare enough. (The rarity
 * is summed in another order than the run's, hence the slack.)
 */
function mayShareRareRun(q: LineFeatures, ties: StemTies, t: Thresholds): boolean {
  const shared = ties.lineStems - ties.lineMissing;
  return shared * 2 >= Math.min(q.stems.length, ties.lineStems) && ties.sharedRarity >= t.sharedRunWeight - 1e-9;
}

/** Whether sameFact can hold, from the informative stems and figures the line shares alone. */
function mayStateSameFact({ informative, figures }: StemTies, t: Thresholds): boolean {
  // Beside a figure, a few informative stems (at least one where the clause must weigh something); else many.
  const besideFigure = Math.max(t.figureRareWeight > 0 ? 1 : 0, Math.min(t.figureMinStems, WEAK_FIGURE_CLAUSE_STEMS));
  return informative >= t.paraphraseMinStems || (figures > 0 && informative >= besideFigure);
}

function isBetter(a: Match, b: Match): boolean {
  return RELATION_RANK[a.relation] !== RELATION_RANK[b.relation]
    ? RELATION_RANK[a.relation] > RELATION_RANK[b.relation] && (a.score >= 0.3 || b.relation === 'paraphrase')
    : a.score > b.score;
}


/** Units as stems ("percent" is "perce"), since informative words are compared as stems. */
const MEASURE_UNIT_STEMS: ReadonlySet<string> = new Set([...MEASURE_UNITS].map(stem));

/** Casualty words: what a toll counts ("12 deaths"), so they never tie two tolls by themselves. */
const TOLL_STEMS: ReadonlySet<string> = new Set(['death', 'injur', 'wound', 'casua']);
const TOLL_UNITS: ReadonlySet<string> = new Set(['person', 'death']);
/** Words either side of a figure that make its clause. */
const FIGURE_CLAUSE_WORDS = 12;

/** Whether a content word of stem `s` stands within the clause around `figure` in `words`. */
function isNearFigure(words: readonly string[], figure: string, s: string): boolean {
  const at = words.indexOf(figure.split(' ')[0]!);
  if (at < 0) return false;
  for (let i = Math.max(0, at - FIGURE_CLAUSE_WORDS); i <= Math.min(words.length - 1, at + FIGURE_CLAUSE_WORDS); i++) {
    if (isContentWord(words[i]!) && stem(words[i]!) === s) return true;
  }
  return false;
}

/** Rare words in common around a weak figure (a year) that make its clause one fact. */
const WEAK_FIGURE_CLAUSE_STEMS = 3;
const WEAK_FIGURE = /^(?:(?:1[89]|20)\d\d|1st|2nd)$/u;

/** Months, in normal form, as a date writes them before a day. */
const MONTHS = new Set('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(' '));

/** "Sept. 11", "Oct. 4": a day of a month, which dates a line (dates.ts) and counts nothing. */
function isDayOfMonth(words: readonly string[], figure: string): boolean {
  const at = words.indexOf(figure.split(' ')[0]!);
  return at > 0 && MONTHS.has(words[at - 1]!);
}

/**
 * "12" and "12 death" state one figure; "30 day" and "30 hour" do not; and a small bare
 * count ("three counties") is not tied to "a three-year war" by its number alone.
 */
function sameFigure(a: string, b: string): boolean {
  const [va, ua] = a.split(' ');
  const [vb, ub] = b.split(' ');
  if (va !== vb) return false;
  // A toll counts people either way: "12 people" killed are "12 deaths".
  if (ua && ub) return ua === ub || (TOLL_UNITS.has(ua) && TOLL_UNITS.has(ub));
  // "20 percent" is not "May 20", nor "30 days" "thirty yards"; a count ("12 deaths") may be stated bare ("killed 12").
  if (MEASURE_UNITS.has(ua ?? '') || MEASURE_UNITS.has(ub ?? '')) return false;
  // An ordinal ("fourth trip") is specific; a small bare count ("one night") is not.
  return /\d(?:st|nd|rd|th)$/u.test(va ?? '') || Number(va) >= 10;
}

/** Each content stem's general-English rarity (its rarest word's), for telling a fact from a coincidence of common words. */
function rarityByStem(words: readonly string[]): Map<string, number> {
  const known = rarityByStemOf.get(words);
  if (known) return known;
  const rarity = new Map<string, number>();
  rarityByStemOf.set(words, rarity);
  for (const w of words) {
    if (!isContentWord(w)) continue;
    const s = stem(w);
    rarity.set(s, Math.max(rarity.get(s) ?? 0, wordRarity(w)));
  }
  return rarity;
}
/** Derived once per word list: a lookup asks them of the same query words for every candidate. */
const rarityByStemOf = new WeakMap<readonly string[], Map<string, number>>();
const reportedStemsOf = new WeakMap<readonly string[], string[]>();
const RARE_WORD = 0.2;
/** From this many articles a corpus is an archive, whose own word counts say what is rare in it. */
const ARCHIVE_ARTICLES = 200;
/** Stems rare even among an archive's distinct lines that a paraphrase there shares (THRESHOLDS.distinctAtSize). */
const ARCHIVE_DISTINCT_STEMS = 2;
/** The least share of weighted content a paraphrase shows (the seeds' true paraphrases share 0.15 and more). */
export const PARAPHRASE_FLOOR = 0.12;
/** A candidate carrying this much of the query's weight is kept past the candidate limit. */
const STRONG_SHARE = 0.8;
/** Candidates a lookup weighs at most, however many outlets reprinted a line. */
const MAX_CANDIDATES = 2000;
/** Lines ranked in full before the limit is filled: the limit, times this, covers articles skipped for their cap. */
const RANKED_MARGIN = 4;
/** Reprinted copies listed at most, over all candidates of one lookup (each costs a row of the answer, not a verdict). */
const MAX_COPIES = 20_000;
/** Lines of one article a lookup weighs at most: its quote, its report and the sentence around them. */
const CANDIDATES_PER_ARTICLE = 4;
const GENERALLY_RARE = 0.6;

interface KinStems {
  line: readonly string[];
  query: readonly string[];
}

/** What ties two lines: their distinctive words, or only the same speaker and story (see evidence.ts). */
type Evidence = 'words' | 'story';

/** A line's verdict, before its copies are dated. */
interface Verdict extends Match {
  /** Matches only on the page's own occasion (or where a date is unknown). */
  sameOccasionOnly: boolean;
}

/** A line worth verifying, with its reprinted copies (never decoded or weighed again). */
interface Candidate {
  line: Line;
  copies: { id: number; article: IndexedArticle }[];
}

/**
 * The k-th largest of `values` (which it reorders): Hoare's selection, linear on average, where
 * sorting thousands of ranks to keep the best few hundred would not be.
 */
export function kthLargest(values: Float64Array, k: number): number {
  let [low, high] = [0, values.length - 1];
  const target = Math.min(Math.max(k, 1), values.length) - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let [i, j] = [low, high];
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j]!, values[i]!];
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

/**
 * Content words, lightly stemmed, in order: "protects"/"protected", "moves"/"move" and
 * "are"/"were" (dropped) meet, so a quote and its report in another tense line up.
 */
function reportedStems(words: readonly string[]): string[] {
  let stems = reportedStemsOf.get(words);
  if (!stems) {
    stems = words.filter(isContentWord).map((w) => (/^\d/u.test(w) ? w : w.replace(/(?:ing|ed|es|s|e)$/u, (m) => (w.length - m.length >= 3 ? '' : m)).slice(0, 7)));
    reportedStemsOf.set(words, stems);
  }
  return stems;
}

/**
 * Two known speakers who cannot be one source. An organisation and a person may be (the Kremlin
 * speaks through its aide), so they differ (and are flagged) without ruling a match out.
 */
function speakersConflict(ours: string | null, theirs: string | null): boolean {
  return agreement(ours, theirs) === false && isOrganisation(ours!) === isOrganisation(theirs!);
}

function agreement(ours: string | null, theirs: string | null): boolean | null {
  if (!ours || !theirs) return null;
  if (surnameKey(ours) !== surnameKey(theirs)) return false;
  // "Ted Cruz" and "Veronica Cruz" share a surname, not a speaker.
  const given = (name: string) => (name.split(' ').length > 1 && !isOrganisation(name) ? name.split(' ')[0]!.toLowerCase().replace(/\.$/u, '') : null);
  const [a, b] = [given(ours), given(theirs)];
  return !a || !b || a === b || a[0] === b[0] && (a.length === 1 || b.length === 1);
}

/** Figures with the same unit but another value, and one place located otherwise ("in" / "outside" Moscow). */
export function compareFacts(ours: LineFeatures, theirs: LineFeatures): Disagreement[] {
  const found: Disagreement[] = [];
  const unitOf = (f: string) => f.split(' ')[1] ?? '';
  for (const f of ours.figures) {
    if (theirs.figures.includes(f) || !unitOf(f)) continue;
    const other = theirs.figures.find((g) => unitOf(g) === unitOf(f) && !ours.figures.includes(g));
    if (other) found.push({ kind: 'figure', ours: f, theirs: other });
  }
  for (const p of ours.places) {
    const other = theirs.places.find((o) => o.place === p.place && o.relation !== p.relation);
    if (other && !ours.places.some((o) => o.place === p.place && o.relation === other.relation)) {
      found.push({ kind: 'place', ours: `${p.relation} ${p.place}`, theirs: `${other.relation} ${other.place}` });
    }
  }
  return found;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
