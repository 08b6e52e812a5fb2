/** The reader's own corpus as a file: export, and import with every field checked. */
import { buildArticle } from './corpus-index';
import { CorpusError } from './errors';
import { buildLineIndexData, hash32, type LineIndexData } from './line-index';
import type { IndexedArticle } from './types';

export const OWN_CORPUS_FORMAT = 'crossline-own-corpus';

export interface OwnArticleData {
  id: string;
  text: string;
  outlet: string | null;
  headline: string | null;
  url: string | null;
  date: string | null;
  addedAt: number;
  /** Remembered from the reader's browsing (reading memory), not added by the reader. */
  remembered?: boolean;
}

/** Articles over this size are not one article (and would slow every lookup). */
const MAX_ARTICLE_CHARS = 500_000;

export function exportOwnCorpus(articles: readonly OwnArticleData[]): string {
  return `${JSON.stringify({ format: OWN_CORPUS_FORMAT, version: 1, articles }, null, 2)}\n`;
}

/**
 * Reads an exported own corpus, or a Crossline corpus index (its articles become own articles).
 * Throws CorpusError with a message fit for the reader; never returns a partial corpus.
 */
export function importOwnCorpus(json: string, now = Date.now()): OwnArticleData[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new CorpusError('This file is not JSON. Choose a corpus exported from Crossline.', 'errNotJson');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new CorpusError('This file does not hold a Crossline corpus.', 'errNotCorpus');
  const { format, articles } = data as { format?: unknown; articles?: unknown };
  if (format !== OWN_CORPUS_FORMAT && format !== 'crossline-index') {
    throw new CorpusError(`This file is not a Crossline corpus (its format is ${JSON.stringify(format ?? null)}).`, 'errFormat', [JSON.stringify(format ?? null)]);
  }
  if (!Array.isArray(articles)) throw new CorpusError('This corpus file has no list of articles.', 'errNoList');
  return articles.map((raw, n) => {
    if (!raw || typeof raw !== 'object') throw new CorpusError(`Article ${n + 1} in this file is not an article.`, 'errNotArticle', [n + 1]);
    const a = raw as Record<string, unknown>;
    if (typeof a.text !== 'string' || !a.text.trim()) throw new CorpusError(`Article ${n + 1} in this file has no text.`, 'errNoText', [n + 1]);
    if (a.text.length > MAX_ARTICLE_CHARS) throw new CorpusError(`Article ${n + 1} is over ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.`, 'errTooLong', [n + 1, MAX_ARTICLE_CHARS]);
    const optional = (key: string): string | null => {
      const value = a[key];
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string') throw new CorpusError(`Article ${n + 1}: "${key}" must be text.`, 'errFieldNotText', [n + 1, key]);
      return value.trim() || null;
    };
    return {
      id: typeof a.id === 'string' && a.id.startsWith('own-') ? a.id : `own-${n + 1}`,
      text: a.text,
      outlet: optional('outlet'),
      headline: optional('headline'),
      url: optional('url'),
      date: optional('date'),
      addedAt: typeof a.addedAt === 'number' ? a.addedAt : now,
    };
  });
}

/** An own article as stored: its data, its extracted items, and its prepared lookup lines. */
export interface OwnRecord extends OwnArticleData, OwnKeys {
  article: IndexedArticle;
  lines: LineIndexData;
}

/** What a stored own article is looked up by, without reading every article. */
export interface OwnKeys {
  /** The address without its query and fragment; null without one (never indexed then). */
  urlKey: string | null;
  /** A hash of the trimmed text, to know the same article added twice. */
  textHash: number;
  /** When a remembered article was read (reading memory); absent for those the reader added. */
  rememberedAt?: number;
}

export function ownKeys(own: Pick<OwnArticleData, 'url' | 'text' | 'remembered' | 'addedAt'>): OwnKeys {
  const keys: OwnKeys = { urlKey: own.url ? own.url.replace(/[#?].*$/u, '') : null, textHash: hash32(own.text.trim()) };
  if (own.remembered) keys.rememberedAt = own.addedAt;
  return keys;
}

/** The reader's article as a corpus article: what the text and the reader say of it, never a guessed outlet. */
export function ownToArticle(own: OwnArticleData): IndexedArticle {
  const article = buildArticle(`${own.id}.txt`, own.text, {
    [own.id]: {
      outlet: own.outlet ?? undefined,
      headline: own.headline ?? undefined,
      url: own.url ?? undefined,
      date: own.date ?? undefined,
    },
  });
  const label = own.outlet ?? (own.remembered ? `Read ${new Date(own.addedAt).toISOString().slice(0, 10)}` : `Your article ${own.id.replace(/^own-/u, '')}`);
  return { ...article, id: own.id, label };
}

/** Extraction and line preparation, done once when an article is added, never on a worker start. */
export function prepareOwnArticle(own: OwnArticleData): OwnRecord {
  const article = ownToArticle(own);
  return { ...own, ...ownKeys(own), article, lines: buildLineIndexData([article]) };
}
