/**
 * Marks on the lines other outlets carried. The CSS Custom Highlight API paints them without
 * touching the page's DOM; where it is missing, inert <crossline-mark> wrappers do, styled only
 * with a background so that layout does not move.
 */

export interface MarkedLine {
  id: number;
  range: Range;
}

const HIGHLIGHT = 'crossline-carried';
const FOCUS = 'crossline-focus';
const WRAPPER = 'crossline-mark';

const PAGE_CSS = `
::highlight(${HIGHLIGHT}) { background-color: rgba(255, 200, 61, 0.38); }
::highlight(${FOCUS}) { background-color: rgba(124, 92, 255, 0.35); }
${WRAPPER} { all: unset; display: inline; background-color: rgba(255, 200, 61, 0.38); cursor: help; }
${WRAPPER}[data-focus] { background-color: rgba(124, 92, 255, 0.35); }
${WRAPPER}:focus-visible { outline: 2px solid #7c5cff; outline-offset: 1px; }
`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

export function supportsHighlights(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return !!css?.highlights && typeof (win as unknown as { Highlight?: HighlightCtor }).Highlight === 'function';
}

export class Marks {
  private lines: MarkedLine[] = [];
  private wrappers: HTMLElement[] = [];
  private sheet: CSSStyleSheet | null = null;
  readonly mode: 'highlight' | 'wrap';

  constructor(
    private readonly doc: Document,
    mode?: 'highlight' | 'wrap',
  ) {
    this.mode = mode ?? (supportsHighlights(doc.defaultView!) ? 'highlight' : 'wrap');
  }

  private ensureStyles(): void {
    if (this.sheet) return;
    // A constructed sheet: no <style> element is added to the page.
    this.sheet = new (this.doc.defaultView!.CSSStyleSheet)();
    this.sheet.replaceSync(PAGE_CSS);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  get count(): number {
    return this.lines.length;
  }

  set(lines: MarkedLine[]): void {
    this.clear();
    if (lines.length === 0) return;
    this.ensureStyles();
    this.lines = lines;
    if (this.mode === 'highlight') {
      const win = this.doc.defaultView as unknown as { CSS: { highlights: HighlightRegistry }; Highlight: HighlightCtor };
      win.CSS.highlights.set(HIGHLIGHT, new win.Highlight(...lines.map((l) => l.range)));
    } else {
      // Last line first: splitting a text node after a range leaves that range's offsets valid,
      // so no line depends on the browser updating live ranges.
      const ordered = [...lines].sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
      for (const line of ordered) this.wrappers.push(...wrapRange(this.doc, line.range, line.id));
    }
  }

  /** Shows one line as the one in focus (the card's line, or a line the popup scrolled to). */
  focus(id: number | null): void {
    if (this.mode === 'highlight') {
      const win = this.doc.defaultView as unknown as { CSS: { highlights: HighlightRegistry }; Highlight: HighlightCtor };
      const line = this.lines.find((l) => l.id === id);
      if (line) win.CSS.highlights.set(FOCUS, new win.Highlight(line.range));
      else win.CSS.highlights.delete(FOCUS);
    } else {
      for (const w of this.wrappers) {
        if (Number(w.dataset.line) === id) w.setAttribute('data-focus', '');
        else w.removeAttribute('data-focus');
      }
    }
  }

  range(id: number): Range | null {
    return this.lines.find((l) => l.id === id)?.range ?? null;
  }

  ids(): number[] {
    return this.lines.map((l) => l.id);
  }

  /** The marked line under a point, for hover cards. */
  lineAt(x: number, y: number): number | null {
    const point = caretAt(this.doc, x, y);
    if (!point) return null;
    for (const line of this.lines) {
      try {
        if (line.range.isPointInRange(point.node, point.offset) && !isAtEdge(line.range, point)) return line.id;
      } catch {
        // A point in another document or a detached node.
      }
    }
    return null;
  }

  /** The marked line a wrapper element belongs to (wrap mode). */
  lineOf(element: Element | null): number | null {
    const wrapper = element?.closest?.(WRAPPER) as HTMLElement | null | undefined;
    return wrapper ? Number(wrapper.dataset.line) : null;
  }

  clear(): void {
    if (this.mode === 'highlight') {
      const css = (this.doc.defaultView as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
      css?.highlights?.delete(HIGHLIGHT);
      css?.highlights?.delete(FOCUS);
    }
    for (const wrapper of this.wrappers) unwrap(wrapper);
    this.wrappers = [];
    this.lines = [];
  }

  destroy(): void {
    this.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }
}

function isAtEdge(range: Range, point: { node: Node; offset: number }): boolean {
  return point.node === range.endContainer && point.offset === range.endOffset;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Wraps each text piece of a range in an inert, focusable element; returns the wrappers. */
function wrapRange(doc: Document, range: Range, id: number): HTMLElement[] {
  const texts: { node: Text; start: number; end: number }[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  for (let node = walker.currentNode; node; node = walker.nextNode()!) {
    if (node.nodeType !== 3 || !range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start && text.data.slice(start, end).trim()) texts.push({ node: text, start, end });
  }
  const wrappers: HTMLElement[] = [];
  texts.forEach(({ node, start, end }, n) => {
    let target = node;
    if (start > 0) target = target.splitText(start);
    if (end - start < target.data.length) target.splitText(end - start);
    const wrapper = doc.createElement(WRAPPER);
    wrapper.dataset.line = String(id);
    if (n === 0) {
      wrapper.tabIndex = 0;
      wrapper.setAttribute('role', 'mark');
      wrapper.setAttribute('aria-label', 'Line carried by other outlets (Crossline)');
    }
    target.parentNode!.insertBefore(wrapper, target);
    wrapper.appendChild(target);
    wrappers.push(wrapper);
  });
  return wrappers;
}

function unwrap(wrapper: HTMLElement): void {
  const parent = wrapper.parentNode;
  if (!parent) return;
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  parent.removeChild(wrapper);
  parent.normalize?.();
}
