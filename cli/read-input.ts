/** Reading an article to check from a .txt or .html file, with plain errors for bad input. */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { headlineLine } from '../corpus/metadata';
import { decodeText } from '../corpus/text-encoding';
import { articleText } from '../page/article-text';
import { findArticle } from '../page/find-article';
import { pageDate } from '../page/page-date';

export class InputError extends Error {
  override name = 'InputError';
}

export interface PageInput {
  text: string;
  title: string | null;
  /** The page's date from its metadata (HTML); a text file's own date line is read by the check itself. */
  date?: string | null;
  /** Set when an HTML page holds no article. */
  noArticle?: boolean;
}

/** Past this size a file is not an article page (and would stall the check). */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function readInput(path: string): PageInput {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not an article file`);
    if (stat.size > MAX_INPUT_BYTES) throw new InputError(`${path} is ${Math.round(stat.size / 1048576)} MB; articles over 20 MB are not checked`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`cannot read ${path}: permission denied`);
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if ('binary' in decoded) throw new InputError(`${path} is not a text or HTML file`);
  const content = decoded.text;
  if (!content.trim()) throw new InputError(`${path} is empty`);
  if (/\.x?html?$/iu.test(path) || /^\s*<(?:!doctype|html|head|body)\b/iu.test(content)) return fromHtml(content);
  return { text: content, title: headlineLine(content) };
}

function fromHtml(html: string): PageInput {
  const { document } = parseHTML(html);
  const found = findArticle(document as unknown as Document);
  const title = (document.title || '').trim() || null;
  if (!found) return { text: '', title, noArticle: true };
  return { text: articleText(found.root).text, title: found.title ?? title, date: pageDate(document as unknown as Document) };
}
