// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleText, rangeFor } from '../../page/article-text';
import { Marks } from '../../page/marks';

describe('marks with wrapper elements (where the Highlight API is missing)', () => {
  it('wraps each marked line without changing the text, and unwraps it cleanly', () => {
    document.body.innerHTML = '<article id="a"><p>He said “we are <em>very</em> close,” and left. “Done,” she said.</p></article>';
    const root = document.getElementById('a')!;
    const before = root.innerHTML;
    const article = articleText(root);
    const first = rangeFor(article, article.text.indexOf('we are'), article.text.indexOf(',”'))!;
    const second = rangeFor(article, article.text.indexOf('Done'), article.text.indexOf('Done') + 4)!;
    const marks = new Marks(document, 'wrap');
    marks.set([
      { id: 0, range: first },
      { id: 1, range: second },
    ]);
    const wrappers = root.querySelectorAll('crossline-mark');
    expect([...wrappers].map((w) => w.textContent)).toEqual(['we are ', 'very', ' close', 'Done']);
    expect(root.textContent).toBe('He said “we are very close,” and left. “Done,” she said.');
    expect(marks.lineOf(wrappers[1]!)).toBe(0);
    expect(marks.lineOf(wrappers[3]!)).toBe(1);
    expect((wrappers[0] as HTMLElement).tabIndex).toBe(0); // keyboard reachable
    marks.clear();
    expect(root.querySelectorAll('crossline-mark')).toHaveLength(0);
    expect(root.innerHTML).toBe(before);
  });

  it('adds no element to the page for its styles', () => {
    document.body.innerHTML = '<p id="p">Some text to mark.</p>';
    const headBefore = document.head.innerHTML;
    const article = articleText(document.getElementById('p')!);
    const marks = new Marks(document, 'wrap');
    marks.set([{ id: 0, range: rangeFor(article, 0, 4)! }]);
    expect(document.head.innerHTML).toBe(headBefore);
    marks.destroy();
  });
});
