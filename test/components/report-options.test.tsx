// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsAppProps } from '../../components/OptionsApp';
import { ReportApp } from '../../components/ReportApp';
import { CorpusError } from '../../corpus/errors';
import { importOwnCorpus } from '../../corpus/own-corpus';
import { toCsv, toMarkdown } from '../../corpus/report-format';
import { NEW_TEXT, readyView } from './fixtures';

afterEach(cleanup);

describe('consistency report', () => {
  const view = readyView(`${NEW_TEXT}\nThe Kremlin termed the talks between Putin and Witkoff “constructive.”`);

  it('filters to altered wording and to disagreements', () => {
    render(<ReportApp view={view} error={null} readerHref={() => '#'} onSave={() => undefined} onCopy={async () => undefined} />);
    const sections = () => [...document.querySelectorAll('.cl-report__item')].map((s) => s.getAttribute('aria-label'));
    expect(sections()).toHaveLength(4);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'altered' } });
    expect(sections()).toEqual(['Most of the major points are agreed upon']);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'disagreements' } });
    expect(sections()).toEqual(['constructive']);
  });

  it('exports Markdown and CSV, and copies', async () => {
    const onSave = vi.fn();
    const onCopy = vi.fn(async () => undefined);
    render(<ReportApp view={view} error={null} readerHref={() => '#'} onSave={onSave} onCopy={onCopy} />);
    fireEvent.click(screen.getByText('Export Markdown'));
    fireEvent.click(screen.getByText('Export CSV'));
    fireEvent.click(screen.getByText('Copy'));
    expect(onSave.mock.calls[0]![0]).toBe('a-story.md');
    // An unnamed source is shown with its first words and date, never a guessed outlet.
    // The report is written in the UI language (dates as Intl writes them there).
    const day = '(?:26 Apr 2025|Apr 26, 2025)';
    expect(onSave.mock.calls[0]![2]).toMatch(new RegExp(`\\| Source 000 \\(“U\\.S\\. President Donald Trump has claimed that Russia and…” · ${day}\\) \\| altered \\| 0\\.88 \\| ${day} \\| most of the major points are agreed to \\|`, 'u'));
    expect(onSave.mock.calls[1]![1]).toBe('text/csv');
    await waitFor(() => expect(screen.getByText('Copied as Markdown.')).toBeTruthy());
    expect(onCopy).toHaveBeenCalledOnce();
  });

  it('writes CSV that spreadsheets read safely', () => {
    const items = [{ ...view.status === 'ready' ? view.items[0]! : (undefined as never), text: '=HYPERLINK("x")', matches: [] }];
    const csv = toCsv(items);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(toMarkdown(items, { title: 'T', url: 'u', selfLabel: null, generatedAt: new Date(0) })).toContain('No other outlet carries this.');
  });
});

