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
import { align, type Alignment } from './align';
import { surnameKey } from './entities';
import { lineFeatures, stem, type LineFeatures } from './features';
import { normalizeWords } from './normalize';
import { splitSentences } from './sentences';
import type { CorpusIndex, IndexedArticle, ItemKind, Span } from './types';
import { hasWordChanges, wordDiff, type DiffPart } from './word-diff';

export type Relation = 'verbatim' | 'variant' | 'partial' | 'paraphrase';
export type LineKind = ItemKind | 'sentence';

/** Thresholds, set by `npm run eval` on the labelled seed set (test/fixtures/labels.json); see test/fixtures/LABELS.md. */
export const THRESHOLDS = {
  /** fuse.js score (0 = perfect) above which a candidate is dropped before alignment. */
  fuse: 0.6,
  /** Word alignment (Dice on the LCS) from which two quotes count as one quote reworded. */
  variant: 0.6,
  /** Share of the shorter quote the longer must carry, in order, to be a part of it. */
  partialCover: 0.85,
  /** Content stems a quote needs before it can stand alone as a part of another ("constructive" cannot). */
  partialMinStems: 2,
  /** Content stems, besides the quote's own, that the sentences around a one-word quote must share. */
  contextTies: 2,
  /** Word alignment from which two claims are one sentence reworded rather than a paraphrase. */
  claimVariant: 0.85,
  /** Contiguous shared content words that, with the same speaker, tie two reworded renderings of one quote. */
  sharedRunStems: 2,
  /** IDF-weighted share of the smaller side's content that a paraphrase must carry. */
  paraphrase: 0.5,
  /** Content stems a paraphrase must share at the least. */
  paraphraseMinStems: 4,
  /** Share of the query's stem weight a line must carry to survive the candidate filter. */
  candidateShare: 0.2,
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
}

interface Line extends LineFeatures {
  article: IndexedArticle;
  kind: LineKind;
  text: string;
  norm: string;
  speaker: string | null;
  start: number;
  end: number;
  sentence: Span;
  contextStems: string[];
}

const RELATION_RANK: Record<Relation, number> = { verbatim: 4, partial: 3, variant: 2, paraphrase: 1 };

