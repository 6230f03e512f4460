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

export interface StatementsTimeline {
  width: number;
  height: number;
  margin: { left: number; top: number };
  rows: { speaker: string | null; name: string; y: number }[];
  columns: { date: string; label: string; x: number }[];
  marks: TimelineMark[];
}

export interface TimelineOptions {
  days: readonly string[];
  speakerName: (id: string | null) => string;
  /** Site path (with base) of a statement's passage. */
  href: (statement: StatementRecord) => string;
  width?: number;
  rowHeight?: number;
}

/**
 * Who spoke when: one row per speaker (first to speak on top), one column per day, one mark per
 * statement — a circle for a quotation, a square for reported speech — side by side within a cell.
 */
export function statementsTimeline(statements: readonly StatementRecord[], options: TimelineOptions): StatementsTimeline {
  const { days, speakerName, href, width = 760, rowHeight = 26 } = options;
  const margin = { left: 250, top: 28 };
  const dated = statements.filter((statement) => statement.date !== null && days.includes(statement.date));
  const speakers = [...new Set(dated.map((statement) => statement.speaker))].sort((a, b) => {
    const first = (id: string | null) => dated.filter((statement) => statement.speaker === id).map((statement) => statement.date!).sort()[0]!;
    return first(a).localeCompare(first(b)) || speakerName(a).localeCompare(speakerName(b), 'fr');
  });
  const x = scaleBand<string>().domain(days).range([margin.left, width - 8]).paddingInner(0.1);
  const y = scaleBand<string>().domain(speakers.map(String)).range([margin.top, margin.top + speakers.length * rowHeight]);
  const marks: TimelineMark[] = [];
  const perCell = new Map<string, number>();
  for (const statement of [...dated].sort((a, b) => a.id.localeCompare(b.id))) {
    const cell = `${statement.speaker}|${statement.date}`;
    const index = perCell.get(cell) ?? 0;
    perCell.set(cell, index + 1);
    const step = Math.min(9, x.bandwidth() / 4);
    marks.push({
      id: statement.id,
      x: round(x(statement.date!)! + 6 + (index % 4) * step),
      y: round(y(String(statement.speaker))! + rowHeight / 2 + Math.floor(index / 4) * 5 - (index >= 4 ? 2.5 : 0)),
      kind: statement.kind,
      href: href(statement),
      label: `${speakerName(statement.speaker)}, ${shortDay(statement.date!)} : « ${statement.quote.length > 90 ? `${statement.quote.slice(0, 90)}…` : statement.quote} »`,
    });
  }
  return {
    width,
    height: margin.top + speakers.length * rowHeight + 8,
    margin,
    rows: speakers.map((speaker) => ({ speaker, name: shorten(speakerName(speaker), 38), y: round(y(String(speaker))! + rowHeight / 2) })),
    columns: days.map((date, index) => ({ date, label: index === 0 || date.endsWith('-01') ? shortDay(date) : String(Number(date.slice(8))), x: round(x(date)! + x.bandwidth() / 2) })),
    marks,
  };
}

/** Long names cut with an ellipsis, so row labels stay inside the chart. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
