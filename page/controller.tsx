/**
 * The content script's work on one page: scan, ask the background, mark, show cards, rescan
 * when the article changes. Every step is guarded: nothing here may throw into the page.
 *
 * Where each step runs, and why:
 * - here, on the page: only what needs the live DOM (finding the article, its text with offsets
 *   back to the nodes, marks, the card). The script loads on every page, so it carries no
 *   matcher, no fuse.js and no index.
 * - in the corpus engine (extension/engine.ts, reached through the background): extraction and
 *   matching. The index is loaded there once, never per page and never for a page with no
 *   article, and the work runs off the page's main thread. The article text goes to the
 *   extension's own background and engine only.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { AnalyzedItem } from '../corpus/check';
import { PageOverlay } from '../components/PageOverlay';
import { handleMessages, toBackground, type ContentProtocol, type TabView } from '../extension/messages';
import { carriedLines, readViewText } from '../extension/view-text';
import { disabledSitesSetting, isSiteDisabled, marksSetting } from '../extension/settings';
import { rangeFor, type ArticleText } from './article-text';
import { Marks, type MarkedLine } from './marks';
import { pageDate } from './page-date';
import { scanPage } from './scan';

/** Quiet time after the last change before a rescan: single-page apps change in bursts. */
const RESCAN_DEBOUNCE_MS = 900;
/** Lines marked per slice, so that a very long article never blocks the page for long. */
const MARK_SLICE = 40;
const HOVER_HIDE_MS = 350;

