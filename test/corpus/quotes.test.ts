import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../corpus/quotes';
import { seedFiles } from '../seeds';

const texts = (s: string) => findQuotes(s).map((q) => q.text);

describe('findQuotes: quote styles', () => {
  it('reads curly English double and single quotes', () => {
    expect(texts('He said “yes, we agree” and ‘maybe’ later.')).toEqual(['yes, we agree', 'maybe']);
  });
  it('reads French guillemets, with and without inner spaces', () => {
    expect(texts('Il a dit « nous sommes proches » hier, puis «demain».')).toEqual(['nous sommes proches', 'demain']);
  });
  it('reads German „…“ and ‚…‘, and »…« used the other way round', () => {
    expect(texts('Er sagte: „Wir sind ‚sehr‘ nah“ und »fertig«.')).toEqual(['Wir sind ‚sehr‘ nah', 'sehr', 'fertig']);
  });
  it('reads single guillemets ‹ ›', () => {
    expect(texts('Elle a dit ‹ oui › enfin.')).toEqual(['oui']);
  });
  it('reads straight double and single quotes', () => {
    expect(texts(`She said "we are close" and then 'done' at last.`)).toEqual(['we are close', 'done']);
  });
  it('keeps the nested quote both inside the outer one and as its own item', () => {
    const quotes = findQuotes('“Meet at very high levels, to ‘finish it off,’” Trump posted.');
    expect(quotes.map((q) => q.text)).toEqual(['Meet at very high levels, to ‘finish it off,’', 'finish it off']);
    expect(quotes[1]!.parent).toBe(0);
  });
});

describe('findQuotes: apostrophes are not quote marks', () => {
  it.each([
    ['Witkoff’s convoy and We’re close', []],
    ['Pope Francis’ funeral was on Saturday.', []],
    ['the ’90s were different', []],
    ["Russia's claim and rock 'n' roll", []],
    ['At Pope Francis’ funeral he said ‘we’re done’ quietly.', ['we’re done']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('findQuotes: paragraphs and unbalanced marks', () => {
  it('joins a quote that runs over paragraphs by the reopening convention', () => {
    const text = '“First paragraph of the statement.\n“Second paragraph ends here,” she said.';
    const [quote] = findQuotes(text);
    expect(quote!.text).toBe('First paragraph of the statement. Second paragraph ends here');
    expect(quote!.parts).toHaveLength(2);
    expect(text.slice(quote!.start, quote!.end)).toContain('Second paragraph ends here');
  });
  it('joins a quote that closes in the next paragraph without reopening', () => {
    const [quote] = findQuotes('He wrote: “We will meet\nnext week in Rome.” Then he left.');
    expect(quote!.text).toBe('We will meet next week in Rome.');
  });
  it('drops an opening mark never closed without swallowing the rest', () => {
    const text = 'He said “we are close and then\nnothing more.\nLater, she said “done” firmly.';
    expect(texts(text)).toEqual(['done']);
  });
  it('survives a stray closing mark', () => {
    expect(texts('A stray ” mark, then “a real quote” here.')).toEqual(['a real quote']);
  });
  it('handles text with no quotes and empty text', () => {
    expect(findQuotes('')).toEqual([]);
    expect(findQuotes('Nothing quoted here at all.')).toEqual([]);
  });
  it('gives offsets that point at the words in the text', () => {
    const text = 'Trump said “most of the major points are agreed to,” on Friday.';
    const [quote] = findQuotes(text);
    expect(text.slice(quote!.start, quote!.end)).toBe('most of the major points are agreed to');
  });
});

describe('findQuotes on the seeds', () => {
  it('never takes an apostrophe inside a word for a mark', () => {
    for (const { text } of seedFiles) {
      for (const q of findQuotes(text)) {
        expect(q.text).not.toMatch(/^[sd]\b/u); // a quote starting at "’s" would mean an apostrophe opened it
        expect(text[q.start - 1]).toMatch(/[“"‘„«‹\s]/u);
      }
    }
  });
});

describe('findQuotes: mismatched and mixed marks, as real pages have them', () => {
  it('closes a curly opening mark with a straight one, and the reverse', () => {
    expect(texts('He wrote: “Vladimir, STOP!" and left.')).toEqual(['Vladimir, STOP!']);
    expect(texts('He wrote: "Vladimir, STOP!” and left.')).toEqual(['Vladimir, STOP!']);
  });
  it('closes guillemets, low-9 marks and single marks with straight ones', () => {
    expect(texts('Er sagte «nah am Ziel" und ging.')).toEqual(['nah am Ziel']);
    expect(texts('Er sagte „nah am Ziel" und ging.')).toEqual(['nah am Ziel']);
    expect(texts("Trump says the sides are ‘very close to a deal' after talks.")).toEqual(['very close to a deal']);
  });
  it('reads primes standing in for quote marks, but not inches or feet', () => {
    expect(texts('He called it ″a good day″ for talks.')).toEqual(['a good day']);
    expect(texts('A 12″ pipe and a 5′ wall.')).toEqual([]);
  });
  it('takes two quotes in one sentence with crossed marks as two quotes', () => {
    expect(texts('“We stay," he said, adding: "We talk tonight.”')).toEqual(['We stay', 'We talk tonight.']);
  });
  it('keeps an unclosed straight mark from swallowing the next paragraph', () => {
    expect(texts('The sign read "Closed until further notice.\n\n“Not one crane moves,” said Wilk.')).toEqual(['Not one crane moves']);
  });
});

describe('findQuotes: hostile input stays linear', () => {
  it('scans 20,000 unclosed marks and then 20,000 closers, keeping only short quotes (open marks past the depth cap are dropped)', () => {
    const quotes = findQuotes(`${'“a '.repeat(20_000)}${'x" '.repeat(20_000)}`);
    expect(quotes.length).toBeLessThanOrEqual(6);
    expect(Math.max(...quotes.map((q) => q.text.length))).toBeLessThan(40);
  });
  it('caps nesting, so 8,000 levels give bounded output', () => {
    const text = `${'“a '.repeat(8_000)}${'b” '.repeat(8_000)}`;
    const quotes = findQuotes(text);
    expect(quotes.reduce((n, q) => n + q.text.length, 0)).toBeLessThan(200_000);
  });
});
