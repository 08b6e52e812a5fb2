/**
 * `crossline eval --archive DIR`: the evaluation on a real same-topic archive (PolNeAR, from
 * github networkdynamics/PolNeAR), read from where the user keeps it. Only its train and dev
 * splits are read: data/test stays unseen so that its figures keep their meaning. Nothing of the
 * archive is written into the project; the labels file holds match ids and verdicts only.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  carriedPairs,
  listMatches,
  parseBratAttributions,
  sampleMatches,
  scorePrecision,
  scoreRecall,
  scoreSpeakers,
  type ListedMatch,
  type MatchLabels,
  type PrecisionScore,
  type RecallScore,
  type SpeakerScore,
} from '../corpus/archive-eval';
import { buildIndex, CorpusError, type ArticleFile } from '../corpus/corpus-index';
import { Matcher } from '../corpus/match';
import { articleId, type SourcesFile } from '../corpus/metadata';
import type { IndexedArticle } from '../corpus/types';
import { PROJECT_ROOT } from './corpus-files';
import { withWordKnowledge } from './wordnet';

export const ARCHIVE_LABELS_PATH = join(PROJECT_ROOT, 'test', 'fixtures', 'archive-labels.json');
/** The splits read; never "test". */
const SPLITS = ['train', 'dev'] as const;
type Split = (typeof SPLITS)[number];
const SAMPLE_SIZE = 100;

interface ArchiveArticle {
  split: Split;
  file: ArticleFile;
  annotations: string[];
}

function dataDir(root: string): string {
  for (const candidate of [join(root, 'data'), root]) if (existsSync(join(candidate, 'metadata.tsv'))) return candidate;
  throw new CorpusError(`${root} does not look like PolNeAR: no data/metadata.tsv (clone github.com/networkdynamics/PolNeAR and give its folder)`);
}

/** Metadata rows by file name: outlet, date and title, as the archive states them. */
function readMetadata(dir: string): SourcesFile {
  const [header, ...rows] = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n');
  const columns = (header ?? '').split('\t');
  const at = (name: string) => columns.indexOf(name);
  const sources: SourcesFile = {};
  for (const row of rows) {
    const cells = row.split('\t');
    const compartment = cells[at('compartment')];
    const name = cells[at('filename')];
    if (!name || !SPLITS.includes(compartment as Split)) continue;
    sources[name] = { outlet: cells[at('publisher')] ?? '', date: cells[at('publication_date')] ?? '', headline: cells[at('title')] ?? '' };
  }
  return sources;
}

function readSplit(dir: string, split: Split): ArchiveArticle[] {
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  if (!existsSync(textDir)) throw new CorpusError(`${textDir} is missing`);
  const annFiles = existsSync(annDir) ? readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort() : [];
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const base = articleId(file);
      // Doubly annotated articles have one file per annotator ("…_ef2d.ann"): the first is used.
      const annotations = annFiles.filter((a) => a.startsWith(`${base}_`)).map((a) => readFileSync(join(annDir, a), 'utf8'));
      return { split, file: { file, text: readFileSync(join(textDir, file), 'utf8') }, annotations };
    });
}

export interface ArchiveRun {
  articles: number;
  pages: number;
  speakers: SpeakerScore;
  /** The same on train's annotations, which the speaker rules were not written against. */
  speakersTrain: SpeakerScore;
  matches: number;
  matchesByRelation: Record<string, number>;
  precision: PrecisionScore;
  recall: RecallScore;
}

