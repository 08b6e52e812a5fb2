import type { DiffPart } from '../corpus/word-diff';

/**
 * One side of a word diff: this page's words (`ours`), with the words only it has marked,
 * or the other outlet's (`theirs`). Text only: never HTML.
 */
export function DiffText({ parts, side }: { parts: DiffPart[]; side: 'ours' | 'theirs' }) {
  const shown = parts.filter((p) => p.op === 'same' || p.op === side);
  return (
    <span class="cl-diff">
      {shown.map((part, i) => {
        const space = i > 0 ? ' ' : '';
        if (part.op === 'same') return <span key={i}>{space + (side === 'ours' ? (part.ours ?? part.text) : part.text)}</span>;
        const label = side === 'ours' ? 'only on this page' : 'only in this outlet';
        return (
          <span key={i}>
            {space}
            <mark class={`cl-diff__${side}`} title={label}>
              {part.text}
            </mark>
          </span>
        );
      })}
    </span>
  );
}
