/** The real-world evaluation's inputs, read from disk: labelled pages, their stories, and the Brown corpus as distractors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../corpus/check';
import { buildIndex } from '../corpus/corpus-index';
import { Matcher } from '../corpus/match';
import { evaluateLabelledPages, parseLabelledArticles, parseLabelledPages, type RealWorldResult } from '../corpus/real-world-eval';
import type { CorpusIndex } from '../corpus/types';
import { readBrown } from './brown';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT, readCorpusArticles } from './corpus-files';
import { withWordKnowledge } from './wordnet';

export const REAL_WORLD_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'real-world');
export const BROWN_PREFIX = 'brown-';
const isBrown = (source: string) => source.startsWith(BROWN_PREFIX);

/** Brown samples as corpus article files, ids prefixed so they never collide with a corpus's own. */
export function brownArticleFiles(categories?: readonly string[]): { file: string; text: string }[] {
  return readBrown(categories).map((b) => ({ file: `${BROWN_PREFIX}${b.id}.txt`, text: b.text }));
}

/** Seeds + the labelled stories + every Brown sample: the corpus the labelled pages are checked against. */
export function realWorldCorpus(): CorpusIndex {
  // Word knowledge once, for all of it.
  const seeds = readCorpusArticles(DEFAULT_CORPUS_DIR);
  const stories = parseLabelledArticles(readFileSync(join(REAL_WORLD_DIR, 'corpus.txt'), 'utf8'));
  const extra = buildIndex([...stories, ...brownArticleFiles()]);
  return withWordKnowledge({ ...seeds, articles: [...seeds.articles, ...extra.articles] });
}

export interface DistractorResult {
  /** Seed lines looked up, and their matches into Brown text (each one a false friend). */
  linesChecked: number;
  falseFriends: number;
  examples: { page: string; line: string; source: string; relation: string; found: string }[];
}

export interface RealWorldRun {
  labelled: RealWorldResult;
  /** Pages written after the matching changes (holdout.txt): a check on wording the rules were not fitted to. */
  holdout: RealWorldResult;
  /** Claims restated in other words, and pages of other facts in the same words (claims.txt, #10). */
  claims: RealWorldResult;
  seedsAgainstBrown: DistractorResult;
  corpusArticles: number;
}

/** Every seed checked against the other seeds plus Brown: any match into Brown is a false friend. */
function seedsAgainstBrown(matcher: Matcher, corpus: CorpusIndex): DistractorResult {
  const result: DistractorResult = { linesChecked: 0, falseFriends: 0, examples: [] };
  for (const seed of corpus.articles.filter((a) => /^\d+$/u.test(a.id))) {
    for (const item of analyzeArticle(matcher, seed.text).items) {
      result.linesChecked++;
      for (const m of item.matches.filter((x) => isBrown(x.source))) {
        result.falseFriends++;
        result.examples.push({ page: seed.id, line: item.text, source: m.source, relation: m.relation, found: m.text });
      }
    }
  }
  return result;
}

export function runRealWorldEval(corpus: CorpusIndex = realWorldCorpus()): RealWorldRun {
  const pages = parseLabelledPages(readFileSync(join(REAL_WORLD_DIR, 'pages.txt'), 'utf8'));
  const holdout = parseLabelledPages(readFileSync(join(REAL_WORLD_DIR, 'holdout.txt'), 'utf8'));
  const claims = parseLabelledPages(readFileSync(join(REAL_WORLD_DIR, 'claims.txt'), 'utf8'));
  const matcher = new Matcher(corpus);
  return {
    labelled: evaluateLabelledPages(matcher, pages, isBrown),
    holdout: evaluateLabelledPages(matcher, holdout, isBrown),
    claims: evaluateLabelledPages(matcher, claims, isBrown),
    seedsAgainstBrown: seedsAgainstBrown(matcher, corpus),
    corpusArticles: corpus.articles.length,
  };
}
