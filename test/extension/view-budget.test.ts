import { describe, expect, it } from 'vitest';
import { fitView } from '../../extension/view-budget';
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

  it('never exceeds even a tiny budget, and says how many lines it left out', () => {
    const fitted = fitView(view, 5_000);
    expect(size(fitted)).toBeLessThanOrEqual(5_000);
    if (fitted.status !== 'ready') throw new Error('no view');
    expect(fitted.omitted).toBeGreaterThan(0);
    expect(fitted.items.length + fitted.omitted!).toBe(view.items.length);
  });
});
