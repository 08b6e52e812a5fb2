/** The reader's settings and own corpus, kept with WXT's storage API. */
import { storage } from 'wxt/utils/storage';
import type { Thresholds } from '../corpus/match';
import type { OwnArticleData } from '../corpus/own-corpus';

export type Sensitivity = 'strict' | 'balanced' | 'loose';

/** Matching sensitivity as threshold overrides on the evaluated defaults ("balanced"). */
export const SENSITIVITY_THRESHOLDS: Record<Sensitivity, Partial<Thresholds>> = {
  strict: { variant: 0.8, paraphrase: 0.35, paraphraseMinStems: 6, fuse: 0.5 },
  balanced: {},
  loose: { variant: 0.6, paraphrase: 0.2, paraphraseMinStems: 4, fuse: 0.8 },
};

/** An article the reader added to their own corpus. */
export type OwnArticle = OwnArticleData;

export const sensitivitySetting = storage.defineItem<Sensitivity>('local:sensitivity', { fallback: 'balanced' });
export const marksSetting = storage.defineItem<boolean>('local:marksEnabled', { fallback: true });
/** Host names where Crossline stays off. */
export const disabledSitesSetting = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });
/** Where versions before the IndexedDB store kept the reader's corpus; moved there on first use (own-corpus-store.ts). */
export const ownCorpusSetting = storage.defineItem<OwnArticle[]>('local:ownCorpus', { fallback: [] });
/** The version the extension updated to, until the popup has said so. */
export const updatedToSetting = storage.defineItem<string | null>('local:updatedTo', { fallback: null });

export function isSiteDisabled(disabled: readonly string[], url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return disabled.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Reading memory: every article the reader opens joins their own corpus, locally; off unless they turn it on. */
export interface ReadingMemory {
  enabled: boolean;
  /** At most this many remembered articles; the oldest go first. */
  maxArticles: number;
  /** Remembered articles older than this many days are forgotten. */
  maxAgeDays: number;
}

export const readingMemorySetting = storage.defineItem<ReadingMemory>('local:readingMemory', {
  fallback: { enabled: false, maxArticles: 500, maxAgeDays: 30 },
});
