import type { Match } from '../corpus/match';
import { sourceNote } from '../corpus/metadata';
import { DiffText } from './DiffText';
import { t } from './i18n';
import { day, disagreementText, RELATION_LABEL } from './labels';
import { RelationBadge } from './RelationBadge';

export interface MatchComparisonProps {
  match: Match;
  /** Where "open in reader" goes; a plain link so it works with the keyboard and middle-click. */
  readerHref: string;
  /** What our side is called: "This page", or "Your selection". */
  oursLabel?: string;
}

/** One outlet's wording side by side with this page's, the differing words marked. */
export function MatchComparison({ match, readerHref, oursLabel = t('thisPage') }: MatchComparisonProps) {
  const note = sourceNote(match, day);
  return (
    <article class="cl-match" aria-label={`${match.label}: ${RELATION_LABEL[match.relation]}`}>
      <header class="cl-match__head">
        <a class="cl-match__outlet" href={readerHref} target="_blank" rel="noreferrer">
          {match.label}
        </a>
        {note ? <span class="cl-match__note">{note}</span> : null}
        <RelationBadge relation={match.relation} />
        <span class="cl-match__score" title={t('similarityTitle')}>
          {Math.round(match.score * 100)}%
        </span>
      </header>
      {match.disagreements.length ? (
        <ul class="cl-match__flags">
          {match.disagreements.map((d, i) => (
            <li key={i} class="cl-flag">
              ⚑ {disagreementText(d)}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="cl-match__sides">
        <div class="cl-side">
          <div class="cl-side__label">{oursLabel}</div>
          <DiffText parts={match.diff} side="ours" />
        </div>
        <div class="cl-side">
          <div class="cl-side__label">
            {match.label}
            {match.speaker ? ` · ${match.speaker}` : ''}
          </div>
          <DiffText parts={match.diff} side="theirs" />
        </div>
      </div>
    </article>
  );
}
