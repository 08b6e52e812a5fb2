import { useMemo, useState } from 'preact/hooks';
import type { AnalyzedItem } from '../corpus/check';
import type { Match } from '../corpus/match';
import { REPORT_FILTERS, toCsv, toMarkdown, type ReportFilter } from '../corpus/report-format';
import type { TabView } from '../extension/messages';
import { t, tn, uiLocale, type MessageKey } from './i18n';
import { day, itemWords, KIND_WORD, reportWords } from './labels';
import { MatchComparison } from './MatchComparison';
import { StateMessage } from './StateMessage';

/** The report's filters in the UI language (their rules live with the report format). */
const FILTER_WORD: Record<ReportFilter, MessageKey> = {
  all: 'filterAll',
  carried: 'filterCarried',
  altered: 'filterAltered',
  reported: 'filterReported',
  disagreements: 'filterDisagreements',
  alone: 'filterAlone',
};

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
  const shown = items.filter(REPORT_FILTERS[filter]);

  if (error) return <StateMessage title={t('reportError')}>{error}</StateMessage>;
  if (!view) return <StateMessage title={t('loading')} />;
  if (view.status !== 'ready') {
    return <StateMessage title={t('reportNoArticle')}>{t('reportNoArticleBody')}</StateMessage>;
  }
  const meta = { title: view.title, url: view.url, date: view.date, selfLabel: view.selfLabel, generatedAt: new Date() };
  const base = (view.title ?? 'crossline-report').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60).toLowerCase() || 'crossline-report';
  return (
    <main class="cl-report">
      <header class="cl-report__head">
        <p class="cl-reader__label">{t('reportLabel')}</p>
        <h1 class="cl-reader__headline">{view.title ?? view.url}</h1>
        <p class="cl-reader__facts">
          {view.url} · {tn('lines', items.length)} · {t('carriedCount', items.filter((i) => i.matches.length).length)}
        </p>
        {view.selfLabel ? <p class="cl-notice">{t('selfNoticeShort', view.selfLabel)}</p> : null}
      </header>
      <div class="cl-report__tools" role="toolbar" aria-label={t('reportTools')}>
        <label>
          {t('reportShow')}{' '}
          <select value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as ReportFilter)}>
            {(Object.keys(REPORT_FILTERS) as ReportFilter[]).map((key) => (
              <option key={key} value={key}>
                {t(FILTER_WORD[key])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onSave(`${base}.md`, 'text/markdown', toMarkdown(shown, meta, reportWords()))}>
          {t('exportMarkdown')}
        </button>
        <button type="button" onClick={() => onSave(`${base}.csv`, 'text/csv', toCsv(shown))}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            onCopy(toMarkdown(shown, meta, reportWords())).then(
              () => setStatus(t('copied')),
              () => setStatus(t('copyRefused')),
            )
          }
        >
          {t('copy')}
        </button>
        <span role="status" class="cl-report__status">
          {status}
        </span>
      </div>
      {shown.length === 0 ? <StateMessage title={t('noLineFits')} /> : null}
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
      {item.matches.length === 0 ? <p class="cl-empty">{item.earlier.length ? t('noOtherOnOccasion') : t('noOtherCarriesDot')}</p> : null}
      {item.carried && item.carried.outlets > item.matches.length ? (
        <p class="cl-notice">
          {tn('otherOutlets', item.carried.outlets)} · {t('closestShown', item.matches.length.toLocaleString(uiLocale()))}
        </p>
      ) : null}
      <div class="cl-report__matches">
        {item.matches.map((m) => (
          <MatchComparison key={m.source} match={m} readerHref={readerHref(m)} />
        ))}
      </div>
      {item.earlier.length ? (
        <div class="cl-report__matches" role="list" aria-label={t('saidOnAnother')}>
          {item.earlier.map((m) => (
            <div role="listitem" key={m.source}>
              <p class="cl-side__label">{m.date ? t('saidBefore', day(m.date)) : t('anotherOccasion')}</p>
              <MatchComparison match={m} readerHref={readerHref(m)} />
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
