import { useState } from 'preact/hooks';
import type { OwnArticleData } from '../corpus/own-corpus';
import type { ArticleMeta } from '../corpus/types';
import type { ReadingMemory, Sensitivity } from '../extension/settings';
import { decodeText } from '../corpus/text-encoding';
import { plural } from './labels';

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

const SENSITIVITY_HELP: Record<Sensitivity, string> = {
  strict: 'Fewer matches: only close wordings and strong paraphrases.',
  balanced: 'As evaluated on the labelled seed articles (recommended).',
  loose: 'More matches: looser wordings and paraphrases, with more false friends.',
};

/** The reading memory's limits, as the options page offers them. */
const MEMORY_LIMITS = [
  { key: 'maxArticles', before: 'Keep at most', after: 'articles', min: 10, max: 10_000 },
  { key: 'maxAgeDays', before: 'for', after: 'days', min: 1, max: 365 },
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
      <h1 class="cl-reader__headline">Crossline options</h1>
      {props.welcomeHref ? (
        <p>
          <a href={props.welcomeHref}>What Crossline does, and a demo article to try it on</a>
        </p>
      ) : null}
      <p role="status" aria-live="polite" class={message ? `cl-notice cl-notice--${message.kind}` : 'cl-visually-hidden'}>
        {message?.text}
      </p>

      <fieldset>
        <legend>Matching sensitivity</legend>
        {(['strict', 'balanced', 'loose'] as const).map((value) => (
          <label key={value} class="cl-option">
            <input type="radio" name="sensitivity" value={value} checked={props.sensitivity === value} onChange={() => props.onSensitivity(value)} />{' '}
            <strong>{value[0]!.toUpperCase() + value.slice(1)}</strong> — {SENSITIVITY_HELP[value]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>On the page</legend>
        <label class="cl-option">
          <input type="checkbox" checked={props.marksEnabled} onChange={(e) => props.onMarks((e.currentTarget as HTMLInputElement).checked)} /> Mark the lines other
          outlets carried
        </label>
        <label class="cl-option" for="sites">
          Sites where Crossline stays off (one host name a line, e.g. <code>example.com</code>):
        </label>
        <textarea id="sites" rows={4} value={sitesDraft} onInput={(e) => setSitesDraft((e.currentTarget as HTMLTextAreaElement).value)} />
        <button
          type="button"
          onClick={() => {
            const sites = [...new Set(sitesDraft.split(/\s+/u).map((s) => s.trim().toLowerCase().replace(/^https?:\/\//u, '').replace(/\/.*$/u, '')).filter(Boolean))];
            props.onDisabledSites(sites);
            setSitesDraft(sites.join('\n'));
            say('ok', sites.length ? `Crossline stays off on ${plural(sites.length, 'site')}.` : 'Crossline runs on every site.');
          }}
        >
          Save sites
        </button>
      </fieldset>

      <fieldset>
        <legend>Your own corpus</legend>
        <p class="cl-empty">
          Articles you add are matched alongside the {plural(props.bundled.length, 'bundled article')}. They stay in this browser. Add the page you are reading
          from the Crossline button, or paste an article here.
        </p>
        {added.length > OWN_LISTED ? (
          <p>
            {plural(added.length, 'article')} of your own; the {OWN_LISTED} added last are listed.
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
                <button type="button" onClick={() => props.onRemove(a.id)} aria-label={`Remove ${a.headline ?? a.id}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>No articles of your own yet.</p>
        )}
        <details>
          <summary>Paste an article</summary>
          <div class="cl-paste">
            <label>
              Text <textarea rows={8} value={draft.text} onInput={(e) => setDraft({ ...draft, text: (e.currentTarget as HTMLTextAreaElement).value })} />
            </label>
            {(['outlet', 'headline', 'url', 'date'] as const).map((field) => (
              <label key={field}>
                {field[0]!.toUpperCase() + field.slice(1)} (optional){' '}
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
                      say('ok', 'Article added to your corpus.');
                    },
                    (e: Error) => say('error', e.message),
                  );
              }}
            >
              Add article
            </button>
          </div>
        </details>
        <div class="cl-io">
          <label class="cl-file">
            Import a corpus (JSON){' '}
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
                  say('ok', `Imported ${plural(added, 'new article')}.`);
                } catch (error) {
                  if ((error as Error).name === 'AbortError') say('ok', 'Import cancelled: your corpus is as it was.');
                  else say('error', `Nothing was imported: ${(error as Error).message}`);
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
              <progress max={importing.total || 1} value={importing.done} aria-label="Import progress" />
              <span>
                {importing.total ? `${importing.done.toLocaleString('en')} of ${importing.total.toLocaleString('en')} articles` : 'Reading the file…'}
              </span>
              <button type="button" onClick={() => importing.controller.abort()}>
                Cancel import
              </button>
            </div>
          ) : null}
          <button type="button" onClick={props.onExport} disabled={props.own.length === 0}>
            Export your corpus
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>Reading memory</legend>
        <p class="cl-empty">
          Off unless you turn it on. When on, each article you read is kept in your own corpus, in this browser only (nothing is sent anywhere), so that
          after a few reports of a story the next one shows which lines the others carried.
        </p>
        <label class="cl-option">
          <input
            type="checkbox"
            checked={props.readingMemory.enabled}
            onChange={(e) => props.onReadingMemory({ ...props.readingMemory, enabled: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          Remember the articles I read
        </label>
        <div class="cl-memory-limits">
          {MEMORY_LIMITS.map(({ key, before, after, min, max }) => (
            <label key={key}>
              {before}{' '}
              <input
                type="number"
                min={min}
                max={max}
                value={props.readingMemory[key]}
                onChange={(e) => props.onReadingMemory({ ...props.readingMemory, [key]: clamp(Number((e.currentTarget as HTMLInputElement).value), min, max) })}
              />{' '}
              {after}
            </label>
          ))}
        </div>
        <p>
          {remembered.length
            ? `${plural(remembered.length, 'article')} remembered (${(remembered.reduce((n, a) => n + a.text.length, 0) / 1e6).toFixed(1)} MB of text), the oldest from ${new Date(Math.min(...remembered.map((a) => a.addedAt))).toLocaleDateString()}.`
            : 'No article remembered.'}
        </p>
        <button
          type="button"
          disabled={remembered.length === 0}
          onClick={() => props.onForgetRemembered().then((n) => say('ok', `Forgot ${plural(n, 'remembered article')}.`), (e: Error) => say('error', e.message))}
        >
          Forget all remembered articles
        </button>
      </fieldset>

      <fieldset>
        <legend>Bundled corpus</legend>
        <ul class="cl-own-list">
          {props.bundled.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{a.label}</strong> {a.headline ?? ''} {a.date ? `(${a.date})` : ''}
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
  if ('binary' in decoded) throw new Error(`${file.name} is not a text file.`);
  return decoded.text;
}
