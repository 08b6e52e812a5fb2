// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkCard } from '../../components/MarkCard';
import { analyzeArticle } from '../../corpus/check';
import { Matcher } from '../../corpus/match';
import { ownToArticle } from '../../corpus/own-corpus';
import { seedIndex } from '../seeds';

afterEach(cleanup);

describe('the on-page card', () => {
  it('says when a line carried on this occasion was first reported, months before', () => {
    const august = ownToArticle({
      id: 'own-2',
      text: 'Envoy returns to Moscow.\nPresident Donald Trump again called it “a good day in talks and meetings with Russia and Ukraine” as his envoy flew back to Moscow.',
      outlet: null,
      headline: null,
      url: null,
      date: '2025-08-21',
      addedAt: 1,
    });
    const matcher = new Matcher({ ...seedIndex, articles: [...seedIndex.articles, august] });
    const page = 'On Friday, Trump told reporters it had been “a good day in talks and meetings with Russia and Ukraine,” his envoy said.';
    const item = analyzeArticle(matcher, page, { date: '2025-08-22' }).items.find((i) => i.text.startsWith('a good day'))!;
    expect(item.matches.map((m) => m.source)).toEqual(['own-2']);
    expect(item.earlier.length).toBeGreaterThanOrEqual(2);
    const { container } = render(<MarkCard item={item} position={1} total={1} onClose={vi.fn()} onStep={vi.fn()} />);
    expect(container.textContent).toMatch(/First reported (?:2[56] Apr 2025|Apr 2[56], 2025)\./u);
  });

  it('counts every outlet that carried the line when the page’s result kept only the closest few', () => {
    const item = analyzeArticle(new Matcher(seedIndex), 'Trump wrote: “Most of the major points are agreed upon.”').items.find((i) => i.matches.length > 0)!;
    const { container } = render(<MarkCard item={{ ...item, carried: { outlets: 240, wordings: 3, own: 0 } }} position={1} total={1} onClose={vi.fn()} onStep={vi.fn()} />);
    expect(container.querySelector('.cl-card__head')!.textContent).toContain('240 other outlets · 3 wordings');
    expect(container.textContent).not.toMatch(/your own/iu);
    // The reader's own articles among all 240, though none of the kept few is one.
    const withOwn = render(<MarkCard item={{ ...item, carried: { outlets: 240, wordings: 3, own: 12 } }} position={1} total={1} onClose={vi.fn()} onStep={vi.fn()} />);
    expect(withOwn.container.textContent).toContain('12 more in your own corpus');
  });

  it('shows wording from the bundled corpus only, and counts the reader’s own articles', () => {
    const own = ownToArticle({
      id: 'own-1',
      text: 'Embargoed draft.\nUS President Donald Trump wrote: “Most of the major points are agreed to,” and the plant stays with Moscow until 2031.',
      outlet: 'Our desk (embargoed)',
      headline: null,
      url: null,
      date: null,
      addedAt: 1,
    });
    const matcher = new Matcher({ ...seedIndex, articles: [...seedIndex.articles, own] });
    const page = 'Writing on his platform, US President Donald Trump said: “Most of the major points are agreed upon,” about Russia and Ukraine.';
    const item = analyzeArticle(matcher, page).items.find((i) => i.text === 'Most of the major points are agreed upon')!;
    expect(item.matches.map((m) => m.source)).toContain('own-1');
    const { container } = render(<MarkCard item={item} position={1} total={1} onClose={vi.fn()} onStep={vi.fn()} />);
    expect(container.textContent).toContain(`${item.matches.length} other outlets`);
    expect(container.textContent).toContain('1 more in your own corpus');
    expect(container.textContent).not.toContain('Our desk');
    expect(container.textContent).not.toContain('2031');
  });
});
