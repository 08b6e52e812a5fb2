// @vitest-environment happy-dom
/**
 * A newsroom adds a language without touching code: with every message replaced by a marker (a
 * pseudo-locale, through the same browser API a translation would come through), the popup, the
 * card, the report (and its Markdown export), the reader, the options and the welcome page show no
 * English of their own; only the article's and the
 * corpus's words remain.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedIndex } from '../seeds';

const ENGLISH_UI = /\b(outlets?|lines?|carried|corpus|Options|Report|About|Loading|Previous|Next|Close|Remove|Export|Import|Sensitivity|Strict|Balanced|Loose|reading memory|bundled|articles?|quotes?|claims?|wording|Said before|selection)\b/iu;

describe('in a pseudo-locale', () => {
  beforeAll(() => {
    vi.resetModules();
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => `⟦${key}⟧`, getUILanguage: () => 'fr-FR' } });
  });
  afterAll(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  /** The text a reader sees, without the markers and without what came from the article or the corpus. */
  const uiText = (container: Element, data: string[]) => {
    let text = (container.textContent ?? '').replace(/⟦[^⟧]*⟧/gu, ' ');
    for (const d of data.filter((d) => d.length > 2)) text = text.split(d).join(" ");
    return text;
  };

  it('the popup, its line detail and the card', async () => {
    const { PopupApp } = await import('../../components/PopupApp');
    const { MarkCard } = await import('../../components/MarkCard');
    const { readyView, payload } = await import('./fixtures');
    const view = readyView('Writing on his platform, US President Donald Trump said: “Most of the major points are agreed upon,” and added that Russia and Ukraine were “very close to a deal.”');
    if (view.status !== 'ready') throw new Error('no view');
    const data = [...view.items.flatMap((i) => [i.text, i.sentenceText, i.speaker ?? '', ...i.matches.flatMap((m) => [m.text, m.label, m.speaker ?? '', m.gist ?? ''])]), 'A story', view.url];
    const { container } = render(<PopupApp payload={payload(view)} error={null} preferSelection={false} readerHref={() => '#'} reportHref="#" optionsHref="#" welcomeHref="#" onShowOnPage={() => undefined} />);
    expect(uiText(container, data)).not.toMatch(ENGLISH_UI);
    const card = render(<MarkCard item={view.items.find((i) => i.matches.length)!} position={1} total={2} onClose={() => undefined} onStep={() => undefined} />);
    expect(uiText(card.container, data)).not.toMatch(ENGLISH_UI);
    const { ReportApp } = await import('../../components/ReportApp');
    const report = render(<ReportApp view={view} error={null} readerHref={() => '#'} onSave={() => undefined} onCopy={async () => undefined} />);
    expect(uiText(report.container, data)).not.toMatch(ENGLISH_UI);
    const { toMarkdown } = await import('../../corpus/report-format');
    const { reportWords } = await import('../../components/labels');
    let markdown = toMarkdown(view.items, { title: 'A story', url: view.url, selfLabel: null, generatedAt: new Date(0) }, reportWords()).replace(/⟦[^⟧]*⟧/gu, ' ');
    for (const d of data.filter((d) => d.length > 2)) markdown = markdown.split(d).join(' ');
    expect(markdown).not.toMatch(ENGLISH_UI);
    const { ReaderApp } = await import('../../components/ReaderApp');
    const article = seedIndex.articles[2]!;
    const reader = render(<ReaderApp article={article} error={null} line={{ start: 0, end: 20 }} />);
    expect(uiText(reader.container, [article.text, article.label, article.headline ?? '', article.byline ?? '', article.id, ...article.text.split('\n')])).not.toMatch(ENGLISH_UI);
  });

  it('the options and the welcome page', async () => {
    const { OptionsApp } = await import('../../components/OptionsApp');
    const { WelcomeApp } = await import('../../components/WelcomeApp');
    const bundled = seedIndex.articles.map(({ text: _t, items: _i, ...meta }) => meta);
    const data = bundled.flatMap((a) => [a.label, a.headline ?? '', a.gist ?? '']);
    const options = render(
      <OptionsApp
        sensitivity="balanced"
        marksEnabled
        disabledSites={[]}
        own={[]}
        bundled={bundled}
        onSensitivity={() => undefined}
        onMarks={() => undefined}
        onDisabledSites={() => undefined}
        onAdd={async () => undefined}
        onRemove={() => undefined}
        onImport={async () => 0}
        onExport={() => undefined}
        readingMemory={{ enabled: false, maxArticles: 500, maxAgeDays: 30 }}
        onReadingMemory={() => undefined}
        onForgetRemembered={async () => 0}
        welcomeHref="#"
      />,
    );
    expect(uiText(options.container, data)).not.toMatch(ENGLISH_UI);
    const welcome = render(<WelcomeApp corpus={{ bundled: 5, own: 0, from: '2025-04-26', to: '2025-04-26' }} bundled={bundled} readingMemory={false} demoHref="#" optionsHref="#" />);
    expect(uiText(welcome.container, data)).not.toMatch(ENGLISH_UI);
  });
});
