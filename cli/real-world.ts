/** The real-world evaluation's inputs, read from disk: labelled pages, their stories, and the Brown corpus as distractors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../corpus/corpus-index';
import { Matcher } from '../corpus/match';
import { evaluateLabelledPages, parseLabelledArticles, parseLabelledPages, type RealWorldResult } from '../corpus/real-world-eval';
import type { CorpusIndex } from '../corpus/types';
import { readBrown } from './brown';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT, readCorpusDir } from './corpus-files';

export const REAL_WORLD_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'real-world');
export const BROWN_PREFIX = 'brown-';

/** Brown samples as corpus article files, ids prefixed so they never collide with a corpus's own. */
export function brownArticleFiles(categories?: readonly string[]): { file: string; text: string }[] {
  return readBrown(categories).map((b) => ({ file: `${BROWN_PREFIX}${b.id}.txt`, text: b.text }));
}

/** Seeds + the labelled stories + every Brown sample: the corpus the labelled pages are checked against. */
export function realWorldCorpus(): CorpusIndex {
  const seeds = readCorpusDir(DEFAULT_CORPUS_DIR);
  const stories = parseLabelledArticles(readFileSync(join(REAL_WORLD_DIR, 'corpus.txt'), 'utf8'));
  const extra = buildIndex([...stories, ...brownArticleFiles()]);
  return { ...seeds, articles: [...seeds.articles, ...extra.articles] };
}

export function runRealWorldEval(corpus: CorpusIndex = realWorldCorpus()): RealWorldResult {
  const pages = parseLabelledPages(readFileSync(join(REAL_WORLD_DIR, 'pages.txt'), 'utf8'));
  return evaluateLabelledPages(new Matcher(corpus), pages, (source) => source.startsWith(BROWN_PREFIX));
}
