import { scaleLinear } from 'd3-scale';
import { round } from './numbers';
import type { SourceColumn } from './source-columns';
import { textWidth, wrapText } from './text-metrics';

export interface VoiceCount {
  actor: string;
  article: string;
  mentions: number;
  statements: number;
}

export interface SourceVoices {
  width: number;
  height: number;
  layout: 'wide' | 'narrow';
  fontSize: number;
  /** Wide: labels level, staggered when neighbours would touch; narrow: turned upright (`rotate`). */
  columns: { id: string; label: string; x: number; width: number; labelX: number; labelY: number; rotate: boolean; anchor: 'start' | 'end' }[];
  /** Wide: the name left of the bars; narrow: the name on its own lines above them. */
  rows: { actor: string; name: string; lines: string[]; y: number; labelX: number; labelY: number }[];
  /** Per actor and outlet: a solid bar for mentions (at y − 5), a hatched one for statements (at y + 5). */
  cells: { actor: string; column: string; x: number; y: number; barWidth: number; statementsWidth: number; mentions: number; statements: number }[];
  gridTop: number;
}

/**
 * Who is named, and who speaks, in which source: for the most-present actors (rows) and each
 * outlet (columns), a bar as long as the mentions and a hatched bar as long as the statements,
 * each with its number. Position, not colour, tells the outlets apart.
 */
export function sourceVoices(perArticle: readonly VoiceCount[], sources: readonly SourceColumn[], names: (actor: string) => string, top = 14, options: { layout?: 'wide' | 'narrow'; width?: number } = {}): SourceVoices {
  const layout = options.layout ?? 'wide';
  const narrow = layout === 'narrow';
  const width = options.width ?? (narrow ? 300 : 760);
  const fontSize = narrow ? 13 : 12;
  const lineHeight = fontSize + 3;
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
  const left = narrow ? 0 : 230;
  const columnWidth = (width - left - 2) / Math.max(1, sources.length);
  const staggered = !narrow && sources.some((source) => textWidth(source.label, fontSize, true) > columnWidth - 6);
  const gridTop = narrow ? Math.max(0, ...sources.map((source) => textWidth(source.label, fontSize, true))) + 14 : staggered ? 52 : 32;
  const kept = new Set(actors);
  const shown = counts.filter((count) => kept.has(count.actor));
  // Room for the number after the bar: "123" at the chart's type size.
  const barRoom = columnWidth - 8 - textWidth('000', fontSize) - 4;
  const mentionBar = scaleLinear().domain([0, Math.max(1, ...shown.map((count) => count.mentions))]).range([0, barRoom]);
  const statementBar = scaleLinear().domain([0, Math.max(1, ...shown.map((count) => count.statements))]).range([0, barRoom]);
  const columns = sources.map((source, index) => {
    const x = round(left + index * columnWidth);
    if (narrow) return { id: source.id, label: source.label, x, width: round(columnWidth), labelX: round(x + 4 + fontSize * 0.8), labelY: round(gridTop - 8), rotate: true, anchor: 'start' as const };
    // A label that would run past the right edge ends there instead.
    const overflows = x + 4 + textWidth(source.label, fontSize, true) > width - 2;
    return { id: source.id, label: source.label, x, width: round(columnWidth), labelX: round(overflows ? width - 2 : x + 4), labelY: staggered && index % 2 === 1 ? 42 : 20, rotate: false, anchor: overflows ? ('end' as const) : ('start' as const) };
  });
  let cursor = gridTop;
  const rows = actors.map((actor) => {
    const lines = narrow ? wrapText(names(actor), width - 4, fontSize) : wrapText(names(actor), left - 12, fontSize);
    const nameHeight = narrow ? lines.length * lineHeight : 0;
    const rowHeight = narrow ? nameHeight + 30 : Math.max(32, lines.length * lineHeight + 8);
    const y = cursor + nameHeight + (rowHeight - nameHeight) / 2;
    const row = { actor, name: names(actor), lines, y: round(y), labelX: narrow ? 2 : left - 8, labelY: round(narrow ? cursor + fontSize + 2 : y - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35) };
    cursor += rowHeight;
    return row;
  });
  const cells = rows.flatMap((row) =>
    columns.map((column) => {
      const count = byCell.get(`${row.actor}|${column.id}`);
      return { actor: row.actor, column: column.id, x: round(column.x + 4), y: row.y, barWidth: round(mentionBar(count?.mentions ?? 0)), statementsWidth: round(statementBar(count?.statements ?? 0)), mentions: count?.mentions ?? 0, statements: count?.statements ?? 0 };
    }),
  );
  return { width, height: round(cursor + 6), layout, fontSize, columns, rows, cells, gridTop: round(gridTop) };
}
