import type { ChronologyEvent } from '../chronology/chronology';

/** Records of `/data/events.json`: the event's fields, each claim with the URL of its passage. */
export function eventRecords(events: readonly ChronologyEvent[], passageUrl: (slug: string, anchor: string) => string) {
  return events.map((event) => ({
    id: event.id,
    date: event.data.date,
    datePrecision: event.data.datePrecision,
    endDate: event.data.endDate ?? null,
    timeOfDay: event.data.timeOfDay ?? null,
    type: event.data.type,
    title: event.data.title,
    summary: event.data.summary.replace(/\s+/g, ' ').trim(),
    places: event.data.places,
    actors: event.data.actors,
    disputed: event.data.disputed,
    dispute: event.data.dispute ?? null,
    claims: event.claims.map((claim) => ({ article: claim.article, quote: claim.quote, stance: claim.stance, by: claim.by, reported: claim.reported, anchor: passageUrl(claim.article, claim.anchor) })),
    sources: event.sources,
  }));
}
