/** Changes to the reader's own corpus, in one place for the popup, the options page and the background. */
import { CorpusError } from '../corpus/errors';
import { importOwnCorpus, ownKeys, prepareOwnArticle, type OwnArticleData, type OwnRecord } from '../corpus/own-corpus';
import { deleteOwn, hasOwn, ownArticles, preparedOwnRecords, putOwn, rememberedIds } from './own-corpus-db';
import { announceOwnCorpusChange } from './own-corpus-revision';
import { ownCorpusSetting } from './settings';

/** IndexedDB holds this many comfortably; past it, the background's memory is the limit. */
export const MAX_OWN_ARTICLES = 100_000;
/** Articles prepared and stored per step of an import: small enough to show progress and stop quickly. */
const IMPORT_BATCH = 50;

function nextNumber(existing: readonly { id: string }[]): number {
  return existing.reduce((n, a) => Math.max(n, Number(a.id.replace(/^own-/u, '')) || 0), 0) + 1;
}

/**
 * Moves a corpus kept by an earlier version in storage.local into IndexedDB, once; the old copy
 * is removed only after the new one is stored.
 */
export async function migrateOwnCorpus(): Promise<void> {
  const old = await ownCorpusSetting.getValue();
  if (old.length === 0) return;
  await putOwn(old.map(prepareOwnArticle));
  await announceOwnCorpusChange();
  await ownCorpusSetting.removeValue();
}

export async function listOwnArticles(): Promise<OwnArticleData[]> {
  await migrateOwnCorpus();
  return ownArticles();
}

export async function addOwnArticle(article: Omit<OwnArticleData, 'id' | 'addedAt'>): Promise<OwnArticleData> {
  if (!article.text.trim()) throw new CorpusError('The article has no text.', 'errArticleEmpty');
  const existing = await listOwnArticles();
  if (existing.length >= MAX_OWN_ARTICLES) throw new CorpusError(`Your corpus already holds ${MAX_OWN_ARTICLES.toLocaleString('en')} articles; remove some first.`, 'errCorpusFull', [MAX_OWN_ARTICLES]);
  if (existing.some((a) => a.text.trim() === article.text.trim())) throw new CorpusError('This article is already in your corpus.', 'errDuplicate');
  const added = { ...article, id: `own-${nextNumber(existing)}`, addedAt: Date.now() };
  await putOwn([prepareOwnArticle(added)]);
  await announceOwnCorpusChange();
  return added;
}

export async function removeOwnArticle(id: string): Promise<void> {
  await deleteOwn([id]);
  await announceOwnCorpusChange();
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the import and takes out what it had added: the corpus is as it was. */
  signal?: AbortSignal;
}

/**
 * Imports a corpus file, added to what is there. The whole file is checked first: on any error
 * nothing changes and the error says why. Articles are then prepared and stored in batches, with
 * progress; cancelled, the import removes what it stored and throws an AbortError.
 */
export async function importOwnFile(json: string, options: ImportOptions = {}): Promise<number> {
  const incoming = importOwnCorpus(json);
  const existing = await listOwnArticles();
  const texts = new Set(existing.map((a) => a.text.trim()));
  const fresh = incoming.filter((a) => {
    const text = a.text.trim();
    if (texts.has(text)) return false;
    texts.add(text);
    return true;
  });
  if (existing.length + fresh.length > MAX_OWN_ARTICLES) {
    throw new CorpusError(`That would make ${(existing.length + fresh.length).toLocaleString('en')} articles; the limit is ${MAX_OWN_ARTICLES.toLocaleString('en')}.`, 'errOverLimit', [existing.length + fresh.length, MAX_OWN_ARTICLES]);
  }
  let number = nextNumber(existing);
  const stored: string[] = [];
  try {
    for (let at = 0; at < fresh.length; at += IMPORT_BATCH) {
      options.signal?.throwIfAborted();
      const batch = fresh.slice(at, at + IMPORT_BATCH).map((a) => prepareOwnArticle({ ...a, id: `own-${number++}` }));
      await putOwn(batch);
      stored.push(...batch.map((r) => r.id));
      options.onProgress?.({ done: stored.length, total: fresh.length });
      // Let the page draw the progress and hear a click on Cancel.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    options.signal?.throwIfAborted();
  } catch (error) {
    await deleteOwn(stored);
    throw readable(error);
  }
  if (stored.length) await announceOwnCorpusChange();
  return stored.length;
}

/** A full disk in the reader's words; anything else as it was. */
function readable(error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new CorpusError('The browser has no room left for this corpus on this computer. Free some disk space, or import fewer articles at a time.', 'errDiskFull');
  }
  return error;
}

/** Every own article with its prepared parts, for the background. */
export async function ownRecords(): Promise<OwnRecord[]> {
  await migrateOwnCorpus();
  return preparedOwnRecords();
}

/** Shorter than this, a page is not worth remembering (a brief still is). */
const MIN_REMEMBERED_CHARS = 300;
const DAY_MS = 86_400_000;

/**
 * Reading memory: keeps the article the reader just read in their own corpus (never sent
 * anywhere), once per address, within the count and age they set. Returns whether it was kept.
 */
export async function rememberPage(page: { url: string; title: string | null; text: string }, limits: { maxArticles: number; maxAgeDays: number }, now = Date.now()): Promise<boolean> {
  if (page.text.trim().length < MIN_REMEMBERED_CHARS) return false;
  await migrateOwnCorpus();
  const own = { id: `own-read-${now.toString(36)}`, text: page.text, outlet: null, headline: page.title, url: page.url, date: null, addedAt: now, remembered: true };
  // On every page read: the indexes answer, no stored article is read whole.
  if (await hasOwn(ownKeys(own))) return false;
  const expired = await rememberedIds(now - limits.maxAgeDays * DAY_MS);
  const fresh = (await rememberedIds()).filter((id) => !expired.includes(id));
  const overflow = fresh.slice(0, Math.max(0, fresh.length + 1 - limits.maxArticles));
  await deleteOwn([...expired, ...overflow]);
  await putOwn([prepareOwnArticle(own)]);
  await announceOwnCorpusChange();
  return true;
}

/** Forgets every remembered article (the reader's own additions stay). */
export async function forgetRemembered(): Promise<number> {
  const remembered = await rememberedIds();
  await deleteOwn(remembered);
  if (remembered.length) await announceOwnCorpusChange();
  return remembered.length;
}
