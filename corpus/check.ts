/** A whole page checked against the corpus: the shape `crossline check --json` prints. */
import { extractItems } from './extract';
import { findSelfSource, Matcher, type Relation } from './match';
import type { CorpusIndex, ItemKind } from './types';

export interface CheckMatch {
  source: string;
  outlet: string | null;
  text: string;
  speaker: string | null;
  relation: Relation;
  score: number;
}

export interface CheckItem {
  kind: ItemKind;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  matches: CheckMatch[];
}

export interface CheckReport {
  page: { title: string | null; selfSource: string | null };
  items: CheckItem[];
}

export function checkArticle(
  index: CorpusIndex,
  text: string,
  page: { title?: string | null; url?: string | null } = {},
  matcher: Matcher = new Matcher(index),
): CheckReport {
  const selfSource = text ? findSelfSource(index, text, page.url) : null;
  const items = text ? extractItems(text) : [];
  return {
    page: { title: page.title ?? null, selfSource },
    items: items.map((item) => ({
      kind: item.kind,
      text: item.text,
      speaker: item.speaker,
      start: item.start,
      end: item.end,
      matches: matcher
        .match(
          { text: item.text, kind: item.kind, speaker: item.speaker, context: text.slice(item.sentence.start, item.sentence.end) },
          { excludeSource: selfSource },
        )
        .map((m) => ({ source: m.source, outlet: m.outlet, text: m.text, speaker: m.speaker, relation: m.relation, score: m.score })),
    })),
  };
}
