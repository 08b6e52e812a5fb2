import { useState } from 'preact/hooks';
import type { OwnArticleData } from '../corpus/own-corpus';
import type { ArticleMeta } from '../corpus/types';
import type { ReadingMemory, Sensitivity } from '../extension/settings';
import { decodeText } from '../corpus/text-encoding';
import { errorText, t, tn, uiLocale, type MessageKey } from './i18n';
import { day } from './labels';

const PASTE_FIELD = { outlet: 'pasteOutlet', headline: 'pasteHeadline', url: 'pasteUrl', date: 'pasteDate' } as const satisfies Record<string, MessageKey>;

export interface OptionsAppProps {
  /** What Crossline does, against what, and the demo article. */
  welcomeHref?: string;
  sensitivity: Sensitivity;
  marksEnabled: boolean;
  disabledSites: string[];
  own: OwnArticleData[];
  bundled: ArticleMeta[];
  onSensitivity: (value: Sensitivity) => void;
  onMarks: (value: boolean) => void;
  onDisabledSites: (sites: string[]) => void;
  onAdd: (article: Omit<OwnArticleData, 'id' | 'addedAt'>) => Promise<void>;
  onRemove: (id: string) => void;
  /** Resolves to how many articles were added; rejects with a message for the reader, or an AbortError when cancelled. */
  onImport: (json: string, options: { onProgress: (progress: { done: number; total: number }) => void; signal: AbortSignal }) => Promise<number>;
  onExport: () => void;
  readingMemory: ReadingMemory;
  onReadingMemory: (value: ReadingMemory) => void;
  /** Resolves to how many remembered articles were forgotten. */
  onForgetRemembered: () => Promise<number>;
}

const SENSITIVITY_WORDS: Record<Sensitivity, [MessageKey, MessageKey]> = {
  strict: ['sensitivityStrict', 'sensitivityHelpStrict'],
  balanced: ['sensitivityBalanced', 'sensitivityHelpBalanced'],
  loose: ['sensitivityLoose', 'sensitivityHelpLoose'],
};

/** The reading memory's limits, as the options page offers them. */
const MEMORY_LIMITS = [
  { key: 'maxArticles', before: 'memoryKeepBefore', after: 'memoryKeepAfter', min: 10, max: 10_000 },
  { key: 'maxAgeDays', before: 'memoryAgeBefore', after: 'memoryAgeAfter', min: 1, max: 365 },
] as const;

/** Own articles listed at most; the rest are counted (a newsroom's corpus can hold thousands). */
const OWN_LISTED = 100;

