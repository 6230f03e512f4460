import { scaleLinear } from 'd3-scale';
import { round } from './numbers';
import { shorten } from './statements-timeline';

export interface VoiceCount {
  actor: string;
  article: string;
  mentions: number;
  statements: number;
}

export interface SourceVoices {
  width: number;
  height: number;
  columns: { article: string; label: string; x: number; width: number }[];
  rows: { actor: string; name: string; y: number }[];
  cells: { actor: string; article: string; x: number; y: number; barWidth: number; mentions: number; statements: number }[];
}

/**
 * Who speaks in which source: for the most-mentioned actors (rows) and each article (columns),
 * a bar as long as the mentions and the number of statements beside it. Position, not colour,
 * tells the outlets apart.
 */
export function sourceVoices(counts: readonly VoiceCount[], articles: readonly { slug: string; label: string }[], names: (actor: string) => string, top = 14, width = 760): SourceVoices {
  const totals = new Map<string, number>();
  for (const count of counts) totals.set(count.actor, (totals.get(count.actor) ?? 0) + count.mentions + count.statements * 3);
  const actors = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([actor]) => actor);
  const left = 240;
  const rowHeight = 22;
  const top0 = 40;
  const columnWidth = (width - left) / Math.max(1, articles.length);
  const max = Math.max(1, ...counts.filter((count) => actors.includes(count.actor)).map((count) => count.mentions));
  const bar = scaleLinear().domain([0, max]).range([0, columnWidth - 42]);
  const columns = articles.map((article, index) => ({ article: article.slug, label: article.label, x: round(left + index * columnWidth), width: round(columnWidth) }));
  const rows = actors.map((actor, index) => ({ actor, name: shorten(names(actor), 36), y: round(top0 + index * rowHeight + rowHeight / 2) }));
  const byCell = new Map(counts.map((entry) => [`${entry.actor}|${entry.article}`, entry]));
  const cells = rows.flatMap((row) =>
    columns.map((column) => {
      const count = byCell.get(`${row.actor}|${column.article}`);
      return { actor: row.actor, article: column.article, x: column.x + 4, y: row.y, barWidth: round(bar(count?.mentions ?? 0)), mentions: count?.mentions ?? 0, statements: count?.statements ?? 0 };
    }),
  );
  return { width, height: top0 + actors.length * rowHeight + 8, columns, rows, cells };
}
