/**
 * Evaluation on a real same-topic archive with human attribution annotations (PolNeAR's brat
 * standoff: Source / Cue / Content spans). Pure: the articles and annotations come in as data,
 * read by cli/archive.ts from a path the user gives; nothing of the archive is stored here.
 *
 * Three measurements:
 * - speakers: each quote we find inside an annotated Content span, against that span's Source,
 *   where the Source names someone (a proper name heads it);
 * - precision: a fixed-seed sample of the matches listed for every page, judged by a reader and
 *   kept as labels (ids and verdicts only), so the figure can be recomputed after a change;
 * - recall: quotes that share a long run of words with a quote in another article (the same
 *   statement carried), and whether the page lists that article for them.
 */
import { analyzeArticle, type AnalyzedItem } from './check';
import type { Match, Matcher } from './match';
import { hash32 } from './line-index';
import { normalizeText, normalizeWords } from './normalize';
import type { IndexedArticle, Span } from './types';

/** One annotated attribution: who (source), the cue verb, and the words attributed. */
export interface Attribution {
  source: Span[];
  sourceText: string;
  content: Span[];
}

/** Parses a brat .ann file's attribution relations (E lines tying T spans of Source, Cue, Content). */
export function parseBratAttributions(ann: string): Attribution[] {
  const spans = new Map<string, { type: string; spans: Span[]; text: string }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text = ''] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const ranges = rest.join(' ').split(';').map((range) => range.trim().split(' ').map(Number));
      const parsed = ranges.filter((r) => r.length === 2 && r.every(Number.isFinite)).map(([start, end]) => ({ start: start!, end: end! }));
      if (type && parsed.length) spans.set(id, { type, spans: parsed, text });
    } else if (id.startsWith('E')) events.push(body.split(' '));
  }
  const attributions: Attribution[] = [];
  for (const roles of events) {
    let source: { spans: Span[]; text: string } | undefined;
    let content: Span[] | undefined;
    for (const role of roles) {
      const [name, ref] = role.split(':');
      const span = ref ? spans.get(ref) : undefined;
      if (!span) continue;
      if (name?.startsWith('Source')) source = span;
      else if (name?.startsWith('Content')) content = span.spans;
    }
    if (source && content) attributions.push({ source: source.spans, sourceText: source.text, content });
  }
  return attributions;
}

// ---------------------------------------------------------------------------------------------
// Speakers

const NOT_A_NAME = new Set(
  'a an the he she they it we i you his her their its this that these those who which one some many others other mr mrs ms dr sen rep gov president senator'.split(' '),
);
const TITLE_WORDS = new Set('mr mrs ms miss dr sen rep gov gen lt col sgt prof rev st president senator governor mayor judge justice secretary speaker chairman chairwoman'.split(' '));

