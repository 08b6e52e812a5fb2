/** What the extension pages share for leaving the page: links to the reader, and files to save. */
import { browser } from 'wxt/browser';
import type { Match } from '../corpus/match';

/** The source reader opened on a match's line. */
export function readerUrl(match: Pick<Match, 'source' | 'start' | 'end'>): string {
  return browser.runtime.getURL(`/reader.html?source=${encodeURIComponent(match.source)}&start=${match.start}&end=${match.end}` as '/reader.html');
}

/** Saves text as a download, without any download permission: a link to a blob, clicked. */
export function saveFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
