import type { ChronologyEvent } from '../chronology/chronology';
import type { ClaimStance } from '../schemas/event';
import { round } from './numbers';
import type { SourceColumn } from './source-columns';

export interface CorroborationMatrix {
  width: number;
  height: number;
  /** Labels sit on two staggered lines, so neighbouring outlet names never overlap. */
  columns: { id: string; label: string; articles: readonly string[]; x: number; labelX: number; labelY: number; labelAnchor: 'middle' | 'end' }[];
  rows: { event: string; label: string; date: string; disputed: boolean; y: number }[];
  cells: { event: string; column: string; x: number; y: number; stances: ClaimStance[] }[];
}

/**
 * Events (rows, in chronological order) against outlets (columns): a mark where an outlet reports
 * an event, its shape the stance of the claims; disputed events are flagged in the row label.
 */
export function corroborationMatrix(events: readonly ChronologyEvent[], sources: readonly SourceColumn[], width = 760): CorroborationMatrix {
  const left = 330;
  const top = 70;
  const rowHeight = 18;
  const columnWidth = (width - left) / Math.max(1, sources.length);
  const columns = sources.map((source, index) => {
    const x = round(left + index * columnWidth + columnWidth / 2);
    // Bold 11 px labels are about 7 px a character: one that would run past the right edge ends there instead.
    const overflows = x + (source.label.length * 7) / 2 > width - 4;
    return { id: source.id, label: source.label, articles: source.articles, x, labelX: overflows ? width - 4 : x, labelY: index % 2 === 0 ? 36 : 54, labelAnchor: overflows ? ('end' as const) : ('middle' as const) };
  });
  const rows = events.map((event, index) => ({ event: event.id, label: event.data.title, date: event.data.date, disputed: event.data.disputed, y: round(top + index * rowHeight + rowHeight / 2) }));
  const cells = rows.flatMap((row, index) =>
    columns.flatMap((column) => {
      const stances = [...new Set(events[index]!.claims.filter((claim) => column.articles.includes(claim.article)).map((claim) => claim.stance))].sort();
      return stances.length > 0 ? [{ event: row.event, column: column.id, x: column.x, y: row.y, stances }] : [];
    }),
  );
  return { width, height: top + events.length * rowHeight + 8, columns, rows, cells };
}