export class PageController {
  private marks: Marks;
  private article: ArticleText | null = null;
  private lastText: string | null = null;
  private lastTitle: string | null = null;
  private marked: AnalyzedItem[] = [];
  private active: number | null = null;
  private anchor: { left: number; top: number } | null = null;
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private dismissed = false;
  private hoverTimer: number | null = null;
  private overCard = false;
  private scanning = false;
  private rescanQueued = false;
  private observer: MutationObserver | null = null;
  private lastView: TabView | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document = document,
    private readonly options: {
      /** A content script answers the background's tab messages; an extension page (the demo) does not. */
      answerTabMessages?: boolean;
      /** The card's styles, where they are not the content script's own stylesheet (the demo page). */
      uiCss?: string;
    } = {},
  ) {
    this.marks = new Marks(doc);
  }

  async start(): Promise<void> {
    if (this.options.answerTabMessages !== false) this.answerTabMessages();
    const url = this.doc.location.href;
    if (isSiteDisabled(await disabledSitesSetting.getValue(), url)) {
      await toBackground('page-skipped', { url, reason: 'disabled' });
      return;
    }
    await this.scan();
    this.observe();
    // Marks turned off or on in the options: show the last answer again, no new lookup.
    const unwatch = marksSetting.watch(() => void (this.lastView && this.show(this.lastView)));
    this.ctx.onInvalidated(unwatch);
    this.listenForHover();
    this.ctx.onInvalidated(() => {
      this.marks.destroy();
      this.ui?.remove();
    });
  }

  /** What the background and the popup ask of the page, as a content script's tab messages. */
  private answerTabMessages(): void {
    handleMessages<ContentProtocol>({
      ping: () => true,
      'scroll-to': ({ start, end }) => this.scrollTo(start, end),
      'get-selection': () => this.selectedText(),
      'get-article': () => (this.lastText ? { text: this.lastText, title: this.lastTitle, url: this.doc.location.href } : null),
    });
  }

  /** Scans the page and, when the article's text changed, has it analyzed and marked. */
  async scan(): Promise<void> {
    if (this.scanning) {
      this.rescanQueued = true;
      return;
    }
    this.scanning = true;
    try {
      // Wrapper marks split the page's text nodes: take them out before reading the text again.
      const remark = this.marks.mode === 'wrap' && this.marks.count > 0;
      if (remark) this.quietly(() => this.marks.clear());
      const scan = scanPage(this.doc);
      if (scan.kind === 'none') {
        if (this.lastText !== '') await toBackground('page-skipped', { url: this.doc.location.href, reason: 'no-article' });
        this.lastText = '';
        this.article = null;
        this.applyMarks([]);
        return;
      }
      if (scan.text === this.lastText) {
        // Unchanged: nothing to ask the background; only wrapper marks need putting back.
        this.article = scan.article;
        if (remark) this.applyMarks(this.marked);
        return;
      }
      this.lastText = scan.text;
      this.lastTitle = scan.title;
      this.article = scan.article;
      // The page's date is read only when its text changed (a rescan of an unchanged page asks nothing).
      const reply = await toBackground('page-scanned', { url: this.doc.location.href, title: scan.title, date: pageDate(this.doc), text: scan.text, truncated: scan.truncated });
      await this.show(readViewText(reply) ?? { status: 'unsupported' });
    } catch (error) {
      // The extension was reloaded or the background is gone: stay quiet on the page.
      console.debug('Crossline: scan skipped', error);
    } finally {
      this.scanning = false;
      if (this.rescanQueued) {
        this.rescanQueued = false;
        this.ctx.setTimeout(() => void this.scan(), 0);
      }
    }
  }

  private async show(view: TabView): Promise<void> {
    this.lastView = view;
    if (view.status !== 'ready' || this.dismissed || !(await marksSetting.getValue())) {
      this.applyMarks([]);
      return;
    }
    this.applyMarks(carriedLines(view));
  }

  private applyMarks(items: AnalyzedItem[]): void {
    this.marked = items;
    this.active = null;
    const article = this.article;
    if (!article || items.length === 0) {
      this.quietly(() => this.marks.clear());
      void this.renderUi();
      return;
    }
    const lines: MarkedLine[] = [];
    let next = 0;
    // Ranges are made in slices: a page with hundreds of matched lines stays responsive.
    const slice = () => {
      if (this.article !== article) return; // a newer scan took over
      for (const end = Math.min(items.length, next + MARK_SLICE); next < end; next++) {
        const range = rangeFor(article, items[next]!.start, items[next]!.end);
        if (range) lines.push({ id: next, range });
      }
      if (next < items.length) this.ctx.setTimeout(slice, 0);
      else {
        this.quietly(() => this.marks.set(lines));
        void this.renderUi();
      }
    };
    slice();
  }

  private async mountUi(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi<void>(this.ctx, {
      name: 'crossline-overlay',
      css: this.options.uiCss,
      // Closed: the page's own scripts cannot read the card (what the reader's corpus holds).
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => undefined,
    });
    this.ui.mount();
    // The host takes no room in the page: everything inside is fixed-positioned.
    this.ui.shadowHost.style.cssText = 'position: static !important; display: contents !important;';
    return this.ui;
  }

  private async renderUi(): Promise<void> {
    if (this.marked.length === 0 && !this.ui) return; // no UI at all on pages with nothing marked
    try {
      const ui = await this.mountUi();
      render(
        <PageOverlay
          items={this.marked}
          active={this.active}
          anchor={this.anchor}
          onStep={(delta) => this.step(delta)}
          onCloseCard={() => this.openCard(null)}
          onDismiss={() => this.dismiss()}
          onCardHover={(inside) => {
            this.overCard = inside;
            if (!inside) this.scheduleHide();
          }}
        />,
        ui.uiContainer,
      );
    } catch (error) {
      console.debug('Crossline: no card on this page', error);
    }
  }

  /** Opens the card for a marked line (by index in `marked`), placed under the line. */
  private openCard(index: number | null, scroll = false): void {
    this.active = index;
    if (index === null) {
      this.anchor = null;
      this.marks.focus(null);
      void this.renderUi();
      return;
    }
    const range = this.marks.range(index);
    if (range && scroll) {
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
    const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
    this.anchor = rect ? { left: rect.left, top: Math.min(rect.bottom + 6, window.innerHeight - 220) } : { left: 16, top: 16 };
    this.marks.focus(index);
    void this.renderUi();
  }

  private step(delta: number): void {
    const ids = this.marks.ids();
    if (ids.length === 0) return;
    const current = this.active === null ? (delta > 0 ? -1 : 0) : ids.indexOf(this.active);
    const next = ids[(current + delta + ids.length) % ids.length]!;
    this.openCard(next, true);
  }

  private dismiss(): void {
    this.dismissed = true;
    this.quietly(() => this.marks.clear());
    this.marked = [];
    this.active = null;
    void this.renderUi();
  }

  private listenForHover(): void {
    let pending = false;
    const onMove = (event: PointerEvent) => {
      if (pending || this.marks.count === 0) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const line = this.marks.mode === 'wrap' ? this.marks.lineOf(event.target as Element) : this.marks.lineAt(event.clientX, event.clientY);
        if (line !== null && line !== this.active) this.openCard(line);
        else if (line === null && this.active !== null) this.scheduleHide();
        else if (line !== null) this.cancelHide();
      });
    };
    this.ctx.addEventListener(this.doc, 'pointermove', onMove as EventListener, { passive: true });
    // Wrapped marks are focusable: focus opens the card, as hover does.
    this.ctx.addEventListener(this.doc, 'focusin', ((event: FocusEvent) => {
      const line = this.marks.lineOf(event.target as Element);
      if (line !== null) this.openCard(line);
    }) as EventListener);
    this.ctx.addEventListener(this.doc, 'keydown', ((event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.active !== null) this.openCard(null);
    }) as EventListener);
  }

  private scheduleHide(): void {
    if (this.hoverTimer !== null) return;
    this.hoverTimer = this.ctx.setTimeout(() => {
      this.hoverTimer = null;
      if (!this.overCard) this.openCard(null);
    }, HOVER_HIDE_MS);
  }

  private cancelHide(): void {
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
  }

  /**
   * Rescans when the article changes (single-page apps, "read more"), debounced. Changes
   * elsewhere (tickers, ads, our own card) are ignored unless they bring paragraphs, which may
   * be an article arriving: Readability is not run again for a rotating banner.
   */
  private observe(): void {
    let timer: number | null = null;
    const observer = (this.observer = new MutationObserver((records) => {
      const root = this.articleRoot();
      if (!records.some((r) => this.mayChangeArticle(r, root))) return;
      if (timer !== null) clearTimeout(timer);
      timer = this.ctx.setTimeout(() => void this.scan(), RESCAN_DEBOUNCE_MS);
    }));
    observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => observer.disconnect());
  }

  /** Runs a change of our own to the page (wrapper marks) without it counting as the page changing. */
  private quietly(change: () => void): void {
    change();
    this.observer?.takeRecords();
  }

  private mayChangeArticle(record: MutationRecord, root: Element | null): boolean {
    const ours = this.ui?.shadowHost;
    const target = record.target;
    if (ours && (target === ours || ours.contains(target))) return false;
    const changed = [...record.addedNodes, ...record.removedNodes];
    if (record.type === 'childList' && changed.every((n) => n.nodeName === 'CROSSLINE-MARK' || n === ours || n.nodeName === '#text' && !n.textContent?.trim())) {
      return false;
    }
    if (root && (root.contains(target) || changed.some((n) => n.contains(root)))) return true;
    // Outside the article (or before there is one): only new paragraphs matter.
    return [...record.addedNodes].some((n) => n.nodeName === 'P' || (n.nodeType === 1 && (n as Element).querySelector('p') !== null));
  }

  /** The element holding the scanned article's text. */
  private articleRoot(): Element | null {
    const runs = this.article?.runs;
    if (!runs?.length) return null;
    let root: Element | null = runs[0]!.node.parentElement;
    const last = runs.at(-1)!.node;
    while (root && !root.contains(last)) root = root.parentElement;
    return root?.isConnected ? root : null;
  }

  private scrollTo(start: number, end: number): boolean {
    if (!this.article) return false;
    const index = this.marked.findIndex((item) => item.start === start && item.end === end);
    if (index >= 0 && this.marks.range(index)) {
      this.openCard(index, true);
      return true;
    }
    const range = rangeFor(this.article, start, end);
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return true;
  }

  /** The reader's selection, never from a form field or an editable region. */
  private selectedText(): string {
    const active = this.doc.activeElement as HTMLElement | null;
    if (active && (active.matches('input, textarea, select') || active.isContentEditable)) return '';
    return this.doc.getSelection()?.toString() ?? '';
  }
}
