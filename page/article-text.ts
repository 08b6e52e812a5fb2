/**
 * The article's text as the core reads it, from a DOM: one line a block, and a map
 * from every text offset back to the live Text node it came from. Takes a Document or
 * Element as a parameter and touches no globals, so it runs on the live page, on
 * linkedom in the command line, and in tests alike.
 */

/** One run of article text that comes from one Text node. */
export interface TextRun {
  node: Text;
  /** Offset of this node's first character in the article text. */
  start: number;
}

export interface ArticleText {
  text: string;
  runs: TextRun[];
}

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);
/** Never read: code, media, controls, and anything the reader types into. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME SVG CANVAS VIDEO AUDIO BUTTON INPUT TEXTAREA SELECT OPTION FORM NAV ASIDE LABEL'.split(' '),
);
/** Page furniture inside an article body: share bars, related links, comments, ads, newsletter boxes. */
const FURNITURE = /(?:^|[\s_-])(?:share|sharing|social|related|comments?|advert|ads?|promo|newsletter|subscribe|byline-share|recirc|outbrain|taboola)(?:$|[\s_-])/iu;

export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'button' || role === 'textbox') return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return FURNITURE.test(marker);
}

/** The article's text and where each run of it came from; with `maxChars`, reading stops once past it (a huge page is only scanned in part). */
export function articleText(root: Element, maxChars = Infinity): ArticleText {
  const runs: TextRun[] = [];
  // Chunks joined once at the end: appending to one string and reading its end is quadratic in V8.
  const chunks: string[] = [];
  let length = 0;
  let last = '';
  const append = (chunk: string) => {
    chunks.push(chunk);
    length += chunk.length;
    last = chunk.at(-1)!;
  };
  const breakLine = () => {
    if (length > 0 && last !== '\n') append('\n');
  };
  // An explicit stack, not recursion: a hostile page can nest elements thousands deep. Linear in
  // the nodes under the root: each is pushed once, and a block once more to close its line.
  const stack: { node: Node; closesBlock: boolean }[] = [];
  const pushChildren = (parent: Node) => {
    const children: Node[] = [];
    for (let child = parent.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, closesBlock: false });
  };
  // The root itself is the article, whatever its class says ("content comments-enabled").
  pushChildren(root);
  while (stack.length > 0 && length <= maxChars) {
    const { node, closesBlock } = stack.pop()!;
    if (closesBlock) {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (!value) continue;
      // Collapse white space as a browser renders it, but keep offsets 1:1 with the node.
      const collapsed = value.replace(/[\t\n\r ]/gu, ' ');
      if (!collapsed.trim() && (length === 0 || last === '\n' || last === ' ')) continue;
      runs.push({ node: node as Text, start: length });
      append(collapsed);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isSkipped(el)) continue;
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
      breakLine();
      stack.push({ node, closesBlock: true });
    }
    pushChildren(el);
  }
  return { text: chunks.join(''), runs };
}

/** Index of the last run starting at or before `offset`, or -1. */
function runAt(article: ArticleText, offset: number): number {
  let lo = 0;
  let hi = article.runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (article.runs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A live DOM range for the text offsets `[start, end)` of the article text, across as many
 * elements as the span crosses (links, <em>, paragraphs). Null when the nodes have since
 * left the page.
 */
export function rangeFor(article: ArticleText, start: number, end: number): Range | null {
  if (end <= start || article.runs.length === 0) return null;
  // Start: the run holding `start`, or the next one when `start` falls on an inserted line break.
  let first = runAt(article, start);
  let startNode: Text;
  let startOffset: number;
  const firstRun = article.runs[first];
  if (firstRun && start < firstRun.start + firstRun.node.data.length) {
    startNode = firstRun.node;
    startOffset = start - firstRun.start;
  } else {
    first += 1;
    const next = article.runs[first];
    if (!next || next.start >= end) return null;
    startNode = next.node;
    startOffset = 0;
  }
  // End: the run holding the last character, or the one before a line break.
  const last = runAt(article, end - 1);
  const lastRun = article.runs[last];
  if (!lastRun || last < first) return null;
  const endOffset = Math.min(end - lastRun.start, lastRun.node.data.length);
  if (!startNode.isConnected || !lastRun.node.isConnected) return null;
  const range = startNode.ownerDocument!.createRange();
  try {
    range.setStart(startNode, startOffset);
    range.setEnd(lastRun.node, endOffset);
  } catch {
    return null; // the page changed these nodes since they were read
  }
  return range;
}
