/**
 * `npm run bench`: lookup cost as the corpus grows, with the candidate filter and without
 * it (fuse.js over every line), measured in the same run and compared as ratios.
 */
import Fuse from 'fuse.js';
import { buildIndex, type ArticleFile } from '../corpus/corpus-index';
import { extractItems } from '../corpus/extract';
import { Matcher } from '../corpus/match';
import { normalizeText } from '../corpus/normalize';
import { splitSentences } from '../corpus/sentences';
import { DEFAULT_CORPUS_DIR, readCorpusDir } from './corpus-files';

const SIZES = [5, 50, 250, 1000];
const NAMES = ['Alvarez', 'Brandt', 'Chen', 'Dubois', 'Eriksen', 'Fontaine', 'Gupta', 'Haddad', 'Ivanova', 'Jansen'];
const PLACES = ['Lisbon', 'Oslo', 'Quito', 'Dakar', 'Hanoi', 'Perth', 'Tallinn', 'Nairobi', 'Lima', 'Riga'];

/** Synthetic articles: seed sentences reshuffled, with names, places and figures changed, so no two are alike. */
function syntheticCorpus(seeds: ArticleFile[], size: number): ArticleFile[] {
  const sentences = seeds.flatMap(({ text }) => splitSentences(text).map((s) => text.slice(s.start, s.end)));
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const files = [...seeds];
  for (let n = seeds.length; n < size; n++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 8; p++) {
      const line = Array.from({ length: 2 }, () =>
        pick(sentences)
          .replace(/\b(Trump|Putin|Zelenskyy?|Witkoff|Ushakov)\b/gu, () => pick(NAMES))
          .replace(/\b(Moscow|Kyiv|Rome|Crimea)\b/gu, () => pick(PLACES))
          .replace(/\b\d+\b/gu, () => String(Math.floor(random() * 90) + 2)),
      ).join(' ');
      paragraphs.push(line);
    }
    files.push({ file: `${String(n).padStart(5, '0')}_synthetic.txt`, text: paragraphs.join('\n') });
  }
  return files;
}

function timePerCall(calls: (() => unknown)[], minMs = 300): number {
  let rounds = 0;
  const start = performance.now();
  do {
    for (const call of calls) call();
    rounds++;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / (rounds * calls.length);
}

export function runBench(): number {
  const seedIndex = readCorpusDir(DEFAULT_CORPUS_DIR);
  const seeds = seedIndex.articles.map((a) => ({ file: a.file, text: a.text }));
  // Six lines of seed 004 (quotes and claims): enough to average, few enough that fuse over 20,000 lines finishes.
  const queries = seedIndex.articles[4]!.items.filter((_, n) => n % 2 === 0).slice(0, 6).map((i) => ({ text: i.text, kind: i.kind, speaker: i.speaker }));
  console.log(`Lookup of ${queries.length} quotes and claims of seed 004, mean per query (Node ${process.version})\n`);
  console.log('articles   lines  build ms   filtered ms   fuse-all ms   fuse-all / filtered');
  const rows: Record<string, number>[] = [];
  for (const size of SIZES) {
    const files = syntheticCorpus(seeds, size);
    const buildStart = performance.now();
    const index = buildIndex(files);
    const matcher = new Matcher(index);
    const buildMs = performance.now() - buildStart;
    const filtered = timePerCall(queries.map((q) => () => matcher.match(q, { excludeSource: '004' })));
    // The baseline: fuse.js alone over every sentence of the corpus, no candidate filter.
    const allLines = index.articles.flatMap((a) => splitSentences(a.text).map((s) => ({ norm: normalizeText(a.text.slice(s.start, s.end)) })));
    const fuse = new Fuse(allLines, { keys: ['norm'], includeScore: true, ignoreLocation: true, threshold: 0.7 });
    const normalized = queries.map((q) => normalizeText(q.text));
    const fuseAll = timePerCall(normalized.map((q) => () => fuse.search(q)), 200);
    rows.push({ size, lines: matcher.lineCount, buildMs, filtered, fuseAll });
    console.log(
      `${String(size).padStart(8)} ${String(matcher.lineCount).padStart(7)} ${buildMs.toFixed(0).padStart(9)} ${filtered.toFixed(3).padStart(13)} ${fuseAll.toFixed(3).padStart(13)} ${(fuseAll / filtered).toFixed(1).padStart(20)}×`,
    );
  }
  const first = rows[0]!;
  const last = rows.at(-1)!;
  console.log(
    `\nFrom ${first.size} to ${last.size} articles (${(last.lines! / first.lines!).toFixed(0)}× the lines): filtered lookup ${(last.filtered! / first.filtered!).toFixed(1)}× slower, fuse over everything ${(last.fuseAll! / first.fuseAll!).toFixed(1)}× slower.`,
  );
  const pageText = seedIndex.articles[4]!.text;
  const extract = timePerCall([() => extractItems(pageText)]);
  console.log(`Extraction of one article (seed 004, ${pageText.length} chars): ${extract.toFixed(2)} ms`);
  return 0;
}
