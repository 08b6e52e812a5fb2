import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../corpus/check';
import { buildIndex } from '../../corpus/corpus-index';
import { dateCue, occasionOf, parseDate, resolveCue, textDate } from '../../corpus/dates';
import { Matcher } from '../../corpus/match';
import { seedFiles, seedIndex } from '../seeds';

describe('dates', () => {
  it('reads full dates in the forms pages and datelines write them', () => {
    for (const written of ['2025-04-25', '2025-04-25T21:10:00+03:00', '25 April 2025', '25th April, 2025', 'April 25, 2025', 'Apr. 25 2025']) expect(parseDate(written)).toBe('2025-04-25');
    for (const not of ['2025-02-30', 'April 2025', '25/04/2025', 'Friday', '']) expect(parseDate(not)).toBeNull();
    expect(textDate('date 2025-04-26 Envoy meets Putin')).toBe('2025-04-26');
    expect(textDate('MOSCOW, April 25, 2025 — The envoy met the president.')).toBe('2025-04-25');
    expect(textDate('The envoy met the president on Friday.')).toBeNull();
  });

  it('counts relative dates back from the article’s date', () => {
    // 26 April 2025 was a Saturday.
    expect(resolveCue(dateCue('He met Putin yesterday in Moscow.'), '2025-04-26')).toBe('2025-04-25');
    expect(resolveCue(dateCue('Trump said on Friday that they were close.'), '2025-04-26')).toBe('2025-04-25');
    expect(resolveCue(dateCue('Friday’s talks were constructive.'), '2025-04-25')).toBe('2025-04-25');
    expect(resolveCue(dateCue('No day is named.'), '2025-04-26')).toBe('2025-04-26');
    expect(resolveCue(dateCue('He spoke yesterday.'), null)).toBeNull();
  });

  it('tells the same occasion from another, and says nothing without both dates', () => {
    expect(occasionOf('2025-04-25', '2025-04-26')).toBe('same');
    expect(occasionOf('2025-04-25', '2025-04-28')).toBe('same');
    expect(occasionOf('2025-04-25', '2025-05-02')).toBe('other');
    expect(occasionOf(null, '2025-04-25')).toBeNull();
  });
});

describe('occasions of a quote', () => {
  const matcher = new Matcher(seedIndex);
  // A distinctive line, and a stock phrase tied to the seeds only by its speaker and the story (#20).
  const page = 'Trump wrote on Friday: “A good day in talks and meetings with Russia and Ukraine,” and said the sides were “very close to a deal.”';
  const analyzed = (date: string | null) => analyzeArticle(matcher, page, { date }).items.filter((i) => i.kind === 'quote');
  const distinctive = (date: string | null) => analyzed(date).find((i) => i.text.startsWith('A good day'))!;
  const stock = (date: string | null) => analyzed(date).find((i) => i.text === 'very close to a deal')!;

  it('on a page dated the day of the seeds: the same occasion, counted', () => {
    for (const item of analyzed('2025-04-25')) {
      expect(item.matches.length).toBeGreaterThan(2);
      expect(item.matches.every((m) => m.occasion === 'same')).toBe(true);
      expect(item.earlier).toEqual([]);
      expect(item.firstReported).toBeNull();
    }
  });

  it.each([
    ['a week later', '2025-05-03'],
    ['four months later', '2025-08-22'],
  ])('on a page dated %s: the distinctive line is another occasion, listed apart with the date it was first reported; the stock phrase is another line', (_when, date) => {
    const item = distinctive(date);
    expect(item.matches).toEqual([]);
    expect(item.earlier.map((m) => m.source).sort()).toEqual(['001', '003']);
    expect(item.earlier.every((m) => m.occasion === 'other' && (m.date === '2025-04-25' || m.date === '2025-04-26'))).toBe(true);
    expect(['2025-04-25', '2025-04-26']).toContain(item.firstReported);
    // The same speaker's stock phrase on another occasion is not the same line: neither counted nor listed.
    expect(stock(date)).toMatchObject({ matches: [], earlier: [], firstReported: null });
  });

  it('on an undated page: the occasion is not known, and every rendering counts', () => {
    for (const item of analyzed(null)) {
      expect(item.matches.length).toBeGreaterThan(2);
      expect(item.matches.every((m) => m.occasion === null)).toBe(true);
      expect(item.earlier).toEqual([]);
    }
  });

  it('an undated corpus article takes its story’s date, and says from which article', () => {
    const index = buildIndex(seedFiles);
    const undated = index.articles.filter((a) => a.dateFrom === 'story');
    expect(undated.map((a) => a.id)).toEqual(['000', '001', '002', '003']);
    expect(undated.every((a) => a.date === '2025-04-26' && a.dateVia === '004')).toBe(true);
    // An article with no quote in common with a dated one stays undated.
    const alone = buildIndex([...seedFiles, { file: '900_alone.txt', text: 'The harbour board met on Tuesday. “We will dredge the channel next spring,” its chair said.' }]);
    expect(alone.articles.find((a) => a.id === '900')).toMatchObject({ date: null, dateFrom: null });
  });
});
