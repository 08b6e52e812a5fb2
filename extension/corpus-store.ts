/**
 * The corpus, owned by the engine (see engine.ts): the packed bundled index is fetched and read
 * once per engine lifetime (never on a page, never for a page with no article); the reader's own
 * articles come from IndexedDB with their prepared lines, and the two are merged, not re-derived,
 * whenever the own corpus changes.
 */
import { warmUp } from '../corpus/warm-up';
import { readIndexFile, withArticles } from '../corpus/corpus-index';
import { mergeLineIndexData } from '../corpus/line-index';
import { Matcher } from '../corpus/match';
import type { CorpusIndex, IndexedArticle } from '../corpus/types';
import { preparedOwnRecords } from './own-corpus-db';

/** The packed index the build ships, at the extension's root (its origin: this runs in a worker too, with no extension APIs). */
const INDEX_PATH = '/corpus-index.bin';

let bundled: Promise<CorpusIndex> | null = null;
let matcher: Promise<Matcher> | null = null;

function loadBundled(): Promise<CorpusIndex> {
  bundled ??= fetch(new URL(INDEX_PATH, globalThis.location.href))
    .then((response) => {
      if (!response.ok) throw new Error(`The bundled corpus could not be read (HTTP ${response.status}).`);
      return response.arrayBuffer();
    })
    // Packed: line structures decoded in one pass, each article's text only when a lookup needs it.
    .then((buffer) => readIndexFile(new Uint8Array(buffer)))
    .catch((error: unknown) => {
      bundled = null;
      throw error;
    });
  return bundled;
}

export async function currentIndex(): Promise<CorpusIndex> {
  return (await currentMatcher()).index;
}

export function currentMatcher(): Promise<Matcher> {
  matcher ??= (async () => {
    const [index, own] = await Promise.all([loadBundled(), preparedOwnRecords()]);
    const lines = own.length === 0 ? index.lines : mergeLineIndexData([index.lines!, ...own.map((r) => r.lines)]);
    const loaded = new Matcher(withArticles(index, [...index.articles, ...own.map((r) => r.article)], lines));
    warmWhileIdle(loaded);
    return loaded;
  })().catch((error: unknown) => {
    matcher = null;
    throw error;
  });
  return matcher;
}

/** The warm-up under way, if any: a replaced matcher's is dropped. */
let warming: Generator<void> | null = null;

/**
 * Runs a loaded matcher's warm-up (corpus/warm-up.ts) one step per task, so that a page
 * asking meanwhile is answered between two steps and the first page after a start finds the
 * lookup code compiled and the lazily built structures made.
 */
function warmWhileIdle(loaded: Matcher): void {
  const steps = warmUp(loaded);
  warming = steps;
  const step = () => {
    if (warming !== steps) return;
    try {
      if (steps.next().done) warming = null;
      else setTimeout(step, 0);
    } catch {
      // A corrupt article met while warming is reported by the request that reads it.
      warming = null;
    }
  };
  setTimeout(step, 0);
}

/** The reader's own corpus changed: the next lookup merges it again (the bundled index stays loaded). */
export function forgetMatcher(): void {
  matcher = null;
  warming = null;
}

export async function bundledArticles(): Promise<IndexedArticle[]> {
  return (await loadBundled()).articles;
}
