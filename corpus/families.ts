/**
 * Quote families: every rendering of one statement across the corpus, grouped (as
 * MemeTracker groups quote variants), so a reader sees "5 outlets, 3 wordings".
 */
import { Matcher } from './match';
import { normalizeText } from './normalize';
import { contextText, splitSentences } from './sentences';
import type { CorpusIndex, Item } from './types';

export interface FamilyMember {
  source: string;
  /** Index of the quote in its article's item list. */
  item: number;
  text: string;
  speaker: string | null;
}

export interface QuoteFamily {
  /** The earliest rendering where dates are known, else the most complete wording. */
  root: FamilyMember;
  members: FamilyMember[];
  outlets: number;
  wordings: number;
}

export function buildFamilies(index: CorpusIndex, matcher: Matcher = new Matcher(index)): QuoteFamily[] {
  const members: FamilyMember[] = [];
  const key = (source: string, start: number, end: number) => `${source}:${start}:${end}`;
  const byKey = new Map<string, number>();
  for (const article of index.articles) {
    article.items.forEach((item: Item, i) => {
      if (item.kind !== 'quote') return;
      byKey.set(key(article.id, item.start, item.end), members.length);
      members.push({ source: article.id, item: i, text: item.text, speaker: item.speaker });
    });
  }
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const partOf: { short: number; long: number }[] = [];

  for (const article of index.articles) {
    const sentences = splitSentences(article.text);
    for (const item of article.items) {
      if (item.kind !== 'quote' || item.parent !== undefined) continue;
      const self = byKey.get(key(article.id, item.start, item.end))!;
      const matches = matcher.match(
        { text: item.text, kind: 'quote', speaker: item.speaker, context: contextText(article.text, sentences, item.sentence) },
        { excludeSource: article.id },
      );
      for (const m of matches) {
        if (m.relation === 'paraphrase' || m.kind !== 'quote') continue;
        const other = byKey.get(key(m.source, m.start, m.end));
        if (other === undefined) continue;
        if (m.relation !== 'partial') union(self, other);
        else {
          const [short, long] = item.text.length <= m.text.length ? [self, other] : [other, self];
          partOf.push({ short, long });
        }
      }
    }
  }
  // A longer quote joins the family of the parts it carries, unless it carries parts of several
  // statements (one post quoted whole by one outlet and piecemeal by others): then it would chain
  // unrelated statements into one family, so it stays apart.
  const partsByLong = new Map<number, Set<number>>();
  for (const { short, long } of partOf) partsByLong.set(long, (partsByLong.get(long) ?? new Set()).add(short));
  for (const [long, shorts] of partsByLong) {
    const families = new Set([...shorts].map(find));
    if (families.size === 1) union(long, [...shorts][0]!);
  }

  const groups = new Map<number, FamilyMember[]>();
  members.forEach((m, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), m]);
  });
  const dateOf = (source: string) => index.articles.find((a) => a.id === source)?.date ?? null;
  return [...groups.values()]
    .filter((group) => new Set(group.map((m) => m.source)).size > 1)
    .map((group) => {
      const dated = group.filter((m) => dateOf(m.source));
      const allDated = dated.length === group.length;
      const root = allDated
        ? [...group].sort((a, b) => dateOf(a.source)!.localeCompare(dateOf(b.source)!) || b.text.length - a.text.length)[0]!
        : [...group].sort((a, b) => b.text.length - a.text.length)[0]!;
      return {
        root,
        members: group,
        outlets: new Set(group.map((m) => m.source)).size,
        wordings: new Set(group.map((m) => normalizeText(m.text))).size,
      };
    })
    .sort((a, b) => b.outlets - a.outlets || b.members.length - a.members.length);
}
