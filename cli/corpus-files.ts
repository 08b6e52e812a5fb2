/** Reading a folder of articles into a corpus index (Node only: the CLI and the build). */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, CorpusError, prepareIndex, type ArticleFile } from '../corpus/corpus-index';
import { withWordKnowledge } from './wordnet';
import { hash32 } from '../corpus/line-index';
import { packIndex } from '../corpus/packed-index';
import { decodeText } from '../corpus/text-encoding';
import type { SourcesFile } from '../corpus/metadata';
import type { CorpusIndex } from '../corpus/types';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS_DIR = join(PROJECT_ROOT, 'seeds');
export const INDEX_ASSET = 'corpus-index.bin';

/** Where the build takes its corpus from: $CROSSLINE_CORPUS when a newsroom sets it, else seeds/. */
export function buildCorpusDir(): string {
  return process.env.CROSSLINE_CORPUS ? resolve(process.env.CROSSLINE_CORPUS) : DEFAULT_CORPUS_DIR;
}

/** A corpus folder's index, with the word knowledge its words need. */
export function readCorpusDir(dir: string): CorpusIndex {
  return withWordKnowledge(readCorpusArticles(dir));
}

/** A corpus folder's articles, indexed, without word knowledge (for a caller that adds more articles first). */
export function readCorpusArticles(dir: string): CorpusIndex {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CorpusError(`Corpus folder not found: ${dir}`);
  const names = readdirSync(dir).filter((f) => /\.txt$/iu.test(f)).sort();
  if (names.length === 0) throw new CorpusError(`No .txt articles in ${dir}`);
  const files: ArticleFile[] = names.map((file) => {
    const decoded = decodeText(readFileSync(join(dir, file)));
    if ('binary' in decoded) throw new CorpusError(`${join(dir, file)} is not a text file (binary content); remove it or export it as text.`);
    return { file, text: decoded.text };
  });
  return buildIndex(files, readSources(dir));
}

function readSources(dir: string): SourcesFile {
  const path = join(dir, 'sources.json');
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CorpusError(`${path} is not valid JSON.`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new CorpusError(`${path} must map article ids (or file names) to { outlet, headline, url, date }.`);
  }
  for (const [key, entry] of Object.entries(data)) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new CorpusError(`${path}: entry "${key}" must be an object.`);
    for (const [field, value] of Object.entries(entry)) {
      if (typeof value !== 'string') throw new CorpusError(`${path}: "${key}.${field}" must be a string.`);
    }
  }
  return data as SourcesFile;
}

/**
 * The packed index, as a file for WXT's public assets. `npm run build` builds Chrome and then
 * Firefox: the second build reuses the first's index while no article or sources.json changed
 * (a cache in .output keyed by the corpus folder, its files' names, sizes and times).
 */
export function corpusIndexAsset(): { relativeDest: string; absoluteSrc: string } {
  const dir = buildCorpusDir();
  const key = corpusFingerprint(dir);
  // One cache per corpus folder, so that a build with another corpus does not evict the usual one.
  const cache = join(PROJECT_ROOT, '.output', `corpus-index.cache-${hash32(dir).toString(16)}.bin`);
  const cacheKey = `${cache}.key`;
  const fresh = existsSync(cache) && existsSync(cacheKey) && readFileSync(cacheKey, 'utf8') === key;
  if (!fresh) {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, packIndex(prepareIndex(readCorpusDir(dir))));
    writeFileSync(cacheKey, key);
  }
  return { relativeDest: INDEX_ASSET, absoluteSrc: cache };
}

/** What the index depends on: the corpus folder's .txt files and sources.json (names, sizes, times), and the core's and the word knowledge reader's versions. */
function corpusFingerprint(dir: string): string {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.txt$|^sources\.json$/iu.test(f)).sort() : [];
  const core = [...readdirSync(join(PROJECT_ROOT, 'corpus')).map((f) => join(PROJECT_ROOT, 'corpus', f)), join(PROJECT_ROOT, 'cli', 'wordnet.ts')].map((f) => statSync(f).mtimeMs);
  return JSON.stringify([dir, Math.max(0, ...core), ...files.map((f) => [f, statSync(join(dir, f)).size, statSync(join(dir, f)).mtimeMs])]);
}
