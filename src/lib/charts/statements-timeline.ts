import { scaleBand } from 'd3-scale';
import type { StatementRecord } from '../exports/statements';
import { round, shortDay } from './numbers';

export interface TimelineMark {
  id: string;
  x: number;
  y: number;
  kind: 'direct' | 'reported';
  /** Site path of the highlighted quote. */
  href: string;
  label: string;
}

/** A cell with more statements than fit side by side: one mark with the count. */
export interface TimelineCluster {
  speaker: string | null;
  date: string;
  x: number;
  y: number;
  width: number;
  count: number;
  /** Site path of the day's statements. */
  href: string;
  label: string;
}

export interface StatementsTimeline {
  width: number;
  height: number;
  margin: { left: number; top: number };
  rows: { speaker: string | null; name: string; y: number }[];
  columns: { date: string; label: string; x: number }[];
  marks: TimelineMark[];
  clusters: TimelineCluster[];
  /** Statements per speaker and day, in row then day order: the data table once cells are crowded. */
  cells: { speaker: string | null; date: string; count: number; href: string }[];
  /** Every statement drawn, as a mark or inside a cluster. */
  statementCount: number;
}

export interface TimelineOptions {
  days: readonly string[];
  speakerName: (id: string | null) => string;
  /** Site path (with base) of a statement's passage. */
  href: (statement: StatementRecord) => string;
  /** Site path (with base) of a day's statements, where a crowded cell links. */
  dayHref: (date: string) => string;
  /** Most marks a cell shows one by one; a cell with more becomes a cluster. */
  marksPerCell?: number;
  width?: number;
  rowHeight?: number;
}

/**
 * Who spoke when: one row per speaker (first to speak on top), one column per day, one mark per
 * statement — a circle for a quotation, a square for reported speech — side by side within a cell.
 * A cell with more statements than `marksPerCell` shows their count instead, linking to the day,
 * so the chart stays readable (and light) however many articles the site holds.
 */
export function statementsTimeline(statements: readonly StatementRecord[], options: TimelineOptions): StatementsTimeline {
  const { days, speakerName, href, dayHref, marksPerCell = 4, width = 760, rowHeight = 26 } = options;
  const margin = { left: 250, top: 28 };
  const dated = statements.filter((statement) => statement.date !== null && days.includes(statement.date));
  const firstDay = new Map<string | null, string>();
  for (const { speaker, date } of dated) if (!firstDay.has(speaker) || date! < firstDay.get(speaker)!) firstDay.set(speaker, date!);
  const speakers = [...firstDay.keys()].sort((a, b) => firstDay.get(a)!.localeCompare(firstDay.get(b)!) || speakerName(a).localeCompare(speakerName(b), 'fr'));
  const x = scaleBand<string>().domain(days).range([margin.left, width - 8]).paddingInner(0.1);
  const y = scaleBand<string>().domain(speakers.map(String)).range([margin.top, margin.top + speakers.length * rowHeight]);
  const cells = new Map<string, StatementRecord[]>();
  for (const statement of [...dated].sort((a, b) => a.id.localeCompare(b.id))) {
    const cell = `${statement.speaker}|${statement.date}`;
    const group = cells.get(cell);
    if (group) group.push(statement);
    else cells.set(cell, [statement]);
  }
  const step = Math.min(9, x.bandwidth() / 4);
  const marks: TimelineMark[] = [];
  const clusters: TimelineCluster[] = [];
  for (const group of cells.values()) {
    const { speaker, date } = group[0]!;
    const rowY = y(String(speaker))! + rowHeight / 2;
    if (group.length > marksPerCell) {
      clusters.push({
        speaker,
        date: date!,
        x: round(x(date!)! + 2),
        y: round(rowY),
        width: round(x.bandwidth() - 4),
        count: group.length,
        href: dayHref(date!),
        label: `${speakerName(speaker)}, ${shortDay(date!)} : ${group.length} déclarations`,
      });
      continue;
    }
    group.forEach((statement, index) => {
      marks.push({
        id: statement.id,
        x: round(x(date!)! + 6 + index * step),
        y: round(rowY),
        kind: statement.kind,
        href: href(statement),
        // French spacing around the quotation, never inside the quoted words.
        label: `${speakerName(speaker)}, ${shortDay(date!)}\u00a0: «\u00a0${statement.quote.length > 90 ? `${statement.quote.slice(0, 90)}…` : statement.quote}\u00a0»`,
      });
    });
  }
  marks.sort((a, b) => a.id.localeCompare(b.id));
  const rowOf = new Map(speakers.map((speaker, index) => [speaker, index]));
  const counts = [...cells.values()]
    .map((group) => ({ speaker: group[0]!.speaker, date: group[0]!.date!, count: group.length, href: dayHref(group[0]!.date!) }))
    .sort((a, b) => rowOf.get(a.speaker)! - rowOf.get(b.speaker)! || a.date.localeCompare(b.date));
  return {
    width,
    height: margin.top + speakers.length * rowHeight + 8,
    margin,
    rows: speakers.map((speaker) => ({ speaker, name: shorten(speakerName(speaker), 38), y: round(y(String(speaker))! + rowHeight / 2) })),
    columns: days.map((date, index) => ({ date, label: index === 0 || date.endsWith('-01') ? shortDay(date) : String(Number(date.slice(8))), x: round(x(date)! + x.bandwidth() / 2) })),
    marks,
    clusters,
    cells: counts,
    statementCount: dated.length,
  };
}

/** Long names cut with an ellipsis, so row labels stay inside the chart. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
