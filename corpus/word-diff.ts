/** Word-level diff of two renderings of one line, compared in normal form but shown in their own words. */
import { diffArrays } from 'diff';
import { normalizeText } from './normalize';

export type DiffOp = 'same' | 'ours' | 'theirs';

export interface DiffPart {
  op: DiffOp;
  /** Words as written: the other outlet's for `same` and `theirs`, ours for `ours`. */
  text: string;
  /** For `same`: the words as this page writes them (case and marks may differ). */
  ours?: string;
}

/** Surface words with their punctuation attached; editorial brackets stay one word. */
function surfaceWords(text: string): string[] {
  return text.match(/\[[^\]]*\]|[^\s]+/gu) ?? [];
}

export function wordDiff(ours: string, theirs: string): DiffPart[] {
  const a = surfaceWords(ours);
  const b = surfaceWords(theirs);
  const key = new Map<string, string>();
  const normal = (w: string) => {
    let k = key.get(w);
    if (k === undefined) {
      k = w.startsWith('[') ? '' : normalizeText(w);
      key.set(w, k);
    }
    return k;
  };
  const changes = diffArrays(a, b, { comparator: (x, y) => normal(x) === normal(y) });
  const parts: DiffPart[] = [];
  let inA = 0;
  let inB = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    const op: DiffOp = change.added ? 'theirs' : change.removed ? 'ours' : 'same';
    const theirs = op === 'ours' ? [] : b.slice(inB, inB + count);
    const oursWords = op === 'theirs' ? [] : a.slice(inA, inA + count);
    if (op !== 'theirs') inA += count;
    if (op !== 'ours') inB += count;
    const text = (op === 'ours' ? oursWords : theirs).join(' ');
    const last = parts.at(-1);
    if (last && last.op === op) {
      last.text += ` ${text}`;
      if (op === 'same') last.ours = `${last.ours} ${oursWords.join(' ')}`;
    } else parts.push(op === 'same' ? { op, text, ours: oursWords.join(' ') } : { op, text });
  }
  return parts;
}

/** True where the two differ in a word that survives normalizing (not only case or marks). */
export function hasWordChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.op !== 'same' && normalizeText(p.text) !== '');
}
