/** Word-level diff of two renderings of one line, compared in normal form but shown in their own words. */
import { diffArrays } from 'diff';
import { normalizeText, normalizeWord } from './normalize';

export type DiffOp = 'same' | 'ours' | 'theirs';

export interface DiffPart {
  op: DiffOp;
  /** Words as written: the other outlet's for `same` and `theirs`, ours for `ours`. */
  text: string;
  /** For `same`, where case or marks differ: the words as this page writes them (else they are `text`; a view has thousands of parts). */
  ours?: string;
}

/** Surface words with their punctuation attached; editorial brackets stay one word. */
function surfaceWords(text: string): string[] {
  return text.match(/\[[^\]]*\]|[^\s]+/gu) ?? [];
}

/** Normal forms of surface words, kept across diffs: a lookup diffs one query against dozens of lines. */
const normalOf = new Map<string, string>();
const NORMAL_CACHE = 50_000;

function normalWord(word: string): string {
  let normal = normalOf.get(word);
  if (normal === undefined) {
    normal = word.startsWith('[') ? '' : normalizeWord(word);
    if (normalOf.size >= NORMAL_CACHE) normalOf.clear();
    normalOf.set(word, normal);
  }
  return normal;
}

/**
 * A side's words as diff tokens: each word the other side also has is the number of its normal
 * form; each run of words the other side lacks (which can never line up) is one token of its own,
 * so that a paraphrase sharing a few words costs the diff a few tokens, not forty. The longest
 * common run of words, and so the minimal diff, is the same either way.
 */
function tokensOf(words: readonly number[], shared: ReadonlySet<number>, side: number): { tokens: number[]; lengths: number[] } {
  const tokens: number[] = [];
  const lengths: number[] = [];
  for (const id of words) {
    if (shared.has(id)) {
      tokens.push(id);
      lengths.push(1);
    } else if (tokens.length && tokens.at(-1)! < 0) {
      lengths[lengths.length - 1]!++;
    } else {
      tokens.push(-(2 * tokens.length + side + 1));
      lengths.push(1);
    }
  }
  return { tokens, lengths };
}

export function wordDiff(ours: string, theirs: string): DiffPart[] {
  const a = surfaceWords(ours);
  const b = surfaceWords(theirs);
  const ids = new Map<string, number>();
  const idOf = (word: string) => {
    const normal = normalWord(word);
    let id = ids.get(normal);
    if (id === undefined) ids.set(normal, (id = ids.size));
    return id;
  };
  const [idsA, idsB] = [a.map(idOf), b.map(idOf)];
  // The same words (a reprint, a verbatim quote): one unchanged part, as the diff would give, without running it.
  if (idsA.length === idsB.length && idsA.every((id, n) => id === idsB[n])) return a.length ? [samePart(b.join(' '), a.join(' '))] : [];
  const inB = new Set(idsB);
  const shared = new Set(idsA.filter((id) => inB.has(id)));
  const [ta, tb] = [tokensOf(idsA, shared, 0), tokensOf(idsB, shared, 1)];
  const parts: DiffPart[] = [];
  let [wordA, wordB, tokenA, tokenB] = [0, 0, 0, 0];
  for (const change of diffArrays(ta.tokens, tb.tokens)) {
    const tokens = change.count ?? change.value.length;
    const op: DiffOp = change.added ? 'theirs' : change.removed ? 'ours' : 'same';
    const span = (lengths: number[], from: number) => lengths.slice(from, from + tokens).reduce((sum, n) => sum + n, 0);
    const oursWords = op === 'theirs' ? [] : a.slice(wordA, (wordA += span(ta.lengths, tokenA)));
    const theirWords = op === 'ours' ? [] : b.slice(wordB, (wordB += span(tb.lengths, tokenB)));
    if (op !== 'theirs') tokenA += tokens;
    if (op !== 'ours') tokenB += tokens;
    const text = (op === 'ours' ? oursWords : theirWords).join(' ');
    const last = parts.at(-1);
    if (last && last.op === op) {
      if (op === 'same') parts[parts.length - 1] = samePart(`${last.text} ${text}`, `${last.ours ?? last.text} ${oursWords.join(' ')}`);
      else last.text += ` ${text}`;
    } else parts.push(op === 'same' ? samePart(text, oursWords.join(' ')) : { op, text });
  }
  return parts;
}

/** An unchanged part, with this page's words only where they are written otherwise. */
function samePart(text: string, ours: string): DiffPart {
  return ours === text ? { op: 'same', text } : { op: 'same', text, ours };
}

/** True where the two differ in a word that survives normalizing (not only case or marks). */
export function hasWordChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.op !== 'same' && normalizeText(p.text) !== '');
}
