/** The seed articles, read once for the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../corpus/corpus-index';
import { withWordKnowledge } from '../cli/wordnet';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

export const seedFiles = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(SEEDS_DIR, file), 'utf8') }));

export function seedText(id: string): string {
  const found = seedFiles.find((f) => f.file.startsWith(`${id}_`));
  if (!found) throw new Error(`no seed ${id}`);
  return found.text;
}

export const seedIndex = withWordKnowledge(buildIndex(seedFiles));