describe('options', () => {
  function options(props: Partial<OptionsAppProps> = {}) {
    const all: OptionsAppProps = {
      sensitivity: 'balanced',
      marksEnabled: true,
      disabledSites: [],
      own: [],
      bundled: [],
      onSensitivity: vi.fn(),
      onMarks: vi.fn(),
      onDisabledSites: vi.fn(),
      onAdd: vi.fn(async () => undefined),
      onRemove: vi.fn(),
      onImport: vi.fn(async () => 1),
      onExport: vi.fn(),
      readingMemory: { enabled: false, maxArticles: 500, maxAgeDays: 30 },
      onReadingMemory: vi.fn(),
      onForgetRemembered: vi.fn(async () => 0),
      ...props,
    };
    render(<OptionsApp {...all} />);
    return all;
  }

  it('changes sensitivity, marks and sites', () => {
    const props = options();
    fireEvent.click(screen.getByDisplayValue('strict'));
    expect(props.onSensitivity).toHaveBeenCalledWith('strict');
    fireEvent.click(screen.getByLabelText(/Mark the lines other/u));
    expect(props.onMarks).toHaveBeenCalledWith(false);
    fireEvent.input(screen.getByLabelText(/Sites where Crossline stays off/u), { target: { value: 'https://Example.com/news\nexample.com other.org' } });
    fireEvent.click(screen.getByText('Save sites'));
    expect(props.onDisabledSites).toHaveBeenCalledWith(['example.com', 'other.org']);
  });

  it('turns reading memory on, sets its limits, shows what it holds and forgets it in one click', async () => {
    const remembered = { id: 'own-read-1', text: 'x'.repeat(2_000), outlet: null, headline: 'Read one', url: 'https://news.example/1', date: null, addedAt: Date.UTC(2026, 10, 20), remembered: true };
    const added = { id: 'own-1', text: 'Mine.', outlet: 'Our desk', headline: 'Added by hand', url: null, date: null, addedAt: 1 };
    const props = options({ own: [added, remembered], onForgetRemembered: vi.fn(async () => 1) });
    fireEvent.click(screen.getByLabelText('Remember the articles I read'));
    expect(props.onReadingMemory).toHaveBeenCalledWith({ enabled: true, maxArticles: 500, maxAgeDays: 30 });
    fireEvent.change(screen.getByLabelText(/Keep at most/u), { target: { value: '99999' } });
    expect(props.onReadingMemory).toHaveBeenLastCalledWith({ enabled: false, maxArticles: 10_000, maxAgeDays: 30 });
    expect(document.body.textContent).toContain('1 article remembered');
    // Remembered articles are listed apart from those the reader added.
    expect([...document.querySelectorAll('.cl-own-list li')].map((li) => li.textContent)).toEqual([expect.stringContaining('Added by hand')]);
    fireEvent.click(screen.getByText('Forget all remembered articles'));
    await waitFor(() => expect(document.body.textContent).toContain('Forgot 1 remembered article.'));
  });

  it('says plainly why a corrupt import was refused', async () => {
    options({ onImport: async (json) => importOwnCorpus(json).length });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['{"format":"something-else","articles":[]}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(document.body.textContent).toContain('Nothing was imported: This file is not a Crossline corpus'));
  });
});

describe('importing a large corpus', () => {
  afterEach(cleanup);
  it('shows progress, can be cancelled, and then says the corpus is as it was', async () => {
    let reported: (p: { done: number; total: number }) => void = () => undefined;
    let signal: AbortSignal | null = null;
    render(
      <OptionsApp
        sensitivity="balanced"
        marksEnabled
        disabledSites={[]}
        own={[]}
        bundled={[]}
        onSensitivity={vi.fn()}
        onMarks={vi.fn()}
        onDisabledSites={vi.fn()}
        onAdd={vi.fn(async () => undefined)}
        onRemove={vi.fn()}
        onExport={vi.fn()}
        readingMemory={{ enabled: false, maxArticles: 500, maxAgeDays: 30 }}
        onReadingMemory={vi.fn()}
        onForgetRemembered={vi.fn(async () => 0)}
        onImport={(_json, options) =>
          new Promise((_resolve, reject) => {
            reported = options.onProgress;
            signal = options.signal;
            options.signal.addEventListener('abort', () => reject(new DOMException('Cancelled', 'AbortError')));
          })
        }
      />,
    );
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'big.json', { type: 'application/json' })] });
    fireEvent.change(input);
    await waitFor(() => expect(signal).not.toBeNull());
    reported({ done: 2_500, total: 10_000 });
    await waitFor(() => expect(document.body.textContent).toContain('2,500 of 10,000 articles'));
    expect((screen.getByLabelText('Import progress') as HTMLProgressElement).value).toBe(2500);
    fireEvent.click(screen.getByText('Cancel import'));
    await waitFor(() => expect(document.body.textContent).toContain('Import cancelled: your corpus is as it was.'));
    expect(screen.queryByText('Cancel import')).toBeNull();
  });
});

describe('importOwnCorpus', () => {
  it.each([
    ['not json', /not JSON/u],
    ['{"format":"crossline-own-corpus","version":1,"articles":[{"text":""}]}', /has no text/u],
    ['{"format":"crossline-own-corpus","version":1,"articles":[{"text":"x","outlet":5}]}', /"outlet" must be text/u],
    ['{"format":"crossline-own-corpus","version":1}', /no list of articles/u],
  ])('refuses %s', (json, message) => {
    expect(() => importOwnCorpus(json)).toThrow(CorpusError);
    expect(() => importOwnCorpus(json)).toThrow(message);
  });
  it('reads an exported corpus and a corpus index alike', () => {
    expect(importOwnCorpus('{"format":"crossline-own-corpus","version":1,"articles":[{"id":"own-3","text":"Some text.","outlet":"Paper"}]}', 5)).toEqual([
      { id: 'own-3', text: 'Some text.', outlet: 'Paper', headline: null, url: null, date: null, addedAt: 5 },
    ]);
    expect(importOwnCorpus('{"format":"crossline-index","version":1,"articles":[{"id":"000","text":"Text."}]}', 5)[0]!.id).toBe('own-1');
  });
});
