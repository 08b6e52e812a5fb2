/** Reading a folder of articles into a corpus index (Node only: the CLI and the build). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, CorpusError, prepareIndex, serializeIndex, type ArticleFile } from '../corpus/corpus-index';
import type { SourcesFile } from '../corpus/metadata';
import type { CorpusIndex } from '../corpus/types';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS_DIR = join(PROJECT_ROOT, 'seeds');
export const INDEX_ASSET = 'corpus-index.json';

/** Where the build takes its corpus from: $CROSSLINE_CORPUS when a newsroom sets it, else seeds/. */
export function buildCorpusDir(): string {
  return process.env.CROSSLINE_CORPUS ? resolve(process.env.CROSSLINE_CORPUS) : DEFAULT_CORPUS_DIR;
}

export function readCorpusDir(dir: string): CorpusIndex {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CorpusError(`Corpus folder not found: ${dir}`);
  const names = readdirSync(dir).filter((f) => /\.txt$/iu.test(f)).sort();
  if (names.length === 0) throw new CorpusError(`No .txt articles in ${dir}`);
  const files: ArticleFile[] = names.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
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

/** The index as a generated file for WXT's public assets. */
export function corpusIndexAsset(): { relativeDest: string; contents: string } {
  return { relativeDest: INDEX_ASSET, contents: serializeIndex(prepareIndex(readCorpusDir(buildCorpusDir()))) };
}
