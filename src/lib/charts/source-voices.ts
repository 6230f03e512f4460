import { scaleLinear } from 'd3-scale';
import { round } from './numbers';
import type { SourceColumn } from './source-columns';
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
  columns: { id: string; label: string; x: number; width: number }[];
  rows: { actor: string; name: string; y: number }[];
  cells: { actor: string; column: string; x: number; y: number; barWidth: number; mentions: number; statements: number }[];
}

/**
 * Who speaks in which source: for the most-mentioned actors (rows) and each outlet (columns),
 * a bar as long as the mentions and the number of statements beside it. Position, not colour,
 * tells the outlets apart.
 */
export function sourceVoices(perArticle: readonly VoiceCount[], sources: readonly SourceColumn[], names: (actor: string) => string, top = 14, width = 760): SourceVoices {
  const columnOf = new Map(sources.flatMap((source) => source.articles.map((article) => [article, source.id] as const)));
  const byCell = new Map<string, { actor: string; column: string; mentions: number; statements: number }>();
  for (const count of perArticle) {
    const column = columnOf.get(count.article);
    if (column === undefined) continue;
    const key = `${count.actor}|${column}`;
    const cell = byCell.get(key) ?? { actor: count.actor, column, mentions: 0, statements: 0 };
    cell.mentions += count.mentions;
    cell.statements += count.statements;
    byCell.set(key, cell);
  }
  const counts = [...byCell.values()];
  const totals = new Map<string, number>();
  for (const count of counts) totals.set(count.actor, (totals.get(count.actor) ?? 0) + count.mentions + count.statements * 3);
  const actors = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([actor]) => actor);
  const left = 240;
  const rowHeight = 22;
  const top0 = 40;
  // Wide enough for an outlet's short name ("Mondialisation.ca") in 11 px bold; more outlets widen the chart.
  const columnWidth = Math.max(124, (width - left) / Math.max(1, sources.length));
  const chartWidth = round(left + columnWidth * Math.max(1, sources.length) + 12);
  const kept = new Set(actors);
  const max = Math.max(1, ...counts.filter((count) => kept.has(count.actor)).map((count) => count.mentions));
  const bar = scaleLinear().domain([0, max]).range([0, columnWidth - 42]);
  const columns = sources.map((source, index) => ({ id: source.id, label: source.label, x: round(left + index * columnWidth), width: round(columnWidth) }));
  const rows = actors.map((actor, index) => ({ actor, name: shorten(names(actor), 36), y: round(top0 + index * rowHeight + rowHeight / 2) }));
  const cells = rows.flatMap((row) =>
    columns.map((column) => {
      const count = byCell.get(`${row.actor}|${column.id}`);
      return { actor: row.actor, column: column.id, x: column.x + 4, y: row.y, barWidth: round(bar(count?.mentions ?? 0)), mentions: count?.mentions ?? 0, statements: count?.statements ?? 0 };
    }),
  );
  return { width: chartWidth, height: top0 + actors.length * rowHeight + 8, columns, rows, cells };
}
