import type { ChronologyEvent } from '../chronology/chronology';
import type { ClaimStance } from '../schemas/event';
import { frenchTime, round, shortDay } from './numbers';
import type { SourceColumn } from './source-columns';
import { textWidth, wrapText } from './text-metrics';
import { plural } from '../text/typography';

export interface CorroborationMatrix {
  width: number;
  height: number;
  layout: 'wide' | 'narrow';
  fontSize: number;
  /** Wide: labels level, on two staggered lines when neighbours would touch; narrow: labels turned upright (`rotate`). */
  columns: { id: string; label: string; articles: readonly string[]; x: number; labelX: number; labelY: number; labelAnchor: 'start' | 'middle' | 'end'; rotate: boolean; tickY: number }[];
  /** Every event of the chronology, context included: `lines` is the whole title, wrapped, never cut. */
  rows: { event: string; label: string; lines: string[]; date: string; dateLabel: string; background: boolean; disputed: boolean; y: number; top: number; height: number; textX: number }[];
  cells: { event: string; column: string; x: number; y: number; stances: ClaimStance[] }[];
  /** Where the grid starts (below the column labels). */
  gridTop: number;
  markSize: number;
}

const stanceOrder: readonly ClaimStance[] = ['reports', 'claims', 'confirms', 'denies'];

/** Wide: labels level, on two staggered lines when neighbours would touch; narrow: labels turned upright (`rotate`). */
type MatrixColumn = CorroborationMatrix['columns'][number];

/** The outlets' columns at the right of a matrix `width` across, and where its grid starts below their labels. */
function matrixColumns(sources: readonly SourceColumn[], width: number, narrow: boolean, fontSize: number): { columns: MatrixColumn[]; gridTop: number; gridLeft: number } {
  const columnWidth = narrow ? 25 : 72;
  const gridLeft = width - columnWidth * Math.max(1, sources.length) - 2;
  // Column labels: narrow, turned upright above their column; wide, level, staggered when they would touch.
  const labelHeight = narrow ? Math.max(...sources.map((source) => textWidth(source.label, fontSize, true)), 0) + 10 : 0;
  const staggered = !narrow && sources.some((source) => textWidth(source.label, fontSize, true) > columnWidth - 6);
  const gridTop = round(narrow ? labelHeight + 4 : staggered ? 58 : 36);
  const columns = sources.map((source, index) => {
    const x = round(gridLeft + index * columnWidth + columnWidth / 2);
    if (narrow) return { id: source.id, label: source.label, articles: source.articles, x, labelX: round(x + fontSize * 0.35), labelY: round(gridTop - 6), labelAnchor: 'start' as const, rotate: true, tickY: gridTop };
    const half = textWidth(source.label, fontSize, true) / 2;
    const overflows = x + half > width - 2;
    return { id: source.id, label: source.label, articles: source.articles, x, labelX: overflows ? width - 2 : x, labelY: staggered && index % 2 === 0 ? 22 : staggered ? 44 : 24, labelAnchor: overflows ? ('end' as const) : ('middle' as const), rotate: false, tickY: gridTop };
  });
  return { columns, gridTop, gridLeft };
}

/** The matrix's type and sizes, for a wide screen or a phone, shared by the whole matrix and its summary. */
function matrixMetrics(options: { layout?: 'wide' | 'narrow'; width?: number }) {
  const layout = options.layout ?? 'wide';
  const narrow = layout === 'narrow';
  return { layout, narrow, width: options.width ?? (narrow ? 300 : 760), fontSize: narrow ? 13 : 12, lineHeight: narrow ? 16 : 15 };
}

/**
 * Events (rows, in chronological order) against outlets (columns): a mark where an outlet reports
 * an event, its shape the stance of the claims; disputed events carry the "versions divergentes"
 * diamond. No event is left out: events of context are rows too, marked as such.
 */
export function corroborationMatrix(events: readonly ChronologyEvent[], sources: readonly SourceColumn[], options: { layout?: 'wide' | 'narrow'; width?: number } = {}): CorroborationMatrix {
  const { layout, narrow, width, fontSize, lineHeight } = matrixMetrics(options);
  const { columns, gridTop, gridLeft } = matrixColumns(sources, width, narrow, fontSize);
  const dateWidth = narrow ? 0 : 62;
  const textX = dateWidth + 18;
  const titleWidth = gridLeft - textX - 8;
  let cursor = gridTop;
  const rows = events.map((event) => {
    const background = event.data.type === 'background';
    const dateLabel = shortDay(event.data.date);
    const title = `${narrow ? `${dateLabel} · ` : ''}${event.data.title}${background ? ' (contexte)' : ''}`;
    const lines = wrapText(title, titleWidth, fontSize);
    const height = Math.max(narrow ? 24 : 20, lines.length * lineHeight + 6);
    const row = { event: event.id, label: event.data.title, lines, date: event.data.date, dateLabel, background, disputed: event.data.disputed, top: round(cursor), height, y: round(cursor + height / 2), textX };
    cursor += height;
    return row;
  });
  const cells = rows.flatMap((row, index) =>
    columns.flatMap((column) => {
      const found = new Set(events[index]!.claims.filter((claim) => column.articles.includes(claim.article)).map((claim) => claim.stance));
      const stances = stanceOrder.filter((stance) => found.has(stance));
      return stances.length > 0 ? [{ event: row.event, column: column.id, x: column.x, y: row.y, stances }] : [];
    }),
  );
  return { width, height: round(cursor + 6), layout, fontSize, columns, rows, cells, gridTop, markSize: narrow ? 10 : 12 };
}

