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

export function articleText(root: Element): ArticleText {
  const runs: TextRun[] = [];
  let text = '';
  const breakLine = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (!value) return;
      // Collapse white space as a browser renders it, but keep offsets 1:1 with the node.
      const collapsed = value.replace(/[\t\n\r ]/gu, ' ');
      if (!collapsed.trim() && (text.endsWith('\n') || text.endsWith(' ') || !text)) return;
      runs.push({ node: node as Text, start: text.length });
      text += collapsed;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) breakLine();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) breakLine();
  };
  walk(root);
  return { text, runs };
}

/** The Text node and offset at a text offset, for building live DOM ranges. */
export function locate(article: ArticleText, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = article.runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = article.runs[mid]!;
    if (run.start > offset) hi = mid - 1;
    else if (run.start + run.node.data.length < offset) lo = mid + 1;
    else return { node: run.node, offset: offset - run.start };
  }
  return null;
}
