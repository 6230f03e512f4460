import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/lib/chronology/chronology';
import { dayEventsPerPage, dayPages, dayStatementsPerPage, indexEventsPerDay, indexedDayEvents } from '../../../src/lib/site/day-pages';

const day = (events: number, statements: number) =>
  ({
    date: '2024-11-28',
    inPeriod: true,
    events: Array.from({ length: events }, (_, index) => ({ id: `e${index}` })),
    statements: Array.from({ length: statements }, (_, index) => ({ id: `s${index}` })),
  }) as unknown as Day;

describe('dayPages', () => {
  it('keeps a short day on one page', () => {
    const pages = dayPages(day(2, 3));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.events).toHaveLength(2);
    expect(pages[0]!.statements.items).toHaveLength(3);
    expect(pages[0]!.laterEvents).toEqual([]);
  });

  it('cuts events and statements side by side, as many pages as the longer list needs', () => {
    const pages = dayPages(day(dayEventsPerPage * 2 + 1, dayStatementsPerPage * 4));
    expect(pages.map((page) => [page.number, page.count, page.events.length, page.statements.items.length])).toEqual([
      [1, 4, dayEventsPerPage, dayStatementsPerPage],
      [2, 4, dayEventsPerPage, dayStatementsPerPage],
      [3, 4, 1, dayStatementsPerPage],
      [4, 4, 0, dayStatementsPerPage],
    ]);
  });

  it('lists on the first page every event shown on a later one, with its page, so no event anchor breaks', () => {
    const pages = dayPages(day(dayEventsPerPage + 2, 0));
    expect(pages[0]!.laterEvents.map(({ event, page }) => [event.id, page])).toEqual([
      [`e${dayEventsPerPage}`, 2],
      [`e${dayEventsPerPage + 1}`, 2],
    ]);
    expect(pages[1]!.laterEvents).toEqual([]);
  });
});

describe('indexedDayEvents(events)', () => {
  it('names every event of a day that has at most indexEventsPerDay', () => {
    const events = Array.from({ length: indexEventsPerDay }, (_, index) => `e${index}`);
    expect(indexedDayEvents(events)).toEqual({ shown: events, more: 0 });
    expect(indexedDayEvents([])).toEqual({ shown: [], more: 0 });
  });

  it('names the first indexEventsPerDay events of a longer day, in their order, and counts the rest', () => {
    const events = Array.from({ length: indexEventsPerDay + 7 }, (_, index) => `e${index}`);
    expect(indexedDayEvents(events)).toEqual({ shown: events.slice(0, indexEventsPerDay), more: 7 });
  });
});
