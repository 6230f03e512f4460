import type { ChronologyEvent, Day } from '../chronology/chronology';
import type { StatementRecord } from '../exports/statements';
import type { SiteProject } from '../content/project';
import { citedArticles, pageKey, registryKey } from './page-key';
import { paginate, type ListPage } from './pagination';

/** Events shown in full per page of a day, and statements per page: both grow with the corpus. */
export const dayEventsPerPage = 8;
export const dayStatementsPerPage = 100;

/** One page of a day of the chronology. */
export interface DayPage {
  day: Day;
  number: number;
  count: number;
  /** The events shown in full on this page. */
  events: ChronologyEvent[];
  /**
   * On the first page only, the day's events shown in full on later pages, with their page: the
   * first page keeps an anchor for every event of the day, so links to /chronologie/<day>/#<event>
   * still land on the event.
   */
  laterEvents: { event: ChronologyEvent; page: number }[];
  statements: ListPage<StatementRecord>;
}

/** What a day's page shows: one of its pages, and the days before and after it. */
export interface DayPageProps {
  page: DayPage;
  previous: Day | undefined;
  next: Day | undefined;
}

/** A day's pages: events and statements cut side by side, as many pages as the longer list needs. */
export function dayPages(day: Day): DayPage[] {
  const events = paginate(day.events, dayEventsPerPage);
  const statements = paginate(day.statements, dayStatementsPerPage);
  const count = Math.max(events.length, statements.length);
  const empty = <Item>(number: number, first: number): ListPage<Item> => ({ items: [], number, count, first });
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const eventPage = events[index];
    const statementPage = statements[index];
    return {
      day,
      number,
      count,
      events: eventPage?.items ?? [],
      laterEvents: number === 1 ? events.slice(1).flatMap((page) => page.items.map((event) => ({ event, page: page.number }))) : [],
      statements: statementPage ? { ...statementPage, count } : empty(number, day.statements.length + 1),
    };
  });
}

/**
 * How many of a day's events the chronology's index names: past that, it says how many more the
 * day's page holds, so that the index stays light however many events the sources report (the
 * real corpus has at most 18 a day).
 */
export const indexEventsPerDay = 20;

/** The events of a day that the chronology's index names, and how many it leaves to the day's page. */
export function indexedDayEvents<Event>(events: readonly Event[], limit = indexEventsPerDay): { shown: readonly Event[]; more: number } {
  return { shown: events.slice(0, limit), more: Math.max(0, events.length - limit) };
}

/**
 * The incremental build's key of a day's page past the first (the first also draws the day's map,
 * made from every earlier event, and is always rendered): what DayPageView shows of the page (its
 * events, statements, position and the day's counts), the neighbouring days, the articles its
 * events and statements cite, and the registry its event cards and JSON-LD name entries from.
 */
export function dayPageKey({ page, previous, next }: DayPageProps, project: SiteProject): string {
  if (page.number === 1) throw new Error(`The first page of ${page.day.date} draws the day's map: it has no key`);
  const { day } = page;
  const articles = [...page.events.flatMap((event) => event.claims.map((claim) => claim.article)), ...page.statements.items.map((statement) => statement.article)];
  return pageKey(
    { date: day.date, inPeriod: day.inPeriod, events: day.events.length, statements: day.statements.length },
    { number: page.number, count: page.count, events: page.events, laterEvents: page.laterEvents, statements: page.statements },
    previous?.date ?? null,
    next?.date ?? null,
    citedArticles(project, articles),
    registryKey(project),
  );
}
