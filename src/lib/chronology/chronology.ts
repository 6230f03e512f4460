import type { SiteAnnotations } from '../annotate/annotate-project';
import type { SiteEntry, SiteProject } from '../content/project';
import type { StatementRecord } from '../exports/statements';
import type { Event } from '../schemas/event';
import { daysBetweenInclusive, period } from './period';
import { passageAnchor } from './passages';

export interface SourcedClaim {
  article: string;
  quote: string;
  stance: Event['claims'][number]['stance'];
  by: string | null;
  /** The paragraph of the source page that holds the quote. */
  anchor: string;
  /** When the source reported it: its publication day. */
  reported: string;
}

export interface ChronologyEvent {
  id: string;
  data: Event;
  claims: SourcedClaim[];
  /** Slugs of the articles that report the event, oldest first. */
  sources: string[];
}

export interface Day {
  date: string;
  inPeriod: boolean;
  events: ChronologyEvent[];
  statements: StatementRecord[];
}

export interface Chronology {
  days: Day[];
  events: ChronologyEvent[];
}

/**
 * Orders events by the day they happened (then by time of day and id) and gathers, for every day
 * of the period and every day with an event, its events and the statements made that day.
 */
export function buildChronology(project: SiteProject, annotations: SiteAnnotations, statements: readonly StatementRecord[]): Chronology {
  const events = [...project.events.values()].map((event) => sourcedEvent(event, project, annotations)).sort(compareEvents);
  const dates = new Set([...daysBetweenInclusive(period.start, period.end), ...events.map((event) => event.data.date)]);
  const days = [...dates].sort().map((date) => ({
    date,
    inPeriod: date >= period.start && date <= period.end,
    events: events.filter((event) => event.data.date === date),
    statements: statements.filter((statement) => statement.date === date),
  }));
  return { days, events };
}

const timeOrder = { nuit: 0, matin: 1, 'après-midi': 2, soir: 3 } as const;

function compareEvents(a: ChronologyEvent, b: ChronologyEvent): number {
  const time = (event: ChronologyEvent) => (event.data.timeOfDay ? timeOrder[event.data.timeOfDay] : 1.5);
  return a.data.date.localeCompare(b.data.date) || time(a) - time(b) || a.id.localeCompare(b.id);
}

function sourcedEvent(event: SiteEntry<Event>, project: SiteProject, annotations: SiteAnnotations): ChronologyEvent {
  const claims = event.data.claims.map((claim): SourcedClaim => {
    const article = project.articles.get(claim.article)!;
    const annotation = annotations.articles.get(claim.article)!;
    return {
      article: claim.article,
      quote: claim.quote,
      stance: claim.stance,
      by: claim.by ?? null,
      anchor: passageAnchor(annotation, claim.quote) ?? '',
      reported: article.data.published,
    };
  });
  const sources = [...new Set([...claims].sort((a, b) => a.reported.localeCompare(b.reported) || a.article.localeCompare(b.article)).map((claim) => claim.article))];
  return { id: event.id, data: event.data, claims, sources };
}

/** Events that involve an actor, a place or a type: the chronology's filters. */
export function eventsWith(events: readonly ChronologyEvent[], facet: { actor?: string; place?: string; type?: string }): ChronologyEvent[] {
  return events.filter(
    (event) =>
      (!facet.actor || event.data.actors.includes(facet.actor) || event.claims.some((claim) => claim.by === facet.actor)) &&
      (!facet.place || event.data.places.includes(facet.place)) &&
      (!facet.type || event.data.type === facet.type),
  );
}
