import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../../src/lib/chronology/chronology';
import { eventsByDay, facetEventsPerPage, facetPages } from '../../../src/lib/site/facet-pages';

const event = (id: string, date: string, places: string[]) =>
  ({ id, data: { date, type: 'offensive', actors: [], places }, claims: [] }) as unknown as ChronologyEvent;

describe('facetPages(events)', () => {
  it('keeps a facet with few events on one page, at its own address', () => {
    const pages = facetPages([event('a', '2024-11-27', ['alep']), event('b', '2024-11-28', ['alep', 'hama'])]);
    expect(pages.map((page) => [page.kind, page.id, page.total, page.events.number, page.events.count, page.events.items.map((item) => item.id)])).toEqual([
      ['lieux', 'alep', 2, 1, 1, ['a', 'b']],
      ['lieux', 'hama', 1, 1, 1, ['b']],
      ['types', 'offensive', 2, 1, 1, ['a', 'b']],
    ]);
  });

  it(`cuts a facet into pages of ${facetEventsPerPage} events, in order, each knowing the total`, () => {
    const events = Array.from({ length: facetEventsPerPage * 2 + 3 }, (_, index) => event(`e${index}`, `2024-12-${String(1 + Math.floor(index / 10)).padStart(2, '0')}`, ['hama']));
    const hama = facetPages(events).filter((page) => page.kind === 'lieux');
    expect(hama.map((page) => [page.events.number, page.events.count, page.events.first, page.events.items.length, page.total])).toEqual([
      [1, 3, 1, facetEventsPerPage, events.length],
      [2, 3, facetEventsPerPage + 1, facetEventsPerPage, events.length],
      [3, 3, facetEventsPerPage * 2 + 1, 3, events.length],
    ]);
    expect(hama.flatMap((page) => page.events.items)).toEqual(events);
  });
});

describe('eventsByDay(events)', () => {
  it('groups events by day in their order', () => {
    const events = [event('a', '2024-11-27', []), event('b', '2024-11-27', []), event('c', '2024-11-29', [])];
    expect(eventsByDay(events).map(({ day, events: dayEvents }) => [day, dayEvents.map((item) => item.id)])).toEqual([
      ['2024-11-27', ['a', 'b']],
      ['2024-11-29', ['c']],
    ]);
  });
});