/** The name that heads a Source span ("Jacob Leibenluft, a senior adviser" → "Jacob Leibenluft"), or null when a description or pronoun heads it ("the CNN host", "he"). */
export function namedHead(source: string): string | null {
  const head = source.split(/,|\s(?:who|which|of|in|at|from|for|with|on)\s|\s[-–—]\s/u)[0]!.trim().replace(/[’']s$/u, '');
  const words = head.split(/\s+/u).filter(Boolean);
  const last = words.at(-1);
  if (!last || !/^\p{Lu}/u.test(last) || NOT_A_NAME.has(last.toLowerCase().replace(/\.$/u, ''))) return null;
  return head;
}

function nameTokens(name: string): Set<string> {
  const tokens = name
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !TITLE_WORDS.has(t) && !NOT_A_NAME.has(t));
  return new Set(tokens);
}

/** Our speaker names the annotated source when they share a name word ("Mrs. Clinton" and "Hillary Clinton"). */
export function sameSpeaker(ours: string, gold: string): boolean {
  const goldTokens = nameTokens(gold);
  for (const token of nameTokens(ours)) if (goldTokens.has(token)) return true;
  return false;
}

export type SpeakerVerdict = 'right' | 'null' | 'wrong';

export interface SpeakerCase {
  article: string;
  quote: string;
  gold: string;
  ours: string | null;
  verdict: SpeakerVerdict;
}

export interface SpeakerScore {
  /** Quotes inside an annotated Content span whose Source is named. */
  named: number;
  right: number;
  nulls: number;
  wrong: number;
  accuracy: number;
  nullRate: number;
  wrongRate: number;
  cases: SpeakerCase[];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The attribution whose content holds most of a quote, if any holds at least half of it. */
function attributionOf(quote: Span, attributions: readonly Attribution[]): Attribution | null {
  let best: Attribution | null = null;
  let bestShare = 0.5;
  const length = Math.max(1, quote.end - quote.start);
  for (const attribution of attributions) {
    const share = attribution.content.reduce((n, span) => n + overlap(span, quote), 0) / length;
    if (share >= bestShare) {
      best = attribution;
      bestShare = share;
    }
  }
  return best;
}

export function scoreSpeakers(articles: readonly { article: IndexedArticle; attributions: readonly Attribution[] }[]): SpeakerScore {
  const cases: SpeakerCase[] = [];
  for (const { article, attributions } of articles) {
    for (const item of article.items) {
      if (item.kind !== 'quote') continue;
      const attribution = attributionOf(item, attributions);
      const gold = attribution ? namedHead(attribution.sourceText) : null;
      if (!attribution || !gold) continue;
      const verdict: SpeakerVerdict = item.speaker === null ? 'null' : sameSpeaker(item.speaker, attribution.sourceText) ? 'right' : 'wrong';
      cases.push({ article: article.id, quote: item.text, gold: attribution.sourceText, ours: item.speaker, verdict });
    }
  }
  const count = (v: SpeakerVerdict) => cases.filter((c) => c.verdict === v).length;
  const named = cases.length;
  const share = (n: number) => (named ? n / named : 0);
  return { named, right: count('right'), nulls: count('null'), wrong: count('wrong'), accuracy: share(count('right')), nullRate: share(count('null')), wrongRate: share(count('wrong')), cases };
}

// ---------------------------------------------------------------------------------------------
// Matches: every page against the archive

/** One match a page lists, with what a reader needs to judge it. */
export interface ListedMatch {
  /** Stable across runs and code changes that leave both lines as they are. */
  id: string;
  page: string;
  kind: AnalyzedItem['kind'];
  line: string;
  speaker: string | null;
  context: string;
  source: string;
  outlet: string | null;
  theirLine: string;
  theirSpeaker: string | null;
  theirContext: string;
  relation: Match['relation'];
  score: number;
  occasion: Match['occasion'];
}

export function matchId(page: string, line: string, source: string, theirLine: string): string {
  return `${page}|${hash32(normalizeText(line)).toString(16)}|${source}|${hash32(normalizeText(theirLine)).toString(16)}`;
}

/** Every match listed for each page (the same occasion's and the earlier ones alike: both are shown). */
export function listMatches(matcher: Matcher, pages: readonly IndexedArticle[], corpus: ReadonlyMap<string, IndexedArticle>): { listed: ListedMatch[]; analyses: Map<string, AnalyzedItem[]> } {
  const listed: ListedMatch[] = [];
  const analyses = new Map<string, AnalyzedItem[]>();
  for (const page of pages) {
    const { items } = analyzeArticle(matcher, page.text, { date: page.date, url: page.url });
    analyses.set(page.id, items);
    for (const item of items) {
      for (const m of [...item.matches, ...item.earlier]) {
        if (m.source === page.id) continue;
        listed.push({
          id: matchId(page.id, item.text, m.source, m.text),
          page: page.id,
          kind: item.kind,
          line: item.text,
          speaker: item.speaker,
          context: item.sentenceText,
          source: m.source,
          outlet: m.outlet,
          theirLine: m.text,
          theirSpeaker: m.speaker,
          theirContext: corpus.get(m.source)?.text.slice(m.sentence.start, m.sentence.end) ?? '',
          relation: m.relation,
          score: m.score,
          occasion: m.occasion,
        });
      }
    }
  }
  return { listed, analyses };
}

/** A small deterministic generator (mulberry32), so a sample is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fixed-seed sample of `size` matches, in a stable order (by id first, so input order does not matter). */
export function sampleMatches(listed: readonly ListedMatch[], size: number, seed = 20): ListedMatch[] {
  const pool = [...listed].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = seededRandom(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

/** A reader's verdict on a match: the same statement carried by another outlet, or not. */
export type Judgement = 'same' | 'false-friend';
/** Labels file: match id → verdict, with an optional cause for a false friend ("name-only", "scare-quote", …). */
export type MatchLabels = Record<string, { verdict: Judgement; cause?: string }>;

export interface PrecisionScore {
  sampled: number;
  judged: number;
  same: number;
  falseFriends: number;
  precision: number;
  unjudged: ListedMatch[];
  byCause: Record<string, number>;
}

export function scorePrecision(sample: readonly ListedMatch[], labels: MatchLabels): PrecisionScore {
  let same = 0;
  let falseFriends = 0;
  const byCause: Record<string, number> = {};
  const unjudged: ListedMatch[] = [];
  for (const m of sample) {
    const label = labels[m.id];
    if (!label) unjudged.push(m);
    else if (label.verdict === 'same') same++;
    else {
      falseFriends++;
      const cause = label.cause ?? 'other';
      byCause[cause] = (byCause[cause] ?? 0) + 1;
    }
  }
  const judged = same + falseFriends;
  return { sampled: sample.length, judged, same, falseFriends, precision: judged ? same / judged : 1, unjudged, byCause };
}

// ---------------------------------------------------------------------------------------------
// Recall: quotes truly carried

/** Words in a row two quotes must share to be the same statement carried. */
export const CARRIED_RUN_WORDS = 8;


export interface CarriedPair {
  page: string;
  quote: string;
  source: string;
  theirQuote: string;
}

/**
 * Pairs of (page quote, other article) where a quote of the other article shares a run of
 * CARRIED_RUN_WORDS words with the page's quote: the same statement, carried. Found by shingles,
 * independently of the matcher.
 */
export function carriedPairs(pages: readonly IndexedArticle[], corpus: readonly IndexedArticle[]): CarriedPair[] {
  const shingles = new Map<string, { article: string; quote: string }[]>();
  const shingleKeys = (words: string[]) => {
    const keys: string[] = [];
    for (let i = 0; i + CARRIED_RUN_WORDS <= words.length; i++) keys.push(words.slice(i, i + CARRIED_RUN_WORDS).join(' '));
    return keys;
  };
  for (const article of corpus) {
    for (const item of article.items) {
      if (item.kind !== 'quote') continue;
      for (const key of new Set(shingleKeys(normalizeWords(item.text)))) {
        let list = shingles.get(key);
        if (!list) shingles.set(key, (list = []));
        list.push({ article: article.id, quote: item.text });
      }
    }
  }
  const pairs: CarriedPair[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'quote' || item.parent !== undefined) continue;
      const seen = new Set<string>();
      for (const key of shingleKeys(normalizeWords(item.text))) {
        for (const hit of shingles.get(key) ?? []) {
          if (hit.article === page.id || seen.has(hit.article)) continue;
          seen.add(hit.article);
          pairs.push({ page: page.id, quote: item.text, source: hit.article, theirQuote: hit.quote });
        }
      }
    }
  }
  return pairs;
}

export interface RecallScore {
  pairs: number;
  found: number;
  recall: number;
  missed: CarriedPair[];
}

export function scoreRecall(pairs: readonly CarriedPair[], analyses: ReadonlyMap<string, AnalyzedItem[]>): RecallScore {
  const missed: CarriedPair[] = [];
  for (const pair of pairs) {
    const items = analyses.get(pair.page) ?? [];
    const found = items.some((item) => item.text === pair.quote && [...item.matches, ...item.earlier].some((m) => m.source === pair.source));
    if (!found) missed.push(pair);
  }
  const found = pairs.length - missed.length;
  return { pairs: pairs.length, found, recall: pairs.length ? found / pairs.length : 1, missed };
}
