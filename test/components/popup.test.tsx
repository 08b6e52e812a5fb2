// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiffText } from '../../components/DiffText';
import { PopupApp, type PopupAppProps } from '../../components/PopupApp';
import { Matcher } from '../../corpus/match';
import { seedIndex } from '../seeds';
import { NEW_TEXT, payload, readyView, seedText } from './fixtures';

afterEach(cleanup);

function popup(props: Partial<PopupAppProps>) {
  return render(
    <PopupApp
      payload={null}
      error={null}
      preferSelection={false}
      readerHref={(m) => `reader.html?source=${m.source}`}
      reportHref="report.html?tab=1"
      optionsHref="options.html"
      onShowOnPage={() => undefined}
      {...props}
    />,
  );
}

describe('popup states', () => {
  it.each([
    [{ status: 'unsupported' } as const, 'Crossline is not running on this page'],
    [{ status: 'waiting', url: null } as const, 'Reading this page…'],
    [{ status: 'skipped', reason: 'no-article', url: 'https://x.example' } as const, 'No article on this page'],
    [{ status: 'skipped', reason: 'disabled', url: 'https://x.example' } as const, 'Crossline is off on this site'],
  ])('%o says so plainly', (view, title) => {
    popup({ payload: payload(view) });
    expect(screen.getByRole('status').textContent).toContain(title);
  });

  it('a page nothing carried: says what it was compared against, and how to widen the corpus', () => {
    const view = readyView('The harbour board said on Tuesday that 14 ships had been delayed. “We will dredge the channel next spring,” its chair said.');
    popup({ payload: payload(view, { corpus: { bundled: 5, own: 2, from: '2025-04-26', to: '2025-04-26' } }) });
    const state = screen.getByText('No other outlet carried these lines').closest('[role="status"]')!;
    expect(state.textContent).toMatch(/^No other outlet carried these lines\d+ quotes? (?:and|or) claims? checked against 5 bundled articles \((?:26 Apr 2025|Apr 26, 2025)\) and 2 of your own; none found elsewhere\./u);
    expect(state.textContent).toContain('turn on reading memory in Options');
    expect(state.querySelector('a')!.getAttribute('href')).toBe('options.html');
  });

  it('a site where Crossline is off says how to turn it on again', () => {
    popup({ payload: payload({ status: 'skipped', reason: 'disabled', url: 'https://x.example' }) });
    expect(screen.getByRole('status').textContent).toContain('remove the site under “Sites where Crossline stays off”');
  });

  it('an article with no quotes or claims', () => {
    popup({ payload: payload(readyView('A short note about the weather and nothing else of note today.')) });
    expect(screen.getByText('No quotes or claims found')).toBeTruthy();
  });

  it('quotes that no other outlet carried', () => {
    popup({ payload: payload(readyView('The minister said “nobody here has read the final text” to us on Monday afternoon.')) });
    expect(screen.getByText('No other outlet carried these lines')).toBeTruthy();
    expect(screen.getByText(/nobody here has read/u)).toBeTruthy();
  });

  it('the page is itself in the corpus', () => {
    popup({ payload: payload(readyView(seedText('002'))) });
    expect(screen.getByText(/This page is Caliber\.Az in the corpus/u)).toBeTruthy();
  });

  it('the extension just updated', () => {
    popup({ payload: payload({ status: 'unsupported' }, { updatedTo: '0.2.0' }) });
    expect(screen.getByText(/Crossline was updated to 0\.2\.0/u)).toBeTruthy();
  });

  it('an error reading the tab', () => {
    popup({ error: 'Could not establish connection.' });
    expect(screen.getByText('Crossline could not read this tab')).toBeTruthy();
  });
});

