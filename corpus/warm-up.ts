/**
 * Gets a freshly loaded matcher ready for its first page. A page checked straight after a load
 * pays for compiling the lookup code and for building what lookups make on first use; here both
 * are done while the engine is idle, one short step per yield, so that the caller answers any
 * page between two steps.
 *
 * The page it checks is our own invented story (no corpus article's, so that the first real page
 * finds the code compiled but none of its own lines already decoded): every quote style, a
 * speaker named before and after, reported speech, claims with figures, dates and attributions.
 */
import { extractArticle } from './extract';
import type { Matcher } from './match';
import { contextText } from './sentences';

export const WARM_UP_PAGE = [
  'date 2026-03-03',
  'Ferry terminal opens two years late',
  'The new ferry terminal in Port Alder opened to passengers on Tuesday, two years later than planned, after building costs reached 48 million euros.',
  '“We are very proud of what the crews have done here,” the harbour master, Ana Ruiz, told reporters at the opening. “It was a long wait, but the town has the terminal it deserves.”',
  'Ruiz said the first crossings to the islands would run every 40 minutes from next week.',
  'According to the council, about 12,000 passengers are expected each day in the summer, a fifth more than last year.',
  'The mayor, Tomas Berg, called the opening ‘a good day for the whole coast’ and said the old quay would become a market.',
  '« Nous sommes prêts », said a statement from the island operator, which added: "The timetable will follow the tides."',
  'Reports suggest the operator could add a night service by 2027.',
].join('\n\n');

/** A phrase a reader might highlight on that page. */
const WARM_UP_SELECTION = 'the first crossings to the islands';

export function* warmUp(matcher: Matcher): Generator<void> {
  yield* matcher.prepare();
  yield;
  const page = WARM_UP_PAGE;
  const { items, sentences } = extractArticle(page);
  yield;
  matcher.findSelf(page, null, sentences);
  for (const item of items) {
    yield;
    matcher.match({ text: item.text, kind: item.kind, speaker: item.speaker, context: contextText(page, sentences, item.sentence) }, { pageDate: '2026-03-03' });
  }
  yield;
  matcher.match({ text: WARM_UP_SELECTION, kind: 'selection' });
}
