/**
 * The reader's own corpus in IndexedDB (through `idb`, a small, well-kept wrapper): each article
 * with its extracted items and prepared lookup lines, so the engine loads and merges them and
 * re-derives nothing. IndexedDB only: the engine's worker reads it, and has no extension APIs
 * (changes are announced by own-corpus-revision.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { isLineIndexData } from '../corpus/line-index';
import { prepareOwnArticle, type OwnArticleData, type OwnRecord } from '../corpus/own-corpus';

interface OwnCorpusSchema extends DBSchema {
  articles: { key: string; value: OwnRecord; indexes: { addedAt: number; urlKey: string; textHash: number; rememberedAt: number } };
}

const DB_NAME = 'crossline-own-corpus';
const DB_VERSION = 1;

let db: Promise<IDBPDatabase<OwnCorpusSchema>> | null = null;

function open(): Promise<IDBPDatabase<OwnCorpusSchema>> {
  db ??= openDB<OwnCorpusSchema>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      const store = database.createObjectStore('articles', { keyPath: 'id' });
      store.createIndex('addedAt', 'addedAt');
      // Reading memory asks by address, text and reading time, and so reads no article whole.
      store.createIndex('urlKey', 'urlKey');
      store.createIndex('textHash', 'textHash');
      store.createIndex('rememberedAt', 'rememberedAt');
    },
  }).catch((error: unknown) => {
    db = null;
    throw error;
  });
  return db;
}

export async function allOwnRecords(): Promise<OwnRecord[]> {
  return (await open()).getAllFromIndex('articles', 'addedAt');
}

/** The articles' data without their prepared parts and lookup keys, oldest first. */
export async function ownArticles(): Promise<OwnArticleData[]> {
  return (await allOwnRecords()).map(({ article: _a, lines: _l, urlKey: _u, textHash: _t, rememberedAt: _r, ...data }) => data);
}

export async function countOwn(): Promise<number> {
  return (await open()).count('articles');
}

/** Whether an article with this address (query and fragment aside) or this text is stored. */
export async function hasOwn(keys: { urlKey: string | null; textHash: number }): Promise<boolean> {
  const database = await open();
  if (keys.urlKey !== null && (await database.getKeyFromIndex('articles', 'urlKey', keys.urlKey)) !== undefined) return true;
  return (await database.getKeyFromIndex('articles', 'textHash', keys.textHash)) !== undefined;
}

/** Ids of remembered articles, oldest read first; `readBefore` keeps those read before that time. */
export async function rememberedIds(readBefore = Infinity): Promise<string[]> {
  const range = Number.isFinite(readBefore) ? IDBKeyRange.upperBound(readBefore, true) : undefined;
  return (await open()).getAllKeysFromIndex('articles', 'rememberedAt', range);
}

/** Stores records in one transaction: all or none (a request that fails, even as it is made, aborts the rest). */
export async function putOwn(records: readonly OwnRecord[]): Promise<void> {
  await allOrNone(records, (store, record) => store.put(record));
}

export async function deleteOwn(ids: readonly string[]): Promise<void> {
  await allOrNone(ids, (store, id) => store.delete(id));
}

type ArticleStore = IDBPObjectStore<OwnCorpusSchema, ['articles'], 'articles', 'readwrite'>;

async function allOrNone<T>(items: readonly T[], request: (store: ArticleStore, item: T) => Promise<unknown>): Promise<void> {
  const tx = (await open()).transaction('articles', 'readwrite');
  const pending: Promise<unknown>[] = [];
  try {
    for (const item of items) pending.push(request(tx.store, item));
    await Promise.all([...pending, tx.done]);
  } catch (error) {
    // The requests already made fail with the abort: that is expected, not a second error.
    for (const p of pending) p.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished, or aborted by the error itself.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** The stored records as the engine loads them; lines prepared by an earlier version are prepared again, once, and stored. */
export async function preparedOwnRecords(): Promise<OwnRecord[]> {
  const records = await allOwnRecords();
  const stale = records.filter((r) => !isLineIndexData(r.lines, 1) || r.lines.articles !== 1);
  if (stale.length === 0) return records;
  const fresh = new Map(stale.map(({ article: _a, lines: _l, urlKey: _u, textHash: _t, rememberedAt: _r, ...data }) => [data.id, prepareOwnArticle(data)]));
  await putOwn([...fresh.values()]);
  return records.map((r) => fresh.get(r.id) ?? r);
}
