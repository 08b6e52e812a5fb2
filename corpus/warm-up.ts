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
import { itemQuery } from './check';
import { buildIndex } from './corpus-index';
import { extractArticle } from './extract';
import { Matcher, type MatchQuery } from './match';

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

/**
 * Other outlets' renderings of that story, also our own: the same quote verbatim and altered, a
 * part of one, a quote reported without marks, claims in other words, and stock phrases from
 * another story, so that every verdict's code runs.
 */
const PRACTICE_ARTICLES = [
  [
    'Port Alder’s ferry terminal opened on Tuesday after building costs reached 48 million euros, two years later than planned.',
    '“We are very proud of what the crews have done here,” harbour master Ana Ruiz said. “It was a long wait, but the town has a terminal it deserves.”',
    'The first crossings to the islands will run every 40 minutes from next week, Ruiz said.',
  ],
  [
    'Harbour master Ana Ruiz said she was very proud of what the crews had done. She called it “a long wait”.',
    'Mayor Tomas Berg described the opening as a good day for the whole coast, and said the old quay would become a market.',
    'About 12,000 passengers a day are expected in the summer, according to the council.',
  ],
  [
    'The terminal cost 48 million euros and opened two years behind schedule on Tuesday.',
    'Council figures put summer traffic at some 12,000 passengers daily, up a fifth on last year.',
    'A night service could follow by 2027, reports suggest.',
  ],
  [
    '“It was a good day for the whole club,” the coach, Marta Lind, said after the match on Tuesday.',
    'The club expects 12,000 fans at the next game, two years after the stand was rebuilt.',
  ],
].map((paragraphs, n) => ({ file: `90${n}_practice.txt`, text: paragraphs.join('\n\n') }));

/** Rounds of practice lookups: enough calls for the engine's compiler to optimise the lookup code. */
const PRACTICE_ROUNDS = 6;

/** A phrase a reader might highlight on that page. */
const WARM_UP_SELECTION = 'the first crossings to the islands';

export function* warmUp(matcher: Matcher): Generator<void> {
  yield* matcher.prepare();
  yield;
  const page = WARM_UP_PAGE;
  const { items, sentences } = extractArticle(page);
  const queries: MatchQuery[] = [
    ...items.map((item) => itemQuery(page, sentences, item)),
    { text: WARM_UP_SELECTION, kind: 'selection' },
  ];
  yield;
  // The lookup code compiled on a corpus of our own, which decodes nothing of the reader's.
  const practice = new Matcher({ ...buildIndex(PRACTICE_ARTICLES), ...(matcher.index.senses ? { senses: matcher.index.senses } : {}) });
  for (let round = 0; round < PRACTICE_ROUNDS; round++) {
    yield;
    for (const query of queries) practice.match(query, { pageDate: '2026-03-03' });
  }
  // Then against the corpus itself, whose structures are of another size.
  matcher.findSelf(page, null, sentences);
  for (const query of queries) {
    yield;
    matcher.match(query, { pageDate: '2026-03-03' });
  }
}