/** A row of the matrix's summary: the events of one day of the period, or of one month outside it (context). */
export interface SummaryGroup {
  key: string;
  /** "6 déc.", "sept. 2024". */
  label: string;
}

/**
 * The summary row an event dated `date` falls in: its day within the period, its month outside it
 * ("sept. 2024"), or, in the month where the period starts or ends, the days before or after it
 * ("avant le 27 nov.", "après le 8 déc.").
 */
export function summaryGroup(date: string, period: { start: string; end: string }): SummaryGroup {
  if (date >= period.start && date <= period.end) return { key: date, label: shortDay(date) };
  const month = date.slice(0, 7);
  if (date < period.start && month === period.start.slice(0, 7)) return { key: `avant-${period.start}`, label: `avant le ${shortDay(period.start)}` };
  if (date > period.end && month === period.end.slice(0, 7)) return { key: `apres-${period.end}`, label: `après le ${shortDay(period.end)}` };
  return { key: month, label: frenchTime.utcFormat('%b %Y')(new Date(`${month}-01T00:00:00Z`)) };
}

export interface CorroborationSummary {
  width: number;
  height: number;
  layout: 'wide' | 'narrow';
  fontSize: number;
  columns: CorroborationMatrix['columns'];
  /** One row per group of events, in chronological order; `first` is the id of its first event. */
  rows: { key: string; label: string; lines: string[]; events: number; first: string; top: number; height: number; y: number; textX: number }[];
  /** Per group and outlet, how many of the group's events the outlet reports (cells with none are left out). */
  cells: { row: string; column: string; x: number; y: number; width: number; count: number }[];
  gridTop: number;
  /** Every event counted, in one row each. */
  eventCount: number;
}

/**
 * The corroboration matrix summed up, for a corpus whose events are too many for one page: one row
 * per day of the period (per month before or after it), one column per outlet, and in each cell
 * how many of that day's events the outlet reports. Rows stay few however many events there are.
 */
export function corroborationSummary(events: readonly ChronologyEvent[], sources: readonly SourceColumn[], options: { period: { start: string; end: string }; layout?: 'wide' | 'narrow'; width?: number }): CorroborationSummary {
  const { layout, narrow, width, fontSize, lineHeight } = matrixMetrics(options);
  const { columns, gridTop, gridLeft } = matrixColumns(sources, width, narrow, fontSize);
  const columnWidth = columns.length > 1 ? columns[1]!.x - columns[0]!.x : narrow ? 25 : 72;
  const groups = new Map<string, { label: string; events: ChronologyEvent[] }>();
  for (const event of [...events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))) {
    const { key, label } = summaryGroup(event.data.date, options.period);
    const group = groups.get(key);
    if (group) group.events.push(event);
    else groups.set(key, { label, events: [event] });
  }
  const textX = 4;
  let cursor = gridTop;
  const rows = [...groups].map(([key, group]) => {
    const lines = wrapText(`${group.label} · ${plural(group.events.length, 'événement')}`, gridLeft - textX - 8, fontSize);
    const height = Math.max(narrow ? 26 : 24, lines.length * lineHeight + 8);
    const row = { key, label: group.label, lines, events: group.events.length, first: group.events[0]!.id, top: round(cursor), height, y: round(cursor + height / 2), textX };
    cursor += height;
    return row;
  });
  const cells = rows.flatMap((row) => {
    const group = groups.get(row.key)!.events;
    return columns.flatMap((column) => {
      const articles = new Set(column.articles);
      const count = group.filter((event) => event.claims.some((claim) => articles.has(claim.article))).length;
      return count > 0 ? [{ row: row.key, column: column.id, x: column.x, y: row.y, width: round(columnWidth - (narrow ? 3 : 10)), count }] : [];
    });
  });
  return { width, height: round(cursor + 6), layout, fontSize, columns, rows, cells, gridTop, eventCount: events.length };
}