export class Matcher {
  private readonly lines: Line[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();

  constructor(readonly index: CorpusIndex) {
    for (const article of index.articles) this.addArticle(article);
    const total = this.lines.length;
    for (const [s, ids] of this.postings) this.idf.set(s, Math.log(1 + total / ids.length));
  }

  get lineCount(): number {
    return this.lines.length;
  }

  articleById(id: string): IndexedArticle | undefined {
    return this.index.articles.find((a) => a.id === id);
  }

  private addArticle(article: IndexedArticle): void {
    const claimSpans = new Set(article.items.filter((i) => i.kind === 'claim').map((i) => `${i.start}:${i.end}`));
    const add = (kind: LineKind, text: string, speaker: string | null, span: Span, sentence: Span) => {
      const features = lineFeatures(text);
      if (features.words.length === 0) return;
      const contextStems = lineFeatures(article.text.slice(sentence.start, sentence.end)).stems;
      const id = this.lines.length;
      this.lines.push({ ...features, article, kind, text, norm: features.words.join(' '), speaker, ...span, sentence, contextStems });
      for (const s of features.stems) {
        const list = this.postings.get(s);
        if (list) list.push(id);
        else this.postings.set(s, [id]);
      }
    };
    for (const item of article.items) add(item.kind, item.text, item.speaker, item, item.sentence);
    // Every other sentence too, so that an outlet stating a line without quoting it is found.
    for (const sentence of splitSentences(article.text)) {
      if (claimSpans.has(`${sentence.start}:${sentence.end}`)) continue;
      add('sentence', article.text.slice(sentence.start, sentence.end), null, sentence, sentence);
    }
  }

  /** The best rendering of `query` in each other source, best first. */
  match(query: MatchQuery, options: MatchOptions = {}): Match[] {
    const t = { ...THRESHOLDS, ...options.thresholds };
    const q = lineFeatures(query.text);
    if (q.stems.length === 0) return [];
    const qNorm = q.words.join(' ');
    const contextStems = query.context ? lineFeatures(query.context).stems : q.stems;

    const candidates = this.candidates(q.stems, options.excludeSource ?? null, t);
    const passed = this.fuseGate(qNorm, candidates, t.fuse);

    const bestPerSource = new Map<string, Match>();
    for (const line of passed) {
      const verdict = this.verify(query, q, line, contextStems, t);
      if (!verdict) continue;
      const current = bestPerSource.get(line.article.id);
      if (!current || isBetter(verdict, current)) bestPerSource.set(line.article.id, verdict);
    }
    return [...bestPerSource.values()].sort((a, b) => RELATION_RANK[b.relation] - RELATION_RANK[a.relation] || b.score - a.score);
  }

  private candidates(stems: string[], excludeSource: string | null, t: Thresholds): Line[] {
    const weights = new Map<number, number>();
    let total = 0;
    for (const s of stems) {
      const w = this.idf.get(s) ?? 0;
      total += w;
      for (const id of this.postings.get(s) ?? []) weights.set(id, (weights.get(id) ?? 0) + w);
    }
    return [...weights]
      .filter(([id, w]) => w >= total * t.candidateShare && this.lines[id]!.article.id !== excludeSource)
      .sort((a, b) => b[1] - a[1])
      .slice(0, t.candidateLimit)
      .map(([id]) => this.lines[id]!);
  }

  /** fuse.js over the candidates in normal form; the shorter text is always the pattern. */
  private fuseGate(qNorm: string, candidates: Line[], threshold: number): Line[] {
    const options = { includeScore: true, ignoreLocation: true, threshold, isCaseSensitive: true, shouldSort: false };
    const longer = candidates.filter((c) => c.norm.length >= qNorm.length);
    const shorter = candidates.filter((c) => c.norm.length < qNorm.length);
    const passed = new Fuse(longer, { ...options, keys: ['norm'] }).search(qNorm).map((r) => r.item);
    if (shorter.length) {
      const reverse = new Fuse([qNorm], options);
      for (const c of shorter) if (reverse.search(c.norm).length) passed.push(c);
    }
    return passed;
  }

  private verify(query: MatchQuery, q: LineFeatures, line: Line, contextStems: string[], t: Thresholds): Match | null {
    const alignment = align(q.words, line.words);
    const speakerAgrees = agreement(query.speaker ?? null, line.speaker);
    const relation = this.relation(query, q, line, alignment, speakerAgrees, contextStems, t);
    if (!relation) return null;
    const diff = wordDiff(query.text, line.text);
    const verbatim = relation === 'verbatim' || (relation === 'variant' && !hasWordChanges(diff));
    const disagreements = compareFacts(q, line);
    if (speakerAgrees === false) disagreements.unshift({ kind: 'speaker', ours: query.speaker!, theirs: line.speaker! });
    return {
      source: line.article.id,
      outlet: line.article.outlet,
      label: line.article.label,
      kind: line.kind,
      text: line.text,
      speaker: line.speaker,
      start: line.start,
      end: line.end,
      sentence: line.sentence,
      relation: verbatim ? 'verbatim' : relation,
      score: round(verbatim ? 1 : relation === 'paraphrase' ? this.weightedShare(q.stems, line.stems) * 0.9 : Math.min(alignment.dice, 0.99)),
      diff,
      speakerAgrees,
      disagreements,
    };
  }

  private relation(
    query: MatchQuery,
    q: LineFeatures,
    line: Line,
    a: Alignment,
    speakerAgrees: boolean | null,
    contextStems: string[],
    t: Thresholds,
  ): Relation | null {
    if (a.dice === 1) return 'verbatim';
    const queryIsQuote = query.kind !== 'claim';
    const lineIsQuote = line.kind === 'quote';
    const shorterStems = q.words.length <= line.words.length ? q.stems : line.stems;

    if (queryIsQuote && lineIsQuote) {
      // A one-word quote ("constructive") is a part of a longer one only where both stand in the same story.
      const contextTies = contextStems.filter((s) => line.contextStems.includes(s) && !q.stems.includes(s)).length;
      const standsAlone = shorterStems.length >= t.partialMinStems || contextTies >= t.contextTies;
      if (a.contained && standsAlone) return 'partial';
      if (a.dice >= t.variant) return 'variant';
      if (a.coverShorter >= t.partialCover && standsAlone) return 'partial';
      const run = a.longestRun.filter((w) => shorterStems.includes(stem(w)));
      if (run.length >= t.sharedRunStems && speakerAgrees === true) return 'variant';
      return null;
    }
    if (a.dice >= t.claimVariant) return 'variant';
    // A claim, or a quote another outlet states without quoting: same content, other words.
    const shared = q.stems.filter((s) => line.stems.includes(s)).length;
    const share = Math.min(this.weightedShare(q.stems, line.stems), this.weightedShare(line.stems, q.stems) * 2);
    if (shared >= t.paraphraseMinStems && share >= t.paraphrase) return 'paraphrase';
    if (query.kind === 'selection' && a.contained && shorterStems.length >= t.partialMinStems) return 'partial';
    return null;
  }

  /** IDF-weighted share of `of`'s stems that `within` also has. */
  private weightedShare(of: readonly string[], within: readonly string[]): number {
    let total = 0;
    let shared = 0;
    const set = new Set(within);
    for (const s of of) {
      const w = this.idf.get(s) ?? Math.log(1 + this.lines.length);
      total += w;
      if (set.has(s)) shared += w;
    }
    return total ? shared / total : 0;
  }
}

function isBetter(a: Match, b: Match): boolean {
  return RELATION_RANK[a.relation] !== RELATION_RANK[b.relation]
    ? RELATION_RANK[a.relation] > RELATION_RANK[b.relation] && (a.score >= 0.3 || b.relation === 'paraphrase')
    : a.score > b.score;
}

function agreement(ours: string | null, theirs: string | null): boolean | null {
  if (!ours || !theirs) return null;
  return surnameKey(ours) === surnameKey(theirs);
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

/** The corpus article a page is, by URL or by carrying most of its sentences. */
export function findSelfSource(index: CorpusIndex, pageText: string, url?: string | null): string | null {
  if (url) {
    const bare = (u: string) => u.replace(/^https?:\/\//u, '').replace(/[#?].*$/u, '').replace(/\/$/u, '');
    const byUrl = index.articles.find((a) => a.url && bare(a.url) === bare(url));
    if (byUrl) return byUrl.id;
  }
  const page = new Set(splitSentences(pageText).map((s) => normalizeWords(pageText.slice(s.start, s.end)).join(' ')));
  for (const article of index.articles) {
    const sentences = splitSentences(article.text).map((s) => normalizeWords(article.text.slice(s.start, s.end)).join(' '));
    const long = sentences.filter((s) => s.split(' ').length >= 6);
    if (long.length === 0) continue;
    const present = long.filter((s) => page.has(s)).length;
    if (present / long.length >= 0.8) return article.id;
  }
  return null;
}
