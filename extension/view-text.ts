/**
 * A tab's view in the form it is stored and handed on. Free of browser APIs: the engine's worker,
 * which has none, makes it.
 */
import type { TabView } from './messages';

export type ReadyView = Extract<TabView, { status: 'ready' }>;

/**
 * A tab's view as JSON text: how it is kept in storage.session and handed through the service
 * worker, which then copies one string instead of rebuilding thousands of objects on the thread
 * that answers every page and popup (a 5,000-quote page's view held it up ~80 ms each way).
 */
export type ViewText = string & { readonly __viewText: unique symbol };

export const viewText = (view: TabView): ViewText => JSON.stringify(view) as ViewText;

/** The view back from its text; text that is not a view (a corrupt store) reads as no view. */
export function readViewText(text: ViewText | string | null | undefined): TabView | null {
  if (typeof text !== 'string') return null;
  try {
    const view = JSON.parse(text) as TabView | null;
    return view && typeof view === 'object' && typeof view.status === 'string' ? view : null;
  } catch {
    return null;
  }
}

/**
 * What the engine answers for a scanned page, all of it text or numbers, so that the service
 * worker hands strings on and builds no objects: the whole view, the view with its carried lines
 * only (what the page marks), and what the background reads itself.
 */
export interface AnalyzedPage {
  view: ViewText;
  carried: ViewText;
  /** Lines other outlets carried (a nested quote counted with its quote): the badge. */
  carriedCount: number;
  /** The corpus article the page is, if it is one (the reading memory does not keep it again). */
  selfSource: string | null;
}

/** A view's lines that other outlets carried, a nested quote counted with its quote: what the page marks and the badge counts. */
export function carriedLines(view: TabView): ReadyView['items'] {
  return view.status === 'ready' ? view.items.filter((item) => item.matches.length > 0 && item.parent === undefined) : [];
}

