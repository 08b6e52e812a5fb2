import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnalyzedItem } from '../corpus/check';
import type { Match } from '../corpus/match';
import type { TabPayload } from '../extension/messages';
import { ItemDetail } from './ItemDetail';
import { ItemList } from './ItemList';
import { describeCorpus, plural } from './labels';
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
          Crossline
        </h1>
        <nav class="cl-popup__nav">
          {reportHref && payload?.view.status === 'ready' ? (
            <a href={reportHref} target="_blank" rel="noreferrer">
              Report
            </a>
          ) : null}
          <a href={optionsHref} target="_blank" rel="noreferrer">
            Options
          </a>
          {welcomeHref ? (
            <a href={welcomeHref} target="_blank" rel="noreferrer">
              About
            </a>
          ) : null}
        </nav>
      </header>
      <main class="cl-popup__main">
        {payload?.updatedTo ? (
          <p class="cl-notice" role="status">
            Crossline was updated to {payload.updatedTo}. Reload pages that were open before the update to scan them again.
          </p>
        ) : null}
        {error ? <StateMessage title="Crossline could not read this tab">{error}</StateMessage> : null}
        {!payload && !error ? <StateMessage title="Loading…" /> : null}
        {payload ? (
          showSelection && selection ? (
            <ItemDetail
              title="Your selection"
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
              title="This page"
              text={open.text}
              kind={open.kind}
              speaker={open.speaker}
              sentence={open.sentenceText}
              matches={open.matches}
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
                  Your selection: “{selection.text.length > 60 ? `${selection.text.slice(0, 60)}…` : selection.text}” · {plural(selection.matches.length, 'outlet')}
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
      To compare with more outlets, add articles to your own corpus or turn on reading memory in{' '}
      <a href={optionsHref} target="_blank" rel="noreferrer">
        Options
      </a>
      .
    </>
  );
  switch (view.status) {
    case 'unsupported':
      return (
        <StateMessage title="Crossline is not running on this page">
          It reads news pages (http and https). If this tab was open before Crossline was installed or updated, reload it.
        </StateMessage>
      );
    case 'waiting':
      return <StateMessage title="Reading this page…">Open Crossline again in a moment.</StateMessage>;
    case 'skipped':
      return view.reason === 'disabled' ? (
        <StateMessage title="Crossline is off on this site">
          You turned it off for this site. To turn it on again, remove the site under “Sites where Crossline stays off” in{' '}
          <a href={optionsHref} target="_blank" rel="noreferrer">
            Options
          </a>
          , then reload the page. You can still highlight text and compare it.
        </StateMessage>
      ) : (
        <StateMessage title="No article on this page">
          Crossline reads a news article’s body: at least a few paragraphs of running text (or a short brief the page marks as an article). This page (a front page, a list, a form) has none. Highlight any text to compare it.
        </StateMessage>
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
                This page is {view.selfLabel ?? view.selfSource} in the corpus: its own lines are left out, so you see only how the other outlets reported them.
              </p>
            ) : null}
            {items.length === 0 ? null : (
              <p class="cl-summary__counts">
                {plural(quotes, 'quote')}
                {reported ? `, ${reported} reported` : ''}, {plural(items.length - quotes - reported, 'claim')} · <strong>{carried}</strong> carried by other outlets
              </p>
            )}
            {view.truncated ? <p class="cl-summary__counts">This article is very long: only its first part was scanned.</p> : null}
            {view.omitted ? (
              <p class="cl-summary__counts">{plural(view.omitted, 'line is', 'lines are')} not listed (lines no other outlet carried first), to keep this page's results within Crossline's storage.</p>
            ) : null}
          </div>
          {items.length === 0 ? (
            <StateMessage title="No quotes or claims found">The article has no quotation and no checkable figure, date or attributed report. Highlight a passage to compare it anyway.</StateMessage>
          ) : carried === 0 ? (
            <StateMessage title="No other outlet carried these lines">
              {plural(items.length, 'quote or claim', 'quotes and claims')} checked against {corpus ? describeCorpus(corpus) : 'the corpus'}; none found elsewhere
              {items.some((i) => i.earlier.length) ? ' on this occasion (some were said before: see below)' : ''}. The lines found are listed below.{widen}
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
      <button type="button" class="cl-link-button" onClick={() => onAddPage().then(setSaid, (e: Error) => setSaid(e.message))}>
        + Add this page to your corpus
      </button>{' '}
      <span role="status">{said}</span>
    </p>
  );
}