export function runArchiveEval(root: string, options: { labels?: string; writeSample?: string | null } = {}): ArchiveRun {
  const dir = dataDir(root);
  const read = SPLITS.flatMap((split) => readSplit(dir, split));
  const metadata = readMetadata(dir);
  // Ids are file names without ".txt"; sources.json entries are keyed the same way.
  const sources: SourcesFile = {};
  for (const { file } of read) {
    const entry = metadata[articleId(file.file)];
    if (entry) sources[articleId(file.file)] = entry;
  }
  const index = withWordKnowledge(buildIndex(read.map((r) => r.file), sources));
  const byId = new Map(index.articles.map((a) => [a.id, a]));
  const devIds = new Set(read.filter((r) => r.split === 'dev').map((r) => articleId(r.file.file)));
  const pages: IndexedArticle[] = index.articles.filter((a) => devIds.has(a.id));

  const annotated = (split: Split) =>
    read
      .filter((r) => r.split === split && r.annotations.length)
      .map((r) => ({ article: byId.get(articleId(r.file.file))!, attributions: parseBratAttributions(r.annotations[0]!) }));
  const speakers = scoreSpeakers(annotated('dev'));
  // The rules were written looking at dev's misses; train's annotations were not read, so its figure checks them.
  const speakersTrain = scoreSpeakers(annotated('train'));

  const { listed, analyses } = listMatches(new Matcher(index), pages, byId);
  const sample = sampleMatches(listed, SAMPLE_SIZE);
  const labelsPath = options.labels ?? ARCHIVE_LABELS_PATH;
  const labels: MatchLabels = existsSync(labelsPath) ? (JSON.parse(readFileSync(labelsPath, 'utf8')) as MatchLabels) : {};
  const precision = scorePrecision(sample, labels);
  if (options.writeSample) writeFileSync(options.writeSample, `${JSON.stringify(sample.map((m) => ({ ...m, label: labels[m.id] ?? null })), null, 2)}\n`);

  const recall = scoreRecall(carriedPairs(pages, index.articles), analyses);
  const matchesByRelation: Record<string, number> = {};
  for (const m of listed) matchesByRelation[m.relation] = (matchesByRelation[m.relation] ?? 0) + 1;
  return { articles: index.articles.length, pages: pages.length, speakers, speakersTrain, matches: listed.length, matchesByRelation, precision, recall };
}

const f3 = (x: number) => x.toFixed(3);
const clip = (s: string, n: number) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

function describe(m: ListedMatch): string {
  return `  ${m.relation} ${m.score.toFixed(2)}  ${m.page} ${clip(m.line, 70)} (${m.speaker ?? '-'})\n      → ${m.source} ${clip(m.theirLine, 70)} (${m.theirSpeaker ?? '-'})`;
}

export function printArchiveRun(run: ArchiveRun, verbose: boolean): void {
  const s = run.speakers;
  console.log(`4. The archive (PolNeAR train + dev, ${run.articles} articles; ${run.pages} dev pages checked against all of them)\n`);
  console.log(`speakers (dev annotations, quotes with a named source): ${s.named} quotes; right ${f3(s.accuracy)}, null ${f3(s.nullRate)}, wrong ${f3(s.wrongRate)}`);
  const t = run.speakersTrain;
  console.log(`   on train's annotations (not read while writing the rules): ${t.named} quotes; right ${f3(t.accuracy)}, null ${f3(t.nullRate)}, wrong ${f3(t.wrongRate)}`);
  if (verbose) for (const c of s.cases.filter((x) => x.verdict !== 'right')) console.log(`  ${c.verdict.padEnd(5)} ${c.article.slice(0, 40)} ${clip(c.quote, 50)} gold ${clip(c.gold, 50)} ours ${JSON.stringify(c.ours)}`);
  const p = run.precision;
  console.log(`\nmatches listed: ${run.matches} (${Object.entries(run.matchesByRelation).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`precision on a fixed-seed sample of ${p.sampled}: ${p.same} the same statement, ${p.falseFriends} false friends, ${p.unjudged.length} not yet judged → ${f3(p.precision)}`);
  if (Object.keys(p.byCause).length) console.log(`  false friends by cause: ${Object.entries(p.byCause).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (verbose) for (const m of p.unjudged) console.log(`unjudged ${m.id}\n${describe(m)}`);
  const r = run.recall;
  console.log(`\nrecall of carried quotes (a run of 8 words shared with another article's quote): ${r.found}/${r.pairs} → ${f3(r.recall)}`);
  if (verbose) for (const m of r.missed) console.log(`  missed ${m.page} ${clip(m.quote, 60)} → ${m.source} ${clip(m.theirQuote, 60)}`);
}
