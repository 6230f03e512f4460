import { describe, expect, it } from 'vitest';
import { matrixPlan, timelinePlan } from '../../../src/lib/site/chart-pages';
import type { StatementRecord } from '../../../src/lib/exports/statements';

const statement = (id: string, speaker: string | null, date: string): StatementRecord => ({
  id, article: 'a', speaker, speakerOrg: speaker, date, datePrecision: 'day', kind: 'direct', quote: `Citation ${id}`, anchor: `https://x.org/sources/a/#${id}`, paragraph: 'p-1',
});
const days = ['2024-12-01', '2024-12-02'];
const options = { days, speakerName: (id: string | null) => id ?? '—', marksPerCell: 4 };
/** `count` statements of `speaker` on `date`. */
const said = (speaker: string, date: string, count: number) => Array.from({ length: count }, (_, index) => statement(`${speaker}-${date}-${index}`, speaker, date));

describe('timelinePlan(statements, { days, speakerName, marksPerCell, bounds })', () => {
  it('keeps a timeline within the bounds whole: every speaker in the summary, one page', () => {
    const plan = timelinePlan([...said('b', '2024-12-01', 2), ...said('a', '2024-12-02', 1)], { ...options, bounds: { maxItems: 10, maxRows: 5, pageItems: 10, summaryRows: 1 } });
    expect(plan.whole).toBe(true);
    expect(plan.summary).toEqual(['b', 'a']);
    expect(plan.pages.map((page) => page.items)).toEqual([['b', 'a']]);
  });

  it('sums a larger one up with its most quoted speakers, in the timeline’s order, and cuts it into pages within the bounds', () => {
    // Rows draw: a 2 marks + 1 count = 3 items, b 1, c 1 count + 1 mark = 2 (a crowded cell counts once), d 1.
    const statements = [...said('a', '2024-12-01', 2), ...said('a', '2024-12-02', 6), ...said('b', '2024-12-01', 1), ...said('c', '2024-12-01', 5), ...said('c', '2024-12-02', 1), ...said('d', '2024-12-02', 1)];
    const plan = timelinePlan(statements, { ...options, bounds: { maxItems: 4, maxRows: 3, pageItems: 4, summaryRows: 2 } });
    expect(plan.whole).toBe(false);
    expect(plan.speakers).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.summary).toEqual(['a', 'c']);
    expect(plan.pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('sums up a timeline with more rows than the bound, however few its marks', () => {
    const statements = ['a', 'b', 'c'].map((speaker) => statement(speaker, speaker, '2024-12-01'));
    const plan = timelinePlan(statements, { ...options, bounds: { maxItems: 100, maxRows: 2, pageItems: 100, summaryRows: 2 } });
    expect(plan.whole).toBe(false);
    expect(plan.pages.map((page) => page.items)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('matrixPlan(events, { beside, maxRows })', () => {
  const events = ['e1', 'e2', 'e3'].map((id) => ({ id }));

  it('keeps a matrix of at most maxRows.whole events whole, on one page, when the rest of the page is small', () => {
    const plan = matrixPlan(events, { beside: true, maxRows: { whole: 3, page: 2 } });
    expect(plan.whole).toBe(true);
    expect(plan.pages.map((page) => page.items.length)).toEqual([3]);
  });

  it('cuts a larger one into pages of maxRows.page events and says where each event is', () => {
    const plan = matrixPlan(events, { beside: true, maxRows: { whole: 2, page: 2 } });
    expect(plan.whole).toBe(false);
    expect(plan.pages.map((page) => page.items.map((event) => event.id))).toEqual([['e1', 'e2'], ['e3']]);
    expect([...plan.pageOf]).toEqual([['e1', 1], ['e2', 1], ['e3', 2]]);
  });

  it('sums up even a small matrix when the rest of the page is large (the timeline summed up)', () => {
    expect(matrixPlan(events, { beside: false, maxRows: { whole: 3, page: 2 } }).whole).toBe(false);
  });
});
