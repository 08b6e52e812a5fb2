import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnalyzedItem } from '../corpus/check';
import type { Match } from '../corpus/match';
import type { TabPayload } from '../extension/messages';
import { ItemDetail } from './ItemDetail';
import { ItemList } from './ItemList';
import { errorText, t, tn } from './i18n';
import { describeCorpus } from './labels';
import { Linked } from './Linked';
import { StateMessage } from './StateMessage';

/** A selection looked up within this long ago is shown first. */
const RECENT_SELECTION_MS = 10 * 60 * 1000;

export interface PopupAppProps {
  payload: TabPayload | null;
  error: string | null;
  /** Open on the selection result (the context menu or shortcut sent the reader here). */
  preferSelection: boolean;
  readerHref: (match: Match) => string;
  reportHref: string | null;
  optionsHref: string;
  /** What Crossline does, against what, and the demo article. */
  welcomeHref?: string;
  onShowOnPage: (item: AnalyzedItem) => void;
  /** Adds the page to the reader's own corpus; resolves to what to tell the reader. */
  onAddPage?: () => Promise<string>;
  now?: number;
}

export function PopupApp({ payload, error, preferSelection, readerHref, reportHref, optionsHref, welcomeHref, onShowOnPage, onAddPage, now = Date.now() }: PopupAppProps) {
  const [open, setOpen] = useState<AnalyzedItem | null>(null);
  const lastOpened = useRef<AnalyzedItem | null>(null);
  // Keyboard users land on what changed: the detail when one opens, their line when they come back.
  useEffect(() => {
    if (open) {
      lastOpened.current = open;
      document.querySelector<HTMLElement>('.cl-detail__own')?.focus();
    } else if (lastOpened.current) {
      const key = `${lastOpened.current.start}-${lastOpened.current.end}`;
      document.querySelector<HTMLElement>(`.cl-item[data-key="${key}"]`)?.focus();
    }
  }, [open]);
  const [showSelection, setShowSelection] = useState(preferSelection);
  const selection = payload?.selection && (preferSelection || now - payload.selection.at < RECENT_SELECTION_MS) ? payload.selection : null;

  return (
    <div class="cl-popup">
      <header class="cl-popup__head">
        <h1 class="cl-title">
          <span class="cl-logo" aria-hidden="true">
            ⇄
          </span>{' '}
          {t('extName')}
        </h1>
        <nav class="cl-popup__nav">
          {reportHref && payload?.view.status === 'ready' ? (
            <a href={reportHref} target="_blank" rel="noreferrer">
              {t('navReport')}
            </a>
          ) : null}
          <a href={optionsHref} target="_blank" rel="noreferrer">
            {t('navOptions')}
          </a>
          {welcomeHref ? (
            <a href={welcomeHref} target="_blank" rel="noreferrer">
              {t('navAbout')}
            </a>
          ) : null}
        </nav>
      </header>
      <main class="cl-popup__main">
        {payload?.updatedTo ? (
          <p class="cl-notice" role="status">
            {t('updatedTo', payload.updatedTo)}
          </p>
        ) : null}
        {error ? <StateMessage title={t('cannotReadTab')}>{error}</StateMessage> : null}
        {!payload && !error ? <StateMessage title={t('loading')} /> : null}
        {payload ? (
          showSelection && selection ? (
            <ItemDetail
              title={t('yourSelection')}
              text={selection.text}
              kind="selection"
              speaker={null}
              sentence={null}
              matches={selection.matches}
              readerHref={readerHref}
              onBack={() => setShowSelection(false)}
            />
          ) : open ? (
            <ItemDetail
              title={t('thisPage')}
              text={open.text}
              kind={open.kind}
              speaker={open.speaker}
              sentence={open.sentenceText}
              matches={open.matches}
              carried={open.carried}
              earlier={open.earlier}
              firstReported={open.firstReported}
              readerHref={readerHref}
              onBack={() => setOpen(null)}
              onShowOnPage={() => onShowOnPage(open)}
            />
          ) : (
            <>
              {selection ? (
                <button type="button" class="cl-selection-link" onClick={() => setShowSelection(true)}>
                  {t('selectionLink', selection.text.length > 60 ? `${selection.text.slice(0, 60)}…` : selection.text, tn('outlets', selection.matches.length))}
                </button>
              ) : null}
              <PageSummary
                payload={payload}
                optionsHref={optionsHref}
                onOpen={(item) => {
                  setOpen(item);
                  onShowOnPage(item); // the page follows the popup to the line
                }}
              />
              {onAddPage && payload.view.status === 'ready' && !payload.view.selfSource ? <AddPage onAddPage={onAddPage} /> : null}
            </>
          )
        ) : null}
      </main>
    </div>
  );
}

