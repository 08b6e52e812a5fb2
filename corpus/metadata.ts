/**
 * What an article says about itself: a headline line, a "date" line, a byline,
 * an outlet named as the reporter. Nothing here is guessed beyond the text.
 */
import { DATE_LINE, formatDay, textDate } from './dates';
import type { ArticleMeta, CorpusSummary } from './types';

export interface SourceEntry {
  outlet?: string;
  headline?: string;
  url?: string;
  date?: string;
  byline?: string;
}

/** `seeds/sources.json`: entries keyed by corpus id ("000") or by file name. */
export type SourcesFile = Record<string, SourceEntry>;

const HEADLINE_MAX_CHARS = 160;
const BYLINE = /(?:^|\n)\s*By ([\p{Lu}][\p{L}.'’\-]+(?: [\p{Lu}][\p{L}.'’\-]+){0,3})\s*$/u;
/** "…, Caliber.Az reports via foreign media." — the text naming its own outlet. */
const SELF_REPORTING = /,\s*([\p{Lu}][\p{L}\p{N}.\-]*(?: [\p{Lu}][\p{L}\p{N}.\-]*){0,3}) reports(?: via [^.\n]{1,40})?\.\s*$/mu;

/** The corpus id for a file: its leading digits ("000_59007c63c4fd6c25.txt" → "000"), else its base name. */
export function articleId(file: string): string {
  const base = file.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  return /^(\d+)_/u.exec(base)?.[1] ?? base;
}

export function deriveMeta(file: string, text: string, entry: SourceEntry = {}): ArticleMeta {
  const id = articleId(file);
  const outlet = entry.outlet?.trim() || SELF_REPORTING.exec(text)?.[1] || null;
  const sourceDate = entry.date?.trim() || null;
  const ownDate = sourceDate ? null : textDate(text);
  const headline = entry.headline?.trim() || headlineLine(text);
  return {
    id,
    file: file.replace(/^.*[\\/]/u, ''),
    outlet,
    label: outlet ?? `Source ${id}`,
    headline,
    gist: headline || firstWords(text),
    url: entry.url?.trim() || null,
    date: sourceDate || ownDate,
    dateFrom: sourceDate ? 'sources' : ownDate ? 'text' : null,
    dateVia: null,
    byline: entry.byline?.trim() || BYLINE.exec(text.trimEnd())?.[1] || null,
  };
}

/** Words a gist runs to when an article has no headline. */
const GIST_WORDS = 9;

/** The article's first words (after a "date" line), as a reader would recognise it. */
export function firstWords(text: string): string | null {
  const dateLine = DATE_LINE.exec(text);
  const body = dateLine?.index === 0 ? text.slice(dateLine[0].length) : text;
  const words = body.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  return words.length > GIST_WORDS ? `${words.slice(0, GIST_WORDS).join(' ')}…` : words.join(' ');
}

/**
 * What to show beside a neutral "Source 000" so a reader knows the article: its headline or first
 * words, and its date. Null where the outlet is named (its name says enough), never a guessed outlet.
 */
export function sourceNote(source: { outlet: string | null; gist?: string | null; date: string | null }, day: (isoDate: string) => string = (d) => formatDay(d)): string | null {
  if (source.outlet) return null;
  const parts = [source.gist ? `“${source.gist}”` : null, source.date ? day(source.date) : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** A first line that reads as a headline: short, on its own line, with no closing full stop. */
export function headlineLine(text: string): string | null {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return null;
  const line = text.slice(0, firstBreak).trim();
  if (!line || line.length > HEADLINE_MAX_CHARS || /[.:;,]$/u.test(line) || DATE_LINE.test(line)) return null;
  if (line.split(/\s+/u).length < 3) return null;
  return line;
}

/** The URL when it is a web address (http or https), else null: anything else (javascript:, data:) is never made a link. */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An article's metadata alone (reading it never decodes a packed article's body). */
export function articleMeta(a: ArticleMeta): ArticleMeta {
  return { id: a.id, file: a.file, outlet: a.outlet, label: a.label, headline: a.headline, gist: a.gist ?? null, url: a.url, date: a.date, dateFrom: a.dateFrom ?? null, dateVia: a.dateVia ?? null, byline: a.byline };
}

export function corpusSummary(bundled: readonly ArticleMeta[], own: number): CorpusSummary {
  const dates = bundled.map((a) => a.date).filter((d): d is string => d !== null).sort();
  return { bundled: bundled.length, own, from: dates[0] ?? null, to: dates.at(-1) ?? null };
}
