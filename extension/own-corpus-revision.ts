/**
 * A revision number in storage.local that every change to the reader's own corpus bumps, so the
 * background (which tells the engine) and the options page hear of changes made elsewhere.
 */
import { storage } from 'wxt/utils/storage';

export const ownCorpusRevision = storage.defineItem<number>('local:ownCorpusRevision', { fallback: 0 });

export async function announceOwnCorpusChange(): Promise<void> {
  await ownCorpusRevision.setValue((await ownCorpusRevision.getValue()) + 1);
}
