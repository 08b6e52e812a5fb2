/**
 * The reader's own corpus in IndexedDB (fake-indexeddb: the IndexedDB API in memory) with WXT's
 * fake browser storage: adding, migrating from storage.local, importing with progress, a
 * cancelled or corrupt import leaving the corpus as it was, and what the background loads.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportOwnCorpus, type OwnArticleData } from '../../corpus/own-corpus';
import { mergeLineIndexData } from '../../corpus/line-index';
import { Matcher } from '../../corpus/match';
import { allOwnRecords, deleteOwn, putOwn } from '../../extension/own-corpus-db';
import { ownCorpusRevision } from '../../extension/own-corpus-revision';
import { addOwnArticle, forgetRemembered, importOwnFile, listOwnArticles, ownRecords, rememberPage } from '../../extension/own-corpus-store';
import { ownCorpusSetting } from '../../extension/settings';
import { seedIndex } from '../seeds';

const article = (n: number): OwnArticleData => ({
  id: `own-${n}`,
  text: `Dock workers at Port Halvard met for the ${n}th time on Monday.\n“Not one crane moves until the night crews are paid what they are owed,” said union leader Tomasz Wilk.`,
  outlet: null,
  headline: `Dockers meet, round ${n}`,
  url: null,
  date: '2026-05-04',
  addedAt: n,
});

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteOwn((await listOwnArticles()).map((a) => a.id));
});

describe('own corpus in IndexedDB', () => {
  it('prepares again, once, an article whose lines an earlier version prepared', async () => {
    await addOwnArticle({ text: article(2).text, outlet: null, headline: null, url: null, date: null });
    const stored = (await ownRecords())[0]!;
    const { copyKeys: _dropped, ...older } = stored.lines;
    await putOwn([{ ...stored, lines: { ...older, version: 2 } as unknown as typeof stored.lines }]);
    const [refreshed] = await ownRecords();
    expect(refreshed!.lines).toEqual(stored.lines);
    expect((await allOwnRecords())[0]!.lines).toEqual(stored.lines);
  });

  it('adds an article with its items and prepared lines, and refuses a duplicate', async () => {
    const before = await ownCorpusRevision.getValue();
    await addOwnArticle({ text: article(1).text, outlet: 'Our desk', headline: null, url: null, date: null });
    expect(await ownCorpusRevision.getValue()).toBe(before + 1);
    const [record] = await ownRecords();
    expect(record!.article.items.some((i) => i.kind === 'quote' && i.speaker === 'Tomasz Wilk')).toBe(true);
    expect(record!.lines.articles).toBe(1);
    await expect(addOwnArticle({ text: article(1).text, outlet: null, headline: null, url: null, date: null })).rejects.toThrow('already in your corpus');
  });

  it('moves a corpus an earlier version kept in storage.local, once', async () => {
    await ownCorpusSetting.setValue([article(1), article(2)]);
    expect((await listOwnArticles()).map((a) => a.id)).toEqual(['own-1', 'own-2']);
    expect(await ownCorpusSetting.getValue()).toEqual([]);
  });

  it('imports many articles with progress, and the background merges them without re-deriving', async () => {
    const progress: number[] = [];
    const file = exportOwnCorpus(Array.from({ length: 120 }, (_, n) => article(n + 1)));
    expect(await importOwnFile(file, { onProgress: ({ done }) => progress.push(done) })).toBe(120);
    expect(progress).toEqual([50, 100, 120]);
    const records = await ownRecords();
    const matcher = new Matcher({
      ...seedIndex,
      articles: [...seedIndex.articles, ...records.map((r) => r.article)],
      lines: mergeLineIndexData([new Matcher(seedIndex).lineIndexData(), ...records.map((r) => r.lines)]),
    });
    const found = matcher.match({ text: 'Not one crane moves until the night crews are paid what they are owed', kind: 'quote', speaker: 'Tomasz Wilk' });
    expect(found).toHaveLength(120);
  });

  it('leaves the corpus as it was when an import is cancelled part-way, or the file is corrupt', async () => {
    await addOwnArticle({ text: 'An article the reader had before, long enough to be one: the river rose all night.', outlet: null, headline: null, url: null, date: null });
    const controller = new AbortController();
    const file = exportOwnCorpus(Array.from({ length: 200 }, (_, n) => article(n + 10)));
    await expect(
      importOwnFile(file, { signal: controller.signal, onProgress: ({ done }) => done >= 100 && controller.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect((await listOwnArticles()).map((a) => a.text.slice(0, 20))).toEqual(['An article the reade']);
    await expect(importOwnFile('{"format":"crossline-own-corpus","articles":[{"text":""}]}')).rejects.toThrow('has no text');
    expect(await listOwnArticles()).toHaveLength(1);
  });

  it('says so plainly when the disk is full part-way through an import, and keeps the corpus as it was', async () => {
    await addOwnArticle({ text: 'An article the reader had before, long enough to be one: the river rose all night.', outlet: null, headline: null, url: null, date: null });
    const store = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...args: unknown[]) => unknown } } }).IDBObjectStore.prototype;
    const put = store.put;
    let puts = 0;
    store.put = function (this: unknown, ...args: unknown[]) {
      if (++puts > 120) throw new DOMException('Quota exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(importOwnFile(exportOwnCorpus(Array.from({ length: 200 }, (_, n) => article(n + 10))))).rejects.toThrow(/no room left for this corpus/u);
    } finally {
      store.put = put;
    }
    expect((await listOwnArticles()).map((a) => a.text.slice(0, 20))).toEqual(['An article the reade']);
  });
});

describe('reading memory', () => {
  const page = (n: number) => ({ url: `https://news.example/story/${n}?utm=x`, title: `Story ${n}`, text: `${article(n).text}\n${'More of the story. '.repeat(20)}` });
  const limits = { maxArticles: 3, maxAgeDays: 30 };
  const day = 86_400_000;

  it('keeps each article read once, within the count and age set, and forgets them in one go', async () => {
    await addOwnArticle({ text: 'An article the reader added by hand, long enough to be one.', outlet: null, headline: null, url: null, date: null });
    const start = Date.UTC(2026, 10, 1);
    for (let n = 1; n <= 5; n++) expect(await rememberPage(page(n), limits, start + n * day)).toBe(true);
    expect(await rememberPage({ ...page(5), url: 'https://news.example/story/5#comments' }, limits, start + 6 * day)).toBe(false);
    expect(await rememberPage({ ...page(9), text: 'Too short.' }, limits, start + 6 * day)).toBe(false);
    let remembered = (await listOwnArticles()).filter((a) => a.remembered);
    expect(remembered.map((a) => a.headline)).toEqual(['Story 3', 'Story 4', 'Story 5']);
    // Forty days on, the old ones are gone when the next one is kept.
    await rememberPage(page(6), limits, start + 45 * day);
    remembered = (await listOwnArticles()).filter((a) => a.remembered);
    expect(remembered.map((a) => a.headline)).toEqual(['Story 6']);
    expect(await forgetRemembered()).toBe(1);
    expect((await listOwnArticles()).map((a) => a.remembered ?? false)).toEqual([false]);
  });
});