describe('popup list and detail', () => {
  it('lists the carried lines first and opens one side by side, with the differing words marked', () => {
    const onShowOnPage = vi.fn();
    popup({ payload: payload(readyView(NEW_TEXT)), onShowOnPage });
    const rows = screen.getAllByRole('button').filter((b) => b.classList.contains('cl-item'));
    expect(rows.at(-1)!.textContent).toContain('No other outlet');
    fireEvent.click(screen.getByText('“Most of the major points are agreed upon”'));
    const outlets = [...document.querySelectorAll('.cl-match__outlet')].map((a) => a.textContent);
    expect(outlets).toEqual(expect.arrayContaining(['Source 000', 'Caliber.Az', 'Source 003', 'Source 004']));
    const altered = [...document.querySelectorAll('.cl-match')].find((m) => m.textContent!.includes('Source 000'))!;
    expect(altered.querySelector('.cl-badge')!.textContent).toBe('altered');
    expect(altered.querySelector('.cl-diff__ours')!.textContent).toBe('upon');
    expect(altered.querySelector('.cl-diff__theirs')!.textContent).toBe('to');
    expect(altered.querySelector('a')!.getAttribute('href')).toBe('reader.html?source=000');
    fireEvent.click(screen.getByText('Show on page'));
    expect(onShowOnPage).toHaveBeenCalledWith(expect.objectContaining({ text: 'Most of the major points are agreed upon' }));
    fireEvent.click(screen.getByText('‹ All lines'));
    expect(screen.getAllByRole('button').some((b) => b.classList.contains('cl-item'))).toBe(true);
  });

  it('counts every outlet that carried a line when the stored view kept only the closest few', () => {
    const view = readyView(NEW_TEXT);
    if (view.status !== 'ready') throw new Error('no view');
    const items = view.items.map((i) => (i.matches.length ? { ...i, carried: { outlets: 240, wordings: 3, own: 0 } } : i));
    popup({ payload: payload({ ...view, items }) });
    const row = screen.getAllByRole('button').find((b) => b.textContent!.includes('Most of the major points'))!;
    expect(row.textContent).toContain('240 other outlets · 3 wordings');
    fireEvent.click(row);
    expect(screen.getByRole('heading', { name: '240 other outlets' })).toBeTruthy();
    const shown = document.querySelectorAll('.cl-match').length;
    expect(screen.getByText(`Showing ${shown} of them, every wording among them: the page's result is kept short when a line is carried this widely.`)).toBeTruthy();
  });

  it('flags a speaker who differs', () => {
    popup({ payload: payload(readyView('The Kremlin termed the talks between Putin and Witkoff “constructive.”')) });
    fireEvent.click(screen.getByText('“constructive”'));
    expect(document.body.textContent).toContain('Attributed to Yuri Ushakov, not Kremlin');
  });

  it('shows a selection looked up from the page', () => {
    const matches = new Matcher(seedIndex).match({ text: 'very high levels', kind: 'selection' });
    popup({ payload: payload({ status: 'unsupported' }, { selection: { text: 'very high levels', matches, at: Date.now() } }), preferSelection: true });
    expect(document.querySelector('.cl-detail__own')!.textContent).toBe('Your selectionvery high levels');
    expect(document.querySelectorAll('.cl-match')).toHaveLength(2);
  });
});

describe('text is rendered as text', () => {
  it('never as HTML', () => {
    const { container } = render(<DiffText side="theirs" parts={[{ op: 'same', text: '<img src=x onerror=alert(1)>' }, { op: 'theirs', text: '<b>bold</b>' }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> <b>bold</b>');
  });
});

describe('keyboard', () => {
  it('moves focus into an opened line and back to it on return', () => {
    popup({ payload: payload(readyView(NEW_TEXT)) });
    const row = screen.getByText('“Most of the major points are agreed upon”').closest('button')!;
    row.focus();
    fireEvent.click(row);
    expect(document.activeElement?.classList.contains('cl-detail__own')).toBe(true);
    fireEvent.click(screen.getByText('‹ All lines'));
    expect(document.activeElement?.textContent).toContain('Most of the major points are agreed upon');
  });
});

describe('a page dated months after the words were first reported', () => {
  const text = 'Kremlin aide Yuri Ushakov said on Thursday the latest talks with Witkoff were “constructive,” and Trump wrote again: “A good day in talks and meetings with Russia and Ukraine.”';

  it('lists the seeds under "said before", counts nothing as carried, and says when the words were first reported', () => {
    const view = readyView(text, 'https://news.example/august', '2025-08-22');
    if (view.status !== 'ready') throw new Error('no view');
    expect(view.items.every((i) => i.matches.length === 0)).toBe(true);
    popup({ payload: payload(view) });
    expect(screen.getAllByText(/^Said before: \d outlets?, (?:2[56] Apr 2025|Apr 2[56], 2025)$/u).length).toBeGreaterThan(0);
    fireEvent.click(screen.getAllByRole('button').find((b) => b.textContent?.includes('A good day in talks'))!);
    expect(screen.getByText('No other outlet on this occasion')).toBeTruthy();
    expect(screen.getByText(/^Said before: (?:2[56] Apr 2025|Apr 2[56], 2025)$/u)).toBeTruthy();
    expect(screen.getByText(/These words were first reported on (?:2[56] Apr 2025|Apr 2[56], 2025)\./u)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Said on another occasion' }).children.length).toBeGreaterThanOrEqual(2);
  });
});
