import { eventTypes, type EventType } from '../schemas/event';
import { eventsWith, type ChronologyEvent } from './chronology';

export type FacetKind = 'acteurs' | 'lieux' | 'types';

export interface FacetValue {
  kind: FacetKind;
  id: string;
  count: number;
}

/** Every actor, place and type that has at least one event: the chronology's filters, as pages. */
export function facetValues(events: readonly ChronologyEvent[]): FacetValue[] {
  const actors = new Set(events.flatMap((event) => [...event.data.actors, ...event.claims.flatMap((claim) => (claim.by ? [claim.by] : []))]));
  const places = new Set(events.flatMap((event) => event.data.places));
  const types = eventTypes.filter((type) => events.some((event) => event.data.type === type));
  return [
    ...[...actors].sort().map((id) => ({ kind: 'acteurs' as const, id, count: eventsWith(events, { actor: id }).length })),
    ...[...places].sort().map((id) => ({ kind: 'lieux' as const, id, count: eventsWith(events, { place: id }).length })),
    ...types.map((id: EventType) => ({ kind: 'types' as const, id, count: eventsWith(events, { type: id }).length })),
  ];
}

export function facetEvents(events: readonly ChronologyEvent[], facet: Pick<FacetValue, 'kind' | 'id'>): ChronologyEvent[] {
  if (facet.kind === 'acteurs') return eventsWith(events, { actor: facet.id });
  if (facet.kind === 'lieux') return eventsWith(events, { place: facet.id });
  return eventsWith(events, { type: facet.id });
}
