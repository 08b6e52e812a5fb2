/** `crossline`: check an article against the corpus, build the index, evaluate, benchmark. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CorpusError, prepareIndex, readIndexFile, writeIndexFile } from '../corpus/corpus-index';
import { checkArticle, type CheckReport } from '../corpus/check';
import { formatDay, SAME_OCCASION_DAYS } from '../corpus/dates';
import { buildFamilies } from '../corpus/families';
import type { CorpusIndex } from '../corpus/types';
import { itemWords, RELATION_WORD } from '../corpus/words';
import { buildCorpusDir, corpusIndexAsset, INDEX_ASSET, PROJECT_ROOT, readCorpusDir } from './corpus-files';
import { InputError, readInput } from './read-input';

/** More than this is not one article; checking it would take minutes. */
const MAX_CHECK_CHARS = 1_000_000;

const USAGE = `Usage:
  crossline check FILE [--json] [--corpus DIR|INDEX]        how other outlets reported FILE's quotes and claims
  crossline index [--corpus DIR] [--out FILE]               build the corpus index the extension bundles
                                                              (packed, as the extension loads it; FILE.json writes readable JSON)
  crossline families [--json] [--corpus DIR|INDEX]          every quote's renderings across the corpus, grouped
  crossline eval [--json]                                    leave-one-out evaluation on the labelled seeds
  crossline eval --archive DIR [--json] [--verbose] [--sample-out FILE] [--labels FILE]
                                                              the same on a real archive: PolNeAR's train and dev splits
                                                              (speakers against its annotations, precision on judged
                                                              matches, recall of carried quotes); DIR is a PolNeAR clone
  crossline bench [--json] [--sizes=5,1000,10000,100000]    index build, size, load and lookup timings as the corpus grows

FILE is a .txt article or an .html page. The default corpus is seeds/ (or $CROSSLINE_CORPUS).`;

interface Flags {
  positional: string[];
  json: boolean;
  corpus: string | null;
  out: string | null;
  archive: string | null;
  labels: string | null;
  sampleOut: string | null;
  verbose: boolean;
}

const VALUE_FLAGS = { '--corpus': 'corpus', '--out': 'out', '--archive': 'archive', '--labels': 'labels', '--sample-out': 'sampleOut' } as const;

function parseFlags(args: string[]): Flags {
  const flags: Flags = { positional: [], json: false, corpus: null, out: null, archive: null, labels: null, sampleOut: null, verbose: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') flags.json = true;
    else if (arg === '--verbose') flags.verbose = true;
    else if (arg in VALUE_FLAGS) {
      const value = args[++i];
      if (!value) throw new InputError(`${arg} needs a value`);
      flags[VALUE_FLAGS[arg as keyof typeof VALUE_FLAGS]] = value;
    } else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
    else flags.positional.push(arg);
  }
  return flags;
}

export function loadCorpus(path: string | null): CorpusIndex {
  // The build's own packed index (made again only when the corpus or the code changed): no
  // extraction and no WordNet to read on every run.
  if (!path) return readIndexFile(readFileSync(corpusIndexAsset().absoluteSrc));
  const full = resolve(path);
  let isDir = false;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    throw new CorpusError(`corpus not found: ${path}`);
  }
  return isDir ? readCorpusDir(full) : readIndexFile(readFileSync(full));
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'bench') return (await import('./bench')).runBench(rest);
    const flags = parseFlags(rest);
    switch (command) {
      case 'check':
        return runCheck(flags);
      case 'index':
        return runIndex(flags);
      case 'families':
        return runFamilies(flags);
      case 'eval':
        if (flags.archive) return (await import('./evaluate')).runArchive(flags.archive, { json: flags.json, verbose: flags.verbose, labels: flags.labels, sampleOut: flags.sampleOut });
        return (await import('./evaluate')).runEval(flags.json);
      default:
        throw new InputError(`unknown command "${command}" (try: crossline --help)`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof CorpusError) {
      console.error(`crossline: ${error.message}`);
      return 2;
    }
    console.error(`crossline: unexpected error: ${(error as Error).message}`);
    return 1;
  }
}

