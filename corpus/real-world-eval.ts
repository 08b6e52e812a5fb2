/**
 * The real-world evaluation: labelled pages written in the ways other outlets really quote
 * (mismatched marks, reported speech, speakers named elsewhere, stock phrases on other
 * topics), checked against a corpus that mixes the labelled stories with unrelated text.
 * Pure: the pages and the matcher come in as data. The fixture format is described in
 * test/fixtures/real-world/README.md.
 */
import type { ArticleFile } from './corpus-index';
import { analyzeArticle, type AnalyzedItem } from './check';
import type { Matcher } from './match';
import { normalizeText } from './normalize';
import type { ItemKind } from './types';

export interface Expectation {
  kind: ItemKind;
  /** Words the item must hold. */
  holds: string;
  /** Expected speaker; null when the text does not say; undefined when not scored. */
  speaker?: string | null;
  /** Sources that carry the line; empty for none; undefined when not scored. */
  sources?: string[];
  /** Sources that carry it only loosely: a match there is right, a miss is not counted (written `(id)`). */
  optional?: string[];
}

export interface LabelledPage {
  id: string;
  pattern: string;
  /** Any match on a negative page is a false friend. */
  negative: boolean;
  text: string;
  expect: Expectation[];
}

const HEADER = /^=== (page|article) ([\w-]+)(?: \| ([\w-]+))?(?: \| (negative))?\s*$/u;

/** Splits a fixture file into its `=== page` (or `=== article`) blocks; text before the first is commentary. */
function blocks(source: string): { type: string; id: string; pattern: string; negative: boolean; body: string }[] {
  const found: { type: string; id: string; pattern: string; negative: boolean; lines: string[] }[] = [];
  for (const line of source.split('\n')) {
    const header = HEADER.exec(line);
    if (header) found.push({ type: header[1]!, id: header[2]!, pattern: header[3] ?? '', negative: !!header[4], lines: [] });
    else found.at(-1)?.lines.push(line);
  }
  return found.map(({ lines, ...rest }) => ({ ...rest, body: lines.join('\n').trim() }));
}

export function parseLabelledArticles(source: string): ArticleFile[] {
  return blocks(source)
    .filter((b) => b.type === 'article')
    .map((b) => ({ file: `${b.id}.txt`, text: `${b.body}\n` }));
}

export function parseLabelledPages(source: string): LabelledPage[] {
  return blocks(source)
    .filter((b) => b.type === 'page')
    .map(({ id, pattern, negative, body }) => {
      const [text, expectations = ''] = body.split(/^--- expect$/mu);
      const expect = expectations
        .split('\n')
        .filter((line) => line.trim())
        .map((line): Expectation => {
          const [kind, holds, speaker, sources] = line.split('|').map((field) => field.trim());
          if (!kind || !holds || speaker === undefined || sources === undefined || !['quote', 'claim', 'reported'].includes(kind)) {
            throw new Error(`page ${id}: bad expectation line "${line}"`);
          }
          const ids = sources === '-' || sources === 'none' ? [] : sources.split(/\s+/u);
          return {
            kind: kind as ItemKind,
            holds,
            speaker: speaker === '-' ? undefined : speaker === 'null' ? null : speaker,
            sources: sources === '-' ? undefined : ids.filter((id) => !id.startsWith('(')),
            optional: ids.filter((id) => id.startsWith('(')).map((id) => id.replace(/[()]/gu, '')),
          };
        });
      return { id, pattern, negative, text: `${text!.trim()}\n`, expect };
    });
}

export interface PatternScore {
  pattern: string;
  /** Expected items, and those found (an item of the kind that holds the words, without running far past them). */
  items: number;
  found: number;
  /** Expectations whose speaker is scored; named ones right; any wrong name (a name where another or none was due). */
  speakersScored: number;
  speakersNamed: number;
  speakersRight: number;
  speakersWrong: number;
  /** Matches to the labelled sources. */
  tp: number;
  fp: number;
  fn: number;
  /** Matches anywhere on a negative page, and matches into the distractor text on any page. */
  falseFriends: number;
}

export interface RealWorldError {
  page: string;
  kind: 'missed-item' | 'wrong-speaker' | 'missed-speaker' | 'false-match' | 'missed-match' | 'false-friend';
  line: string;
  detail: string;
}

export interface RealWorldResult {
  patterns: PatternScore[];
  total: PatternScore;
  errors: RealWorldError[];
}

