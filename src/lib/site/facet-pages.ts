import type { ChronologyEvent } from '../chronology/chronology';
import { facetEvents, facetValues, type FacetKind } from '../chronology/facets';
import { paginate, type ListPage } from './pagination';

/**
 * Events shown in full per page of the chronology filtered by an actor, a place or a type: on the
 * real site no facet reaches it, at 5 000 articles a place's page held hundreds (159 KB gzipped).
 */
export const facetEventsPerPage = 40;

/** One page of a facet: which facet, how many events it has in all, and this page's events. */
export interface FacetPage {
  kind: FacetKind;
  id: string;
  total: number;
  events: ListPage<ChronologyEvent>;
}

/** Every page of every facet, in order: the first page of each at /chronologie/<kind>/<id>/, the next ones under page/<n>/. */
export function facetPages(events: readonly ChronologyEvent[]): FacetPage[] {
  return facetValues(events).flatMap(({ kind, id }) => {
    const matching = facetEvents(events, { kind, id });
    return paginate(matching, facetEventsPerPage).map((page) => ({ kind, id, total: matching.length, events: page }));
  });
}

/** A page's events grouped by day, in their order (a day cut by the page break shows on both pages). */
export function eventsByDay(events: readonly ChronologyEvent[]): { day: string; events: ChronologyEvent[] }[] {
  const days = new Map<string, ChronologyEvent[]>();
  for (const event of events) days.set(event.data.date, [...(days.get(event.data.date) ?? []), event]);
  return [...days].map(([day, dayEvents]) => ({ day, events: dayEvents }));
}
