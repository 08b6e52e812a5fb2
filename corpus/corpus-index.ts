/** The corpus index: built from article files, serialised deterministically, and checked on load. */
import { extractItems } from './extract';
import { buildLineIndexData } from './line-index';
import { articleId, deriveMeta, type SourcesFile } from './metadata';
import { CorpusError } from './errors';
import { isWordKnowledge } from './word-kinship';
import { isStoredItem } from './item-shape';
import { normalizeText } from './normalize';
import { isPackedIndex, packIndex, unpackIndex } from './packed-index';
import { INDEX_FORMAT, INDEX_VERSION, type CorpusIndex, type IndexedArticle } from './types';

export interface ArticleFile {
  /** File name, e.g. "000_59007c63c4fd6c25.txt". */
  file: string;
  text: string;
}

export { CorpusError } from './errors';

export function buildArticle(file: string, text: string, sources: SourcesFile = {}): IndexedArticle {
  const entry = sources[articleId(file)] ?? sources[file.replace(/^.*[\\/]/u, '')];
  return { ...deriveMeta(file, text, entry), text, items: extractItems(text) };
}

export function buildIndex(files: readonly ArticleFile[], sources: SourcesFile = {}): CorpusIndex {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const articles = sorted.map(({ file, text }) => buildArticle(file, text, sources));
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) throw new CorpusError(`Two articles share the id "${article.id}": give them distinct file names.`);
    seen.add(article.id);
  }
  dateByStory(articles);
  return { format: INDEX_FORMAT, version: INDEX_VERSION, articles };
}

/** Five words in a row of a quote tie an undated article to a dated one's story. */
const STORY_SHINGLE_WORDS = 5;

/**
 * An undated article takes the date of the earliest dated article that quotes five words in a row
 * of one of its quotes (after normalizing), and says which: the story's date, not its own. One pass
 * over the quotes, whatever the corpus's size.
 */
export function dateByStory(articles: IndexedArticle[]): void {
  const quoteKeys = (article: IndexedArticle) => {
    const keys = new Set<string>();
    for (const item of article.items) {
      if (item.kind !== 'quote') continue;
      const words = normalizeText(item.text).split(' ');
      for (let i = 0; i + STORY_SHINGLE_WORDS <= words.length; i++) keys.add(words.slice(i, i + STORY_SHINGLE_WORDS).join(' '));
    }
    return keys;
  };
  const earliest = new Map<string, IndexedArticle>();
  for (const article of articles) {
    if (!article.date || article.dateFrom === 'story') continue;
    for (const key of quoteKeys(article)) {
      const known = earliest.get(key);
      if (!known || article.date < known.date! || (article.date === known.date && article.id < known.id)) earliest.set(key, article);
    }
  }
  for (const article of articles) {
    if (article.date) continue;
    let via: IndexedArticle | undefined;
    for (const key of quoteKeys(article)) {
      const dated = earliest.get(key);
      if (dated && (!via || dated.date! < via.date! || (dated.date === via.date && dated.id < via.id))) via = dated;
    }
    if (via) Object.assign(article, { date: via.date, dateFrom: 'story', dateVia: via.id });
  }
}

/** The index with the matcher's lookup structures prepared, so that loading it re-derives nothing. */
export function prepareIndex(index: CorpusIndex): CorpusIndex {
  return { format: index.format, version: index.version, articles: index.articles, lines: buildLineIndexData(index.articles), ...(index.words ? { words: index.words } : {}) };
}

/**
 * Same index, same bytes: keys in a fixed order, no timestamps. An item whose words are exactly
 * its span of the article (every claim and report, most quotes) is written without them: they
 * are the article's text again, about a tenth of a large index.
 */
export function serializeIndex(index: CorpusIndex): string {
  const articles = index.articles.map((article) => ({
    ...article,
    items: article.items.map(({ text, ...rest }) => (article.text.slice(rest.start, rest.end) === text ? rest : { text, ...rest })),
  }));
  return `${JSON.stringify({ ...index, articles })}\n`;
}

/** Checks that `data` is a corpus index this version can read; throws CorpusError saying what is wrong. */
export function parseIndex(data: unknown): CorpusIndex {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      throw new CorpusError('The corpus file is not valid JSON.');
    }
  }
  if (!data || typeof data !== 'object') throw new CorpusError('The corpus file does not hold a corpus index.');
  const index = data as Partial<CorpusIndex>;
  if (index.format !== INDEX_FORMAT) throw new CorpusError(`Not a Crossline corpus (format is ${JSON.stringify(index.format ?? null)}).`);
  if (index.version !== INDEX_VERSION) {
    throw new CorpusError(`This corpus is version ${String(index.version)}; this Crossline reads version ${INDEX_VERSION}. Rebuild it with "npm run corpus".`);
  }
  if (!Array.isArray(index.articles)) throw new CorpusError('The corpus has no article list.');
  if (index.words !== undefined && !isWordKnowledge(index.words)) throw new CorpusError('The corpus has corrupt word knowledge.');
  index.articles.forEach((article, n) => {
    const where = `article ${n + 1}`;
    if (!article || typeof article !== 'object') throw new CorpusError(`The corpus's ${where} is not an object.`);
    if (typeof article.id !== 'string' || !article.id) throw new CorpusError(`The corpus's ${where} has no id.`);
    if (typeof article.text !== 'string') throw new CorpusError(`Article "${article.id}" has no text.`);
    if (!Array.isArray(article.items)) throw new CorpusError(`Article "${article.id}" has no item list.`);
    for (const item of article.items) {
      if (!isStoredItem(item, article.text.length)) throw new CorpusError(`Article "${article.id}" has a malformed item.`);
      item.speaker ??= null;
      // Written without its words when they are its span (see serializeIndex).
      item.text ??= article.text.slice(item.start, item.end);
    }
  });
  return index as CorpusIndex;
}

/** A corpus file as read from disk or fetched: the packed form the build ships, or the JSON form. */
export function readIndexFile(bytes: Uint8Array): CorpusIndex {
  if (isPackedIndex(bytes)) return unpackIndex(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError('The corpus file is neither a packed index nor UTF-8 JSON.');
  }
  return parseIndex(text);
}

/**
 * The index with other articles and line structures (the reader's own merged in), keeping what a
 * packed index reads on first use (its word knowledge) unread: a spread would decode it now.
 */
export function withArticles(index: CorpusIndex, articles: IndexedArticle[], lines: CorpusIndex['lines']): CorpusIndex {
  const merged = Object.defineProperties({}, Object.getOwnPropertyDescriptors(index)) as CorpusIndex;
  merged.articles = articles;
  merged.lines = lines;
  return merged;
}

/** The bytes of a prepared index in the form a file name asks for: JSON for `.json`, else packed. */
export function writeIndexFile(index: CorpusIndex, fileName: string): Uint8Array {
  return /\.json$/iu.test(fileName) ? new TextEncoder().encode(serializeIndex(index)) : packIndex(index);
}