/** A found speaker is right when it is the expected name or its last words ("Trump" for "Donald Trump"). */
export function speakerIsRight(found: string, expected: string): boolean {
  const a = found.toLowerCase();
  const b = expected.toLowerCase();
  return a === b || b.endsWith(` ${a}`);
}

function findItem(items: readonly AnalyzedItem[], e: Expectation): AnalyzedItem | undefined {
  const want = normalizeText(e.holds);
  return items.find((item) => {
    if (item.kind !== e.kind) return false;
    const got = normalizeText(item.text);
    // A quote that swallowed the text after it (a runaway mark) is not the quote.
    return got.includes(want) && (e.kind !== 'quote' || got.length <= want.length * 1.5 + 20);
  });
}

const emptyScore = (pattern: string): PatternScore => ({
  pattern, items: 0, found: 0, speakersScored: 0, speakersNamed: 0, speakersRight: 0, speakersWrong: 0, tp: 0, fp: 0, fn: 0, falseFriends: 0,
});

/**
 * Each page checked against `matcher`'s corpus. `isDistractor(source)` names the sources that
 * carry no labelled line (unrelated text), into which any match is a false friend.
 */
export function evaluateLabelledPages(matcher: Matcher, pages: readonly LabelledPage[], isDistractor: (source: string) => boolean): RealWorldResult {
  const byPattern = new Map<string, PatternScore>();
  const errors: RealWorldError[] = [];
  for (const page of pages) {
    const score = byPattern.get(page.pattern) ?? emptyScore(page.pattern);
    byPattern.set(page.pattern, score);
    const { items } = analyzeArticle(matcher, page.text);

    for (const item of items) {
      for (const m of item.matches) {
        if (!page.negative && !isDistractor(m.source)) continue;
        score.falseFriends++;
        errors.push({ page: page.id, kind: 'false-friend', line: item.text, detail: `${m.relation} in ${m.source}: ${m.text.slice(0, 90)}` });
      }
    }

    for (const e of page.expect) {
      score.items++;
      const item = findItem(items, e);
      if (item) score.found++;
      else errors.push({ page: page.id, kind: 'missed-item', line: e.holds, detail: `no ${e.kind} found` });

      if (e.speaker !== undefined) {
        score.speakersScored++;
        const got = item?.speaker ?? null;
        if (e.speaker !== null) score.speakersNamed++;
        if (e.speaker !== null && got !== null && speakerIsRight(got, e.speaker)) score.speakersRight++;
        else if (got !== null) {
          score.speakersWrong++;
          errors.push({ page: page.id, kind: 'wrong-speaker', line: e.holds, detail: `${got} (expected ${e.speaker ?? 'null'})` });
        } else if (e.speaker !== null && item) {
          errors.push({ page: page.id, kind: 'missed-speaker', line: e.holds, detail: `null (expected ${e.speaker})` });
        }
      }

      if (e.sources !== undefined) {
        const found = new Set((item?.matches ?? []).map((m) => m.source));
        for (const source of found) {
          if (e.sources.includes(source) || e.optional?.includes(source)) score.tp++;
          else if (!page.negative && !isDistractor(source)) {
            score.fp++;
            const m = item!.matches.find((x) => x.source === source)!;
            errors.push({ page: page.id, kind: 'false-match', line: e.holds, detail: `${m.relation} in ${source}: ${m.text.slice(0, 90)}` });
          }
        }
        for (const source of e.sources) {
          if (found.has(source)) continue;
          score.fn++;
          errors.push({ page: page.id, kind: 'missed-match', line: e.holds, detail: `not found in ${source}` });
        }
      }
    }
  }
  const patterns = [...byPattern.values()];
  const total = patterns.reduce((sum, p) => {
    for (const key of Object.keys(sum) as (keyof PatternScore)[]) if (key !== 'pattern') sum[key] += p[key];
    return sum;
  }, emptyScore('all'));
  return { patterns, total, errors };
}

/** Precision over matches, counting false friends as false positives. */
export const precisionOf = (s: PatternScore): number => (s.tp + s.fp + s.falseFriends ? s.tp / (s.tp + s.fp + s.falseFriends) : 1);
export const recallOf = (s: PatternScore): number => (s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1);
/** Share of named speakers given right. */
export const speakerAccuracyOf = (s: PatternScore): number => (s.speakersNamed ? s.speakersRight / s.speakersNamed : 1);
/** Share of scored speakers given a wrong name. */
export const wrongSpeakerRateOf = (s: PatternScore): number => (s.speakersScored ? s.speakersWrong / s.speakersScored : 0);
