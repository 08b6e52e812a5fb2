/** Tab views built by the real core on real text, for the component tests. */
import { analyzeArticle } from '../../corpus/check';
import { Matcher } from '../../corpus/match';
import type { TabPayload, TabView } from '../../extension/messages';
import { seedIndex, seedText } from '../seeds';

const matcher = new Matcher(seedIndex);

export function readyView(text: string, url = 'https://news.example/story', date: string | null = null): TabView {
  const analysis = analyzeArticle(matcher, text, { url, date });
  const self = analysis.selfSource ? matcher.articleById(analysis.selfSource) : undefined;
  return { status: 'ready', url, title: 'A story', date: analysis.date, selfSource: analysis.selfSource, selfLabel: self?.label ?? null, items: analysis.items, truncated: false };
}

export const NEW_TEXT =
  'Writing on his platform, US President Donald Trump said: “Most of the major points are agreed upon,” and added that Russia and Ukraine were “very close to a deal.”\nA spokesperson said “nobody in Brussels has seen a final text yet.”';

export const payload = (view: TabView, extra: Partial<TabPayload> = {}): TabPayload => ({ view, selection: null, updatedTo: null, ...extra });

export { seedText };