function PageSummary({ payload, optionsHref, onOpen }: { payload: TabPayload; optionsHref: string; onOpen: (item: AnalyzedItem) => void }) {
  const { view, corpus } = payload;
  const widen = (
    <>
      {' '}
      <Linked text={t('widenCorpus')} href={optionsHref} />
    </>
  );
  switch (view.status) {
    case 'unsupported':
      return (
        <StateMessage title={t('notRunningTitle')}>{t('notRunningBody')}</StateMessage>
      );
    case 'waiting':
      return <StateMessage title={t('readingTitle')}>{t('readingBody')}</StateMessage>;
    case 'skipped':
      return view.reason === 'disabled' ? (
        <StateMessage title={t('offTitle')}>
          <Linked text={t('offBody')} href={optionsHref} />
        </StateMessage>
      ) : (
        <StateMessage title={t('noArticleTitle')}>{t('noArticleBody')}</StateMessage>
      );
    case 'ready': {
      const items = view.items.filter((i) => i.parent === undefined);
      const carried = items.filter((i) => i.matches.length > 0).length;
      const quotes = items.filter((i) => i.kind === 'quote').length;
      const reported = items.filter((i) => i.kind === 'reported').length;
      return (
        <>
          <div class="cl-summary">
            {view.title ? <p class="cl-summary__title">{view.title}</p> : null}
            {view.selfSource ? (
              <p class="cl-notice" role="status">
                {t('selfNotice', view.selfLabel ?? view.selfSource)}
              </p>
            ) : null}
            {items.length === 0 ? null : (
              <p class="cl-summary__counts">
                {[tn('quotes', quotes), reported ? t('reportedCount', reported) : null, tn('claims', items.length - quotes - reported)].filter(Boolean).join(', ')} ·{' '}
                <strong>{t('carriedCount', carried)}</strong>
              </p>
            )}
            {view.truncated ? <p class="cl-summary__counts">{t('truncated')}</p> : null}
            {view.omitted ? (
              <p class="cl-summary__counts">{tn('omitted', view.omitted)}</p>
            ) : null}
          </div>
          {items.length === 0 ? (
            <StateMessage title={t('noItemsTitle')}>{t('noItemsBody')}</StateMessage>
          ) : carried === 0 ? (
            <StateMessage title={t('noneCarriedTitle')}>
              {tn('linesChecked', items.length, corpus ? describeCorpus(corpus) : t('theCorpus'))}
              {items.some((i) => i.earlier.length) ? ` ${t('someSaidBefore')}` : ''}. {t('linesListed')}
              {widen}
            </StateMessage>
          ) : null}
          {items.length ? <ItemList items={items} onOpen={onOpen} /> : null}
        </>
      );
    }
  }
}

function AddPage({ onAddPage }: { onAddPage: () => Promise<string> }) {
  const [said, setSaid] = useState<string | null>(null);
  return (
    <p class="cl-add-page">
      <button type="button" class="cl-link-button" onClick={() => onAddPage().then(setSaid, (e: Error) => setSaid(errorText(e)))}>
        {t('addPage')}
      </button>{' '}
      <span role="status">{said}</span>
    </p>
  );
}
