import type { ChronologyEvent } from '../chronology/chronology';
import type { ClaimStance } from '../schemas/event';
import { round } from './numbers';

export interface CorroborationMatrix {
  width: number;
  height: number;
  columns: { article: string; label: string; x: number }[];
  rows: { event: string; label: string; date: string; disputed: boolean; y: number }[];
  cells: { event: string; article: string; x: number; y: number; stances: ClaimStance[] }[];
}

/**
 * Events (rows, in chronological order) against sources (columns): a mark where a source reports an
 * event, its shape the stance of the claim; disputed events are flagged in the row label.
 */
export function corroborationMatrix(events: readonly ChronologyEvent[], articles: readonly { slug: string; label: string }[], width = 760): CorroborationMatrix {
  const left = 330;
  const top = 70;
  const rowHeight = 18;
  const columnWidth = (width - left) / Math.max(1, articles.length);
  const columns = articles.map((article, index) => ({ article: article.slug, label: article.label, x: round(left + index * columnWidth + columnWidth / 2) }));
  const rows = events.map((event, index) => ({ event: event.id, label: event.data.title, date: event.data.date, disputed: event.data.disputed, y: round(top + index * rowHeight + rowHeight / 2) }));
  const cells = rows.flatMap((row, index) =>
    columns.flatMap((column) => {
      const stances = [...new Set(events[index]!.claims.filter((claim) => claim.article === column.article).map((claim) => claim.stance))].sort();
      return stances.length > 0 ? [{ event: row.event, article: column.article, x: column.x, y: row.y, stances }] : [];
    }),
  );
  return { width, height: top + events.length * rowHeight + 8, columns, rows, cells };
}
