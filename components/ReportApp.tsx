import { useMemo, useState } from 'preact/hooks';
import type { AnalyzedItem } from '../corpus/check';
import type { Match } from '../corpus/match';
import { REPORT_FILTERS, toCsv, toMarkdown, type ReportFilter } from '../corpus/report-format';
import type { TabView } from '../extension/messages';
import { itemWords, KIND_WORD, plural } from './labels';
import { MatchComparison } from './MatchComparison';
import { StateMessage } from './StateMessage';

export interface ReportAppProps {
  view: TabView | null;
  error: string | null;
  readerHref: (match: Match) => string;
  /** Saves a file (a download); injected so the component never touches the browser itself. */
  onSave: (name: string, type: string, content: string) => void;
  onCopy: (text: string) => Promise<void>;
}

/** The journalist's consistency report: every line, every variant, every flag; filter, export, copy. */
export function ReportApp({ view, error, readerHref, onSave, onCopy }: ReportAppProps) {
  const [filter, setFilter] = useState<ReportFilter>('all');
  const [status, setStatus] = useState<string | null>(null);
  const items = useMemo(() => (view?.status === 'ready' ? view.items.filter((i) => i.parent === undefined) : []), [view]);
  const shown = items.filter(REPORT_FILTERS[filter].keep);

  if (error) return <StateMessage title="The report could not be made">{error}</StateMessage>;
  if (!view) return <StateMessage title="Loading…" />;
  if (view.status !== 'ready') {
    return <StateMessage title="No article to report on">Open the report from the Crossline button on a news article.</StateMessage>;
  }
  const meta = { title: view.title, url: view.url, date: view.date, selfLabel: view.selfLabel, generatedAt: new Date() };
  const base = (view.title ?? 'crossline-report').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60).toLowerCase() || 'crossline-report';
  return (
    <main class="cl-report">
      <header class="cl-report__head">
        <p class="cl-reader__label">Consistency report</p>
        <h1 class="cl-reader__headline">{view.title ?? view.url}</h1>
        <p class="cl-reader__facts">
          {view.url} · {plural(items.length, 'line')} · {items.filter((i) => i.matches.length).length} carried by other outlets
        </p>
        {view.selfLabel ? <p class="cl-notice">This page is {view.selfLabel} in the corpus: its own lines are left out.</p> : null}
      </header>
      <div class="cl-report__tools" role="toolbar" aria-label="Report tools">
        <label>
          Show{' '}
          <select value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as ReportFilter)}>
            {Object.entries(REPORT_FILTERS).map(([key, f]) => (
              <option key={key} value={key}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onSave(`${base}.md`, 'text/markdown', toMarkdown(shown, meta))}>
          Export Markdown
        </button>
        <button type="button" onClick={() => onSave(`${base}.csv`, 'text/csv', toCsv(shown))}>
          Export CSV
        </button>
        <button
          type="button"
          onClick={() =>
            onCopy(toMarkdown(shown, meta)).then(
              () => setStatus('Copied as Markdown.'),
              () => setStatus('The clipboard refused; use Export instead.'),
            )
          }
        >
          Copy
        </button>
        <span role="status" class="cl-report__status">
          {status}
        </span>
      </div>
      {shown.length === 0 ? <StateMessage title="No line fits this filter" /> : null}
      {shown.map((item) => (
        <ReportItem key={`${item.start}-${item.end}`} item={item} readerHref={readerHref} />
      ))}
    </main>
  );
}

function ReportItem({ item, readerHref }: { item: AnalyzedItem; readerHref: (m: Match) => string }) {
  return (
    <section class="cl-report__item" aria-label={item.text}>
      <p class="cl-item__meta">
        <span class={`cl-kind cl-kind--${item.kind}`}>{KIND_WORD[item.kind]}</span>
        {item.speaker ? <span>{item.speaker}</span> : null}
      </p>
      <p class="cl-detail__text">{itemWords(item.kind, item.text)}</p>
      {item.matches.length === 0 ? <p class="cl-empty">No other outlet carries this.</p> : null}
      <div class="cl-report__matches">
        {item.matches.map((m) => (
          <MatchComparison key={m.source} match={m} readerHref={readerHref(m)} />
        ))}
      </div>
    </section>
  );
}
