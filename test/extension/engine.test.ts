/**
 * The corpus engine as the background (Firefox) or the offscreen worker (Chrome) runs it: the
 * packed index fetched from the extension's origin, the reader's own corpus from IndexedDB
 * (fake-indexeddb), per-tab lookup memos, and a clear error when the index cannot be read.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { prepareIndex } from '../../corpus/corpus-index';
import { Matcher } from '../../corpus/match';
import { packIndex } from '../../corpus/packed-index';
import { prepareOwnArticle } from '../../corpus/own-corpus';
import type * as Engine from '../../extension/engine';
import { deleteOwn, allOwnRecords, putOwn } from '../../extension/own-corpus-db';
import { readViewText, viewText, type TabView } from '../../extension/messages';
import type { ReadyView } from '../../extension/view-text';
import { seedIndex, seedText } from '../seeds';

const packed = packIndex(prepareIndex(seedIndex));
const fetched: string[] = [];
const sender = { tabId: null, url: null };
/** The engine fresh for each test (nothing loaded yet), as in a new offscreen document. */
let engineHandlers: typeof Engine.engineHandlers;
let answerEngine: typeof Engine.answerEngine;
let isEngineMessage: typeof Engine.isEngineMessage;

beforeEach(async () => {
  vi.resetModules();
  ({ engineHandlers, answerEngine, isEngineMessage } = await import('../../extension/engine'));
  fetched.length = 0;
  vi.stubGlobal('location', new URL('chrome-extension://crossline-test/offscreen.html'));
  vi.stubGlobal('fetch', async (url: URL | string) => {
    fetched.push(String(url));
    return new Response(packed.slice());
  });
  await deleteOwn((await allOwnRecords()).map((r) => r.id));
});
afterEach(() => vi.unstubAllGlobals());

describe('the corpus engine', () => {
  it('analyzes a page as the core does, from the packed index at the extension’s origin', async () => {
    const page = seedText('004');
    const { view, carried: carriedText, carriedCount, selfSource } = await engineHandlers['engine-analyze']({ tabId: 7, url: 'https://example.org/a', title: 'A page', date: null, text: page, truncated: false, thresholds: {} }, sender);
    const analysis = analyzeArticle(new Matcher(seedIndex), page, { url: 'https://example.org/a' });
    const expected = { status: 'ready', url: 'https://example.org/a', title: 'A page', date: analysis.date, selfSource: '004', selfLabel: seedIndex.articles[4]!.label, items: analysis.items, truncated: false };
    expect(readViewText(view)).toEqual(JSON.parse(JSON.stringify(expected)));
    // The page gets its carried lines only; the rest stay in the view for the popup. All of it as text.
    const carried = readViewText(carriedText) as ReadyView;
    expect(carriedCount).toBe(carried.items.filter((item) => item.parent === undefined).length);
    expect(selfSource).toBe('004');
    expect(carried.items.map((item) => item.text)).toEqual(analysis.items.filter((item) => item.matches.length > 0).map((item) => item.text));
    expect(carried.items.length).toBeGreaterThan(0);
    expect(carried.items.length).toBeLessThan(analysis.items.length);
    expect(fetched.every((url) => url === 'chrome-extension://crossline-test/corpus-index.bin')).toBe(true);
  });

  it('answers a huge page with a view already within the tab store’s budget', async () => {
    const page = Array.from({ length: 1200 }, (_, n) => `Witness ${n} said: “I saw the ${n % 10}th thing on day ${n}.” Officials said on Friday that ${n} people were there.`).join('\n');
    const analyzed = await engineHandlers['engine-analyze']({ tabId: 8, url: 'https://example.org/b', title: null, date: null, text: page, truncated: false, thresholds: {} }, sender);
    expect(analyzed.view.length).toBeLessThanOrEqual(1_000_000);
    const view = readViewText(analyzed.view) as Extract<TabView, { status: 'ready' }>;
    expect((view.omitted ?? 0) + view.items.length).toBeGreaterThan(1200);
    expect(fetched.every((url) => url === 'chrome-extension://crossline-test/corpus-index.bin')).toBe(true);
  });

  it('reads a stored view back, and a corrupt one as no view', () => {
    const skipped: TabView = { status: 'skipped', reason: 'no-article', url: 'https://example.org/c' };
    expect(readViewText(viewText(skipped))).toEqual(skipped);
    for (const corrupt of ['', '{', 'null', '42', '"ready"', '{"items":[]}', null, undefined]) expect(readViewText(corrupt)).toBeNull();
  });

  it('answers lookups, articles as plain data, and the corpus list without article texts', async () => {
    const matches = await engineHandlers['engine-lookup']({ text: 'very close to a deal', thresholds: {} }, sender);
    expect(matches.length).toBeGreaterThan(2);
    const article = await engineHandlers['engine-article']({ source: '002' }, sender);
    // As shipped in the packed index: a claim's signals (how extraction chose it) are left out.
    const shipped = { ...seedIndex.articles[2]!, items: seedIndex.articles[2]!.items.map(({ signals: _signals, ...item }) => item) };
    expect(JSON.parse(JSON.stringify(article))).toEqual(JSON.parse(JSON.stringify(shipped)));
    const info = await engineHandlers['engine-corpus-info']({}, sender);
    expect(info.bundled.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(info.bundled.every((a) => !('text' in a))).toBe(true);
    expect(info.own).toEqual([]);
  });

  it('loads the bundled index once, and merges the reader’s own corpus again when told it changed', async () => {
    expect(await engineHandlers['engine-warm']({}, sender)).toBeGreaterThan(0);
    const own = prepareOwnArticle({ id: 'own-1', text: 'At the dock, union leader Tomasz Wilk said: “Not one crane moves until the night crews are paid.”', outlet: 'Our desk', headline: null, url: null, date: null, addedAt: 1 });
    await putOwn([own]);
    expect((await engineHandlers['engine-corpus-info']({}, sender)).own).toEqual([]);
    engineHandlers['engine-own-changed']({}, sender);
    expect((await engineHandlers['engine-corpus-info']({}, sender)).own.map((a) => a.id)).toEqual(['own-1']);
    expect((await engineHandlers['engine-lookup']({ text: 'Not one crane moves until the night crews are paid', thresholds: {} }, sender)).map((m) => m.source)).toEqual(['own-1']);
    expect(fetched).toHaveLength(1);
  });

  it('takes only its own messages, and says what failed when the index cannot be read', async () => {
    expect(isEngineMessage({ type: 'engine-lookup', data: {} })).toBe(true);
    expect(isEngineMessage({ type: 'page-scanned', data: {} })).toBe(false);
    expect(isEngineMessage({ type: 'constructor' })).toBe(false);
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404 }));
    await expect(answerEngine({ type: 'engine-warm', data: {} })).rejects.toThrow(/could not be read \(HTTP 404\)/u);
  });
});

describe('the engine’s worker', () => {
  it('reaches no browser API through its imports: a worker has none, and the polyfill throws there', async () => {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: ['extension/engine-worker.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('extension/engine.ts');
    expect(inputs.filter((path) => /webextension-polyfill|wxt\/dist\/browser|@wxt-dev\/browser/u.test(path))).toEqual([]);
  });
});
