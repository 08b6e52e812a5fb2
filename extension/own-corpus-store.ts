/** Changes to the reader's own corpus, in one place for the popup and the options page. */
import { CorpusError } from '../corpus/errors';
import { importOwnCorpus, type OwnArticleData } from '../corpus/own-corpus';
import { ownCorpusSetting } from './settings';

/** The reader's corpus is kept in extension storage; past this many articles lookups slow down. */
export const MAX_OWN_ARTICLES = 500;

function nextId(existing: readonly OwnArticleData[]): string {
  const max = existing.reduce((n, a) => Math.max(n, Number(a.id.replace(/^own-/u, '')) || 0), 0);
  return `own-${max + 1}`;
}

export async function addOwnArticle(article: Omit<OwnArticleData, 'id' | 'addedAt'>): Promise<OwnArticleData> {
  if (!article.text.trim()) throw new CorpusError('The article has no text.');
  const existing = await ownCorpusSetting.getValue();
  if (existing.length >= MAX_OWN_ARTICLES) throw new CorpusError(`Your corpus already holds ${MAX_OWN_ARTICLES} articles; remove some first.`);
  if (existing.some((a) => a.text.trim() === article.text.trim())) throw new CorpusError('This article is already in your corpus.');
  const added = { ...article, id: nextId(existing), addedAt: Date.now() };
  await ownCorpusSetting.setValue([...existing, added]);
  return added;
}

export async function removeOwnArticle(id: string): Promise<void> {
  await ownCorpusSetting.setValue((await ownCorpusSetting.getValue()).filter((a) => a.id !== id));
}

/** Imports a corpus file, added to what is there; on any error nothing changes and the error says why. */
export async function importOwnFile(json: string): Promise<number> {
  const incoming = importOwnCorpus(json);
  const existing = await ownCorpusSetting.getValue();
  const texts = new Set(existing.map((a) => a.text.trim()));
  const fresh = incoming.filter((a) => !texts.has(a.text.trim()));
  if (existing.length + fresh.length > MAX_OWN_ARTICLES) {
    throw new CorpusError(`That would make ${existing.length + fresh.length} articles; the limit is ${MAX_OWN_ARTICLES}.`);
  }
  let all = [...existing];
  for (const article of fresh) all = [...all, { ...article, id: nextId(all) }];
  await ownCorpusSetting.setValue(all);
  return fresh.length;
}
