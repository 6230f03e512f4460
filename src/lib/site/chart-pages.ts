/**
 * Charts that grow with the corpus, kept within a page's weight: a chart small enough is shown
 * whole, as it always was; a larger one is shown as a bounded summary on /graphiques/ and the home
 * page, and whole on its own pages (/graphiques/declarations/, /graphiques/corroboration/), cut so
 * that no page draws more than a bounded number of items. Nothing is left out: every statement and
 * every event stays a link away from a chart page.
 */
import { timelineRowSizes, timelineSpeakers } from '../charts/statements-timeline';
import type { StatementRecord } from '../exports/statements';
import { paginate, paginateByWeight, type ListPage } from './pagination';

/** How much one timeline may draw: marks and counts, and rows (speakers). */
export interface TimelineBounds {
  /** Most marks and counts one picture draws (each is drawn four times: two layouts, their links). */
  maxItems: number;
  maxRows: number;
  /** Most marks and counts a page of the whole timeline draws (rows: still at most `maxRows`). */
  pageItems: number;
  /** Speakers of the summary, the most quoted. */
  summaryRows: number;
}

/**
 * The real site draws 51 marks on 17 rows: whole, and /graphiques/ weighs 39 KB with it, so there
 * is little room above. At N = 1 000 the whole timeline would draw some 800 counts on 58 rows
 * (70 KB gzip); a page of 200 marks with their quotations weighs some 17 KB, a summary of 8 rows
 * of counts some 6 KB.
 */
export const timelineBounds: TimelineBounds = { maxItems: 60, maxRows: 20, pageItems: 200, summaryRows: 8 };

export interface TimelinePlan {
  /** The whole timeline fits the bounds: shown as it is, no summary. */
  whole: boolean;
  /** Every speaker, in the timeline's order. */
  speakers: (string | null)[];
  /** The summary's speakers, the most quoted in the timeline's order (every speaker when whole). */
  summary: (string | null)[];
  /** The whole timeline, a page per group of speakers in the timeline's order, each within the bounds. */
  pages: ListPage<string | null>[];
}

/**
 * Whether the statements timeline fits a page as a whole and, when not, the speakers its summary
 * shows (the `summaryRows` most quoted, whose cells give counts) and its pages: speakers in the
 * timeline's order, as many per page as fit `pageItems` marks and counts and `maxRows` rows.
 */
export function timelinePlan(statements: readonly StatementRecord[], options: { days: readonly string[]; speakerName: (id: string | null) => string; marksPerCell: number; bounds?: TimelineBounds }): TimelinePlan {
  const { days, speakerName, marksPerCell, bounds = timelineBounds } = options;
  const speakers = timelineSpeakers(statements, days, speakerName);
  const sizes = timelineRowSizes(statements, days, marksPerCell);
  const items = (speaker: string | null) => sizes.get(speaker)?.items ?? 0;
  const total = speakers.reduce((sum, speaker) => sum + items(speaker), 0);
  const whole = total <= bounds.maxItems && speakers.length <= bounds.maxRows;
  if (whole) return { whole, speakers, summary: speakers, pages: paginate(speakers, Math.max(1, speakers.length)) };
  const quoted = (speaker: string | null) => sizes.get(speaker)?.statements ?? 0;
  const top = new Set([...speakers].sort((a, b) => quoted(b) - quoted(a) || speakers.indexOf(a) - speakers.indexOf(b)).slice(0, bounds.summaryRows));
  return { whole, speakers, summary: speakers.filter((speaker) => top.has(speaker)), pages: paginateByWeight(speakers, items, bounds.pageItems, bounds.maxRows) };
}

/** Most events one corroboration matrix shows as rows: the real site has 44 (9 KB gzip); 60 rows weigh some 13 KB. */
export const matrixMaxRows = { whole: 48, page: 60 };

export interface MatrixPlan<Event> {
  /** Every event fits one matrix: shown as it is, no summary. */
  whole: boolean;
  /** The whole matrix, `page` events per page in chronological order. */
  pages: ListPage<Event>[];
  /** The number of the page that shows each event. */
  pageOf: Map<string, number>;
}

/**
 * Whether the corroboration matrix is shown whole on /graphiques/, and its own pages. It shares
 * the page with the timeline and the other charts, which grow with the corpus too: whole only
 * when it has at most `maxRows.whole` events and `beside` says the rest of the page is small
 * (the timeline is whole); pages of `maxRows.page` events otherwise.
 */
export function matrixPlan<Event extends { id: string }>(events: readonly Event[], options: { beside: boolean; maxRows?: { whole: number; page: number } }): MatrixPlan<Event> {
  const { beside, maxRows = matrixMaxRows } = options;
  const whole = beside && events.length <= maxRows.whole;
  const pages = whole ? paginate(events, Math.max(1, events.length)) : paginate(events, maxRows.page);
  return { whole, pages, pageOf: new Map(pages.flatMap((page) => page.items.map((event) => [event.id, page.number] as const))) };
}