export function OptionsApp(props: OptionsAppProps) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [importing, setImporting] = useState<{ done: number; total: number; controller: AbortController } | null>(null);
  const [sitesDraft, setSitesDraft] = useState(props.disabledSites.join('\n'));
  const [draft, setDraft] = useState({ text: '', outlet: '', headline: '', url: '', date: '' });
  const say = (kind: 'ok' | 'error', text: string) => setMessage({ kind, text });
  const remembered = props.own.filter((a) => a.remembered);
  const added = props.own.filter((a) => !a.remembered);

  return (
    <main class="cl-options cl-report">
      <h1 class="cl-reader__headline">{t('optionsTitle')}</h1>
      {props.welcomeHref ? (
        <p>
          <a href={props.welcomeHref}>{t('optionsWelcome')}</a>
        </p>
      ) : null}
      <p role="status" aria-live="polite" class={message ? `cl-notice cl-notice--${message.kind}` : 'cl-visually-hidden'}>
        {message?.text}
      </p>

      <fieldset>
        <legend>{t('sensitivityLegend')}</legend>
        {(['strict', 'balanced', 'loose'] as const).map((value) => (
          <label key={value} class="cl-option">
            <input type="radio" name="sensitivity" value={value} checked={props.sensitivity === value} onChange={() => props.onSensitivity(value)} />{' '}
            <strong>{t(SENSITIVITY_WORDS[value][0])}</strong> — {t(SENSITIVITY_WORDS[value][1])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('onPageLegend')}</legend>
        <label class="cl-option">
          <input type="checkbox" checked={props.marksEnabled} onChange={(e) => props.onMarks((e.currentTarget as HTMLInputElement).checked)} /> {t('marksOption')}
        </label>
        <label class="cl-option" for="sites">
          {t('sitesLabel')}
        </label>
        <textarea id="sites" rows={4} value={sitesDraft} onInput={(e) => setSitesDraft((e.currentTarget as HTMLTextAreaElement).value)} />
        <button
          type="button"
          onClick={() => {
            const sites = [...new Set(sitesDraft.split(/\s+/u).map((s) => s.trim().toLowerCase().replace(/^https?:\/\//u, '').replace(/\/.*$/u, '')).filter(Boolean))];
            props.onDisabledSites(sites);
            setSitesDraft(sites.join('\n'));
            say('ok', sites.length ? tn('sitesOff', sites.length) : t('sitesNone'));
          }}
        >
          {t('saveSites')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('ownLegend')}</legend>
        <p class="cl-empty">{t('ownHelp', tn('corpusBundled', props.bundled.length))}</p>
        {added.length > OWN_LISTED ? (
          <p>
            {t('ownListed', tn('articles', added.length), OWN_LISTED)}
          </p>
        ) : null}
        {added.length ? (
          <ul class="cl-own-list">
            {added.slice(-OWN_LISTED).reverse().map((a) => (
              <li key={a.id}>
                <span>
                  <strong>{a.outlet ?? a.id}</strong> {a.headline ?? a.text.slice(0, 80)}
                  {a.date ? ` (${a.date})` : ''}
                </span>
                <button type="button" onClick={() => props.onRemove(a.id)} aria-label={t('removeLabel', a.headline ?? a.id)}>
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('ownNone')}</p>
        )}
        <details>
          <summary>{t('pasteSummary')}</summary>
          <div class="cl-paste">
            <label>
              {t('pasteText')} <textarea rows={8} value={draft.text} onInput={(e) => setDraft({ ...draft, text: (e.currentTarget as HTMLTextAreaElement).value })} />
            </label>
            {(['outlet', 'headline', 'url', 'date'] as const).map((field) => (
              <label key={field}>
                {t(PASTE_FIELD[field])}{' '}
                <input value={draft[field]} onInput={(e) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value })} />
              </label>
            ))}
            <button
              type="button"
              onClick={() => {
                const blank = (s: string) => s.trim() || null;
                props
                  .onAdd({ text: draft.text, outlet: blank(draft.outlet), headline: blank(draft.headline), url: blank(draft.url), date: blank(draft.date) })
                  .then(
                    () => {
                      setDraft({ text: '', outlet: '', headline: '', url: '', date: '' });
                      say('ok', t('articleAdded'));
                    },
                    (e: Error) => say('error', errorText(e)),
                  );
              }}
            >
              {t('addArticle')}
            </button>
          </div>
        </details>
        <div class="cl-io">
          <label class="cl-file">
            {t('importLabel')}{' '}
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                if (!file) return;
                const controller = new AbortController();
                setImporting({ done: 0, total: 0, controller });
                try {
                  const added = await props.onImport(await fileText(file), {
                    signal: controller.signal,
                    onProgress: ({ done, total }) => setImporting({ done, total, controller }),
                  });
                  say('ok', tn('imported', added));
                } catch (error) {
                  if ((error as Error).name === 'AbortError') say('ok', t('importCancelled'));
                  else say('error', t('importFailed', errorText(error)));
                } finally {
                  input.value = '';
                  setImporting(null);
                }
              }}
              disabled={importing !== null}
            />
          </label>
          {importing ? (
            <div class="cl-import-progress">
              <progress max={importing.total || 1} value={importing.done} aria-label={t('importProgress')} />
              <span>
                {importing.total ? t('importCount', importing.done.toLocaleString(uiLocale()), importing.total.toLocaleString(uiLocale())) : t('importReading')}
              </span>
              <button type="button" onClick={() => importing.controller.abort()}>
                {t('importCancel')}
              </button>
            </div>
          ) : null}
          <button type="button" onClick={props.onExport} disabled={props.own.length === 0}>
            {t('exportCorpus')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('memoryLegend')}</legend>
        <p class="cl-empty">{t('memoryHelp')}</p>
        <label class="cl-option">
          <input
            type="checkbox"
            checked={props.readingMemory.enabled}
            onChange={(e) => props.onReadingMemory({ ...props.readingMemory, enabled: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('memoryOption')}
        </label>
        <div class="cl-memory-limits">
          {MEMORY_LIMITS.map(({ key, before, after, min, max }) => (
            <label key={key}>
              {t(before)}{' '}
              <input
                type="number"
                min={min}
                max={max}
                value={props.readingMemory[key]}
                onChange={(e) => props.onReadingMemory({ ...props.readingMemory, [key]: clamp(Number((e.currentTarget as HTMLInputElement).value), min, max) })}
              />{' '}
              {t(after)}
            </label>
          ))}
        </div>
        <p>
          {remembered.length
            ? t(
                'remembered',
                tn('articles', remembered.length),
                (remembered.reduce((n, a) => n + a.text.length, 0) / 1e6).toLocaleString(uiLocale(), { maximumFractionDigits: 1 }),
                new Date(Math.min(...remembered.map((a) => a.addedAt))).toLocaleDateString(uiLocale()),
              )
            : t('rememberedNone')}
        </p>
        <button
          type="button"
          disabled={remembered.length === 0}
          onClick={() => props.onForgetRemembered().then((n) => say('ok', tn('forgot', n)), (e: Error) => say('error', errorText(e)))}
        >
          {t('forgetAll')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('bundledLegend')}</legend>
        <ul class="cl-own-list">
          {props.bundled.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{a.label}</strong> {a.headline ?? a.gist ?? ''} {a.date ? `(${day(a.date)})` : ''}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
    </main>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

/** A chosen file's text, in UTF-8, UTF-16 or Windows-1252 (see text-encoding.ts); a binary file is refused with a reason. */
async function fileText(file: File): Promise<string> {
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  if ('binary' in decoded) throw new Error(t('notTextFile', file.name));
  return decoded.text;
}
