import type { Relation } from '../corpus/match';
import { RELATION_HELP, RELATION_LABEL } from './labels';

export function RelationBadge({ relation }: { relation: Relation }) {
  return (
    <span class={`cl-badge cl-badge--${relation}`} title={RELATION_HELP[relation]}>
      {RELATION_LABEL[relation]}
    </span>
  );
}
