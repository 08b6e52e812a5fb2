import { describe, expect, it } from 'vitest';
import { carriedBy } from '../../corpus/carried';
import { fittedViewText } from '../../extension/view-budget';
import type { ReadyView } from '../../extension/view-text';

/** The view as the engine fits it within a budget. */
const fitView = (view: ReadyView, budget?: number) => fittedViewText(view, budget).view;
import { readyView, seedText } from '../components/fixtures';

const size = (v: unknown) => JSON.stringify(v).length;

describe('a tab’s stored view within its budget', () => {
  const view = readyView(`${seedText('004')}\n${seedText('000')}`);
  if (view.status !== 'ready') throw new Error('no view');
  const carried = view.items.filter((i) => i.matches.length > 0).length;

  it('is left as it is when it fits', () => {
    expect(fitView(view)).toBe(view);
  });

  it('drops what matters least first: lines no other outlet carried before any carried line', () => {
    const carriedOnly = size({ ...view, items: view.items.filter((i) => i.matches.length > 0), omitted: view.items.length });
    const budget = carriedOnly + 600;
    const fitted = fitView(view, budget);
    expect(size(fitted)).toBeLessThanOrEqual(budget);
    if (fitted.status !== 'ready') throw new Error('no view');
    expect(fitted.items.filter((i) => i.matches.length > 0)).toHaveLength(carried);
    expect(fitted.items.length).toBeLessThan(view.items.length);
    expect(fitted.omitted).toBe(view.items.length - fitted.items.length);
    expect(fitted.items.map((i) => i.start)).toEqual([...fitted.items.map((i) => i.start)].sort((a, b) => a - b));
  });

  it('keeps a widely carried line’s count whole when it keeps only its best matches', () => {
    // A wire line carried by 40 outlets: its view keeps the best few, and says what all of them came to.
    const item = view.items.find((i) => i.matches.length > 0)!;
    const wide = { ...view, items: [{ ...item, matches: Array.from({ length: 40 }, (_, n) => ({ ...item.matches[0]!, source: `w${n}` })) }] };
    const fitted = fitView(wide, size(wide) - 1);
    if (fitted.status !== 'ready') throw new Error('no view');
    const [kept] = fitted.items;
    expect(kept!.matches.length).toBeLessThan(40);
    expect(kept!.carried).toEqual({ outlets: 40, wordings: carriedBy(wide.items[0]!).wordings, own: 0 });
    expect(carriedBy(kept!).outlets).toBe(40);
  });

  it('keeps every wording of a widely carried line, the one outlet that worded it otherwise included', () => {
    // Forty reprints, then (ranked last) one outlet's variant: kept past the reprints' closest few.
    const item = view.items.find((i) => i.matches.length > 0)!;
    const reprint = item.matches[0]!;
    const variant = { ...reprint, source: 'v1', text: `${reprint.text} indeed`, relation: 'variant' as const, score: 0.9 };
    const wide = { ...view, items: [{ ...item, matches: [...Array.from({ length: 40 }, (_, n) => ({ ...reprint, source: `w${n}` })), variant] }] };
    const fitted = fitView(wide, size(wide) - 1);
    if (fitted.status !== 'ready') throw new Error('no view');
    const kept = fitted.items[0]!.matches;
    expect(kept.length).toBe(8);
    expect(kept.map((m) => m.source)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'v1']);
    expect(carriedBy(fitted.items[0]!)).toEqual({ outlets: 41, wordings: 2, own: 0 });
  });

  it('counts the reader’s own articles among all that carried a line, not only among those it keeps', () => {
    const item = view.items.find((i) => i.matches.length > 0)!;
    const reprint = item.matches[0]!;
    const matches = [...Array.from({ length: 30 }, (_, n) => ({ ...reprint, source: `w${n}` })), ...Array.from({ length: 5 }, (_, n) => ({ ...reprint, source: `own-${n}` }))];
    const wide = { ...view, items: [{ ...item, matches }] };
    const fitted = fitView(wide, size(wide) - 1);
    if (fitted.status !== 'ready') throw new Error('no view');
    expect(fitted.items[0]!.matches.some((m) => m.source.startsWith('own-'))).toBe(false);
    expect(carriedBy(fitted.items[0]!).own).toBe(5);
  });

  it('never exceeds even a tiny budget, and says how many lines it left out', () => {
    const fitted = fitView(view, 5_000);
    expect(size(fitted)).toBeLessThanOrEqual(5_000);
    if (fitted.status !== 'ready') throw new Error('no view');
    expect(fitted.omitted).toBeGreaterThan(0);
    expect(fitted.items.length + fitted.omitted!).toBe(view.items.length);
  });
});
