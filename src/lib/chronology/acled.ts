import type { SiteProject } from '../content/project';
import type { ChronologyEvent } from './chronology';
import { acledTypes } from './event-types';

/** ACLED's time_precision: 1 the day is known, 2 a period of days or weeks, 3 only the month. */
export function timePrecision(event: ChronologyEvent): 1 | 2 | 3 {
  return event.data.datePrecision === 'day' || event.data.datePrecision === 'part-of-day' ? 1 : 2;
}

const columns = ['event_id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'sources', 'notes', 'disputed'] as const;

/**
 * Events as rows a conflict-data analyst can load beside ACLED exports: ACLED's column names,
 * types mapped to its vocabulary where one fits, the first place as location.
 */
export function acledRows(events: readonly ChronologyEvent[], project: SiteProject): Record<(typeof columns)[number], string>[] {
  return events.map((event) => {
    const place = event.data.places.map((id) => project.places.get(id)).find(Boolean);
    const actorName = (index: number) => {
      const id = event.data.actors[index];
      return id ? (project.actors.get(id)?.data.name ?? id) : '';
    };
    const type = acledTypes[event.data.type];
    return {
      event_id: event.id,
      event_date: event.data.date,
      time_precision: String(timePrecision(event)),
      event_type: type.eventType,
      sub_event_type: type.subEventType,
      actor1: actorName(0),
      actor2: actorName(1),
      admin1: place?.data.governorate ?? '',
      location: place?.data.name ?? '',
      latitude: place ? place.data.latitude.toFixed(4) : '',
      longitude: place ? place.data.longitude.toFixed(4) : '',
      geo_precision: place ? String(place.data.geoPrecision) : '',
      sources: event.sources.map((slug) => project.articles.get(slug)?.data.outlet ?? slug).join('; '),
      notes: event.data.summary.replace(/\s+/g, ' ').trim(),
      disputed: event.data.disputed ? 'yes' : 'no',
    };
  });
}

export const acledColumns = columns;
