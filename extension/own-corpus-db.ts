/**
 * The reader's own corpus in IndexedDB (through `idb`, a small, well-kept wrapper): each article
 * with its extracted items and prepared lookup lines, so a background start loads and merges them
 * and re-derives nothing. storage.local holds only a revision number that every change bumps, so
 * the background and the options page hear of changes made elsewhere.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { storage } from 'wxt/utils/storage';
import type { OwnArticleData, OwnRecord } from '../corpus/own-corpus';

interface OwnCorpusSchema extends DBSchema {
  articles: { key: string; value: OwnRecord; indexes: { addedAt: number } };
}

const DB_NAME = 'crossline-own-corpus';
const DB_VERSION = 1;

/** Bumped on every change to the reader's corpus; watch it to hear of changes. */
export const ownCorpusRevision = storage.defineItem<number>('local:ownCorpusRevision', { fallback: 0 });

let db: Promise<IDBPDatabase<OwnCorpusSchema>> | null = null;

function open(): Promise<IDBPDatabase<OwnCorpusSchema>> {
  db ??= openDB<OwnCorpusSchema>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      const store = database.createObjectStore('articles', { keyPath: 'id' });
      store.createIndex('addedAt', 'addedAt');
    },
  }).catch((error: unknown) => {
    db = null;
    throw error;
  });
  return db;
}

async function changed(): Promise<void> {
  await ownCorpusRevision.setValue((await ownCorpusRevision.getValue()) + 1);
}

export async function allOwnRecords(): Promise<OwnRecord[]> {
  return (await open()).getAllFromIndex('articles', 'addedAt');
}

/** The articles' data without their prepared parts, oldest first. */
export async function ownArticles(): Promise<OwnArticleData[]> {
  return (await allOwnRecords()).map(({ article: _article, lines: _lines, ...data }) => data);
}

export async function countOwn(): Promise<number> {
  return (await open()).count('articles');
}

/** Stores records in one transaction: all or none. */
export async function putOwn(records: readonly OwnRecord[], notify = true): Promise<void> {
  const tx = (await open()).transaction('articles', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  if (notify) await changed();
}

export async function deleteOwn(ids: readonly string[], notify = true): Promise<void> {
  const tx = (await open()).transaction('articles', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  if (notify) await changed();
}

export { changed as announceOwnCorpusChange };