function runCheck(flags: Flags): number {
  const [file, extra] = flags.positional;
  if (!file || extra) throw new InputError('check takes one FILE (a .txt article or an .html page)');
  const page = readInput(file);
  const index = loadCorpus(flags.corpus);
  if (page.text.length > MAX_CHECK_CHARS) {
    console.error(`crossline: ${file} is ${page.text.length.toLocaleString('en')} characters; only the first ${MAX_CHECK_CHARS.toLocaleString('en')} are checked`);
    page.text = page.text.slice(0, page.text.lastIndexOf('\n', MAX_CHECK_CHARS) > 0 ? page.text.lastIndexOf('\n', MAX_CHECK_CHARS) : MAX_CHECK_CHARS);
  }
  const report = checkArticle(index, page.text, { title: page.title, date: page.date });
  if (page.noArticle) console.error(`crossline: no article found in ${file}`);
  if (flags.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  console.log(formatReport(file, report, index, !!page.noArticle));
  return 0;
}

function runIndex(flags: Flags): number {
  const dir = flags.corpus ? resolve(flags.corpus) : buildCorpusDir();
  const index = readCorpusDir(dir);
  const out = resolve(flags.out ?? join(PROJECT_ROOT, '.output', INDEX_ASSET));
  mkdirSync(dirname(out), { recursive: true });
  const bytes = writeIndexFile(prepareIndex(index), out);
  writeFileSync(out, bytes);
  const quotes = index.articles.reduce((n, a) => n + a.items.filter((i) => i.kind === 'quote').length, 0);
  const claims = index.articles.reduce((n, a) => n + a.items.filter((i) => i.kind === 'claim').length, 0);
  console.log(
    `Indexed ${index.articles.length} articles from ${relative(process.cwd(), dir) || '.'}: ${quotes} quotes, ${claims} claims, ` +
      `${(bytes.length / 1024).toFixed(1)} kB → ${relative(process.cwd(), out)}`,
  );
  for (const a of index.articles) {
    const date = a.date ? ` (${a.date}${a.dateFrom === 'story' ? `, the date of its story: ${a.dateVia} quotes the same words` : ''})` : '';
    console.log(`  ${a.id}  ${a.label}${a.headline ? ` — ${a.headline}` : ''}${date}`);
  }
  return 0;
}

function runFamilies(flags: Flags): number {
  if (flags.positional.length) throw new InputError('families takes no FILE');
  const index = loadCorpus(flags.corpus);
  const families = buildFamilies(index);
  if (flags.json) {
    console.log(JSON.stringify(families, null, 2));
    return 0;
  }
  const label = (source: string) => index.articles.find((a) => a.id === source)?.label ?? source;
  for (const family of families) {
    console.log(`“${family.root.text}” — ${family.outlets} outlets, ${family.wordings} wording${family.wordings === 1 ? '' : 's'}`);
    for (const m of family.members) console.log(`   ${label(m.source).padEnd(12)} ${m.text}`);
    console.log('');
  }
  console.log(`${families.length} quotes carried by more than one outlet.`);
  return 0;
}


function formatReport(file: string, report: CheckReport, index: CorpusIndex, noArticle: boolean): string {
  const lines: string[] = [];
  const corpusName = index === undefined ? '' : `${index.articles.length} articles`;
  lines.push(`${file}${report.page.title ? ` — ${report.page.title}` : ''}`);
  lines.push(`Corpus: ${corpusName}${report.page.selfSource ? `; this page is corpus article ${report.page.selfSource}, so its own lines are left out` : ''}.`);
  lines.push(report.page.date ? `Page dated ${formatDay(report.page.date)}: renderings more than ${SAME_OCCASION_DAYS} days from it are listed as said before or after.` : 'Page undated: every rendering counts, whenever it was said.');
  if (noArticle) {
    lines.push('', 'No article found on this page.');
    return lines.join('\n');
  }
  if (report.items.length === 0) lines.push('', 'No quotes or checkable claims found.');
  for (const item of report.items) {
    const who = item.speaker ? `${item.speaker}: ` : '';
    lines.push('', `${item.kind.toUpperCase().padEnd(8)} ${who}${itemWords(item.kind, item.text)}`);
    if (item.matches.length === 0) lines.push(item.earlier.length ? '   no other outlet carries this on this occasion' : '   no other outlet carries this');
    for (const m of item.matches) {
      const label = index.articles.find((a) => a.id === m.source)?.label ?? m.source;
      const speaker = m.speaker && m.speaker !== item.speaker ? ` [${m.speaker}]` : '';
      lines.push(`   ${label.padEnd(12)} ${RELATION_WORD[m.relation].padEnd(20)} ${m.score.toFixed(2)}  ${m.text}${speaker}`);
      const changes = m.diff.filter((p) => p.op !== 'same');
      if (m.relation !== 'verbatim' && m.relation !== 'paraphrase' && changes.length) {
        lines.push(`   ${''.padEnd(34)}       ${changes.map((p) => (p.op === 'ours' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ')}`);
      }
    }
    for (const m of item.earlier) {
      const label = index.articles.find((a) => a.id === m.source)?.label ?? m.source;
      lines.push(`   ${label.padEnd(12)} ${`another occasion: ${m.date ? formatDay(m.date) : '?'}`.padEnd(27)} ${m.text}`);
    }
    if (item.firstReported) lines.push(`   first reported ${formatDay(item.firstReported)}`);
  }
  const carried = report.items.filter((i) => i.matches.length > 0).length;
  const quotes = report.items.filter((i) => i.kind === 'quote').length;
  lines.push('', `${quotes} quotes, ${report.items.length - quotes} claims; ${carried} carried by other outlets.`);
  return lines.join('\n');
}

