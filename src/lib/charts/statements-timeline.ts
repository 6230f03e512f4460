import { scaleBand } from 'd3-scale';
import type { StatementRecord } from '../exports/statements';
import { dayOfMonth, round, shortDay } from './numbers';
import { wrapText } from './text-metrics';
import { excerpt } from '../text/excerpt';

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
  /** `y` is the line the marks sit on; the name is written at `labelY` (narrow: above the marks, one line each). */
  rows: { speaker: string | null; name: string; lines: string[]; y: number; labelY: number }[];
  /** Each day's label; `month` under the first day of each month (narrow layout). */
  columns: { date: string; label: string; x: number; month?: string | undefined }[];
  /** Size of a mark, and of the type, in px of the picture. */
  markSize: number;
  fontSize: number;
  layout: 'wide' | 'narrow';
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
  /** 'narrow': for phones, 300 px across; each name on its own line above its marks, marks two by two. */
  layout?: 'wide' | 'narrow';
  /** Only these speakers' rows, in this order (a page or a summary of the timeline); by default every speaker, first to speak on top. */
  speakers?: readonly (string | null)[];
}

/** The statements dated on one of `days`. */
const datedOn = (statements: readonly StatementRecord[], days: readonly string[]) => {
  const inDays = new Set(days);
  return statements.filter((statement) => statement.date !== null && inDays.has(statement.date));
};

/** The speakers of the statements dated on `days`, in the timeline's order: first to speak on top, ties by name. */
export function timelineSpeakers(statements: readonly StatementRecord[], days: readonly string[], speakerName: (id: string | null) => string): (string | null)[] {
  const firstDay = new Map<string | null, string>();
  for (const { speaker, date } of datedOn(statements, days)) if (!firstDay.has(speaker) || date! < firstDay.get(speaker)!) firstDay.set(speaker, date!);
  return [...firstDay.keys()].sort((a, b) => firstDay.get(a)!.localeCompare(firstDay.get(b)!) || speakerName(a).localeCompare(speakerName(b), 'fr'));
}

/** Per speaker, the statements dated on `days` and what their row draws: a mark per statement of a cell of at most `marksPerCell`, one count per busier cell. */
export function timelineRowSizes(statements: readonly StatementRecord[], days: readonly string[], marksPerCell: number): Map<string | null, { statements: number; items: number }> {
  const cells = new Map<string, { speaker: string | null; count: number }>();
  for (const { speaker, date } of datedOn(statements, days)) {
    const key = `${speaker}|${date}`;
    cells.set(key, { speaker, count: (cells.get(key)?.count ?? 0) + 1 });
  }
  const sizes = new Map<string | null, { statements: number; items: number }>();
  for (const { speaker, count } of cells.values()) {
    const size = sizes.get(speaker) ?? { statements: 0, items: 0 };
    sizes.set(speaker, { statements: size.statements + count, items: size.items + (count > marksPerCell ? 1 : count) });
  }
  return sizes;
}

/**
 * Who spoke when: one row per speaker (first to speak on top), one column per day, one mark per
 * statement — a circle for a quotation, a square for reported speech — side by side within a cell.
 * A cell with more statements than `marksPerCell` shows their count instead, linking to the day,
 * so the chart stays readable (and light) however many articles the site holds.
 */
export function statementsTimeline(statements: readonly StatementRecord[], options: TimelineOptions): StatementsTimeline {
  const { days, speakerName, href, dayHref, marksPerCell = 4, layout = 'wide' } = options;
  const narrow = layout === 'narrow';
  const width = options.width ?? (narrow ? 300 : 760);
  const fontSize = narrow ? 13 : 12;
  const lineHeight = 16;
  const margin = narrow ? { left: 4, top: 40 } : { left: 250, top: 28 };
  const shown = options.speakers ? new Set(options.speakers) : undefined;
  const dated = datedOn(statements, days).filter((statement) => !shown || shown.has(statement.speaker));
  const speaking = new Set(dated.map((statement) => statement.speaker));
  const speakers = options.speakers ? options.speakers.filter((speaker) => speaking.has(speaker)) : timelineSpeakers(dated, days, speakerName);
  const x = scaleBand<string>().domain(days).range([margin.left, width - (narrow ? 2 : 8)]).paddingInner(narrow ? 0.06 : 0.1);
  // Narrow: a row is the name's lines, then a band of marks two by two; wide: one band, the name to its left.
  const markBand = narrow ? 24 : (options.rowHeight ?? 26);
  // Names are wrapped, never cut: narrow across the chart, wide within the left margin.
  const nameLines = new Map(speakers.map((speaker) => [speaker, wrapText(speakerName(speaker), narrow ? width - margin.left - 4 : margin.left - 16, fontSize)]));
  const rowTop = new Map<string | null, number>();
  const rowHeight = (speaker: string | null) => (narrow ? nameLines.get(speaker)!.length * lineHeight + markBand + 6 : Math.max(markBand, nameLines.get(speaker)!.length * (lineHeight - 1) + 8));
  let cursor = margin.top;
  for (const speaker of speakers) {
    rowTop.set(speaker, cursor);
    cursor += rowHeight(speaker);
  }
  const markY = (speaker: string | null) => rowTop.get(speaker)! + (narrow ? nameLines.get(speaker)!.length * lineHeight + markBand / 2 : rowHeight(speaker) / 2);
  const cells = new Map<string, StatementRecord[]>();
  for (const statement of [...dated].sort((a, b) => a.id.localeCompare(b.id))) {
    const cell = `${statement.speaker}|${statement.date}`;
    const group = cells.get(cell);
    if (group) group.push(statement);
    else cells.set(cell, [statement]);
  }
  const markSize = 9;
  const step = Math.min(10, x.bandwidth() / 4);
  const marks: TimelineMark[] = [];
  const clusters: TimelineCluster[] = [];
  for (const group of cells.values()) {
    const { speaker, date } = group[0]!;
    const rowY = markY(speaker);
    if (group.length > marksPerCell) {
      clusters.push({
        speaker,
        date: date!,
        x: round(x(date!)! + (narrow ? 0 : 2)),
        y: round(rowY),
        width: round(x.bandwidth() - (narrow ? 0 : 4)),
        count: group.length,
        href: dayHref(date!),
        label: `${speakerName(speaker)}, ${shortDay(date!)} : ${group.length} déclarations`,
      });
      continue;
    }
    group.forEach((statement, index) => {
      const center = x(date!)! + x.bandwidth() / 2;
      // Narrow: up to four marks in a two-by-two square centred in the day's column.
      const position = narrow
        ? { x: center + (group.length === 1 ? 0 : index % 2 === 0 ? -5 : 5), y: rowY + (group.length <= 2 ? 0 : index < 2 ? -5 : 5) }
        : { x: center + (index - (group.length - 1) / 2) * step, y: rowY };
      marks.push({
        id: statement.id,
        x: round(position.x),
        y: round(position.y),
        kind: statement.kind,
        href: href(statement),
        // French spacing around the quotation, never inside the quoted words.
        label: `${speakerName(speaker)}, ${shortDay(date!)}\u00a0: «\u00a0${excerpt(statement.quote, 90)}\u00a0»`,
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
    height: round(cursor + 8),
    margin,
    rows: speakers.map((speaker) => ({
      speaker,
      name: speakerName(speaker),
      lines: nameLines.get(speaker)!,
      y: round(markY(speaker)),
      labelY: round(narrow ? rowTop.get(speaker)! + fontSize : markY(speaker) + 4 - ((nameLines.get(speaker)!.length - 1) * (lineHeight - 1)) / 2),
    })),
    columns: days.map((date, index) => {
      const firstOfMonth = index === 0 || date.endsWith('-01');
      const month = shortDay(date).split('\u00a0')[1];
      return { date, label: narrow ? dayOfMonth(date) : firstOfMonth ? shortDay(date) : dayOfMonth(date), x: round(x(date)! + x.bandwidth() / 2), month: narrow && firstOfMonth ? month : undefined };
    }),
    markSize,
    fontSize,
    layout,
    marks,
    clusters,
    cells: counts,
    statementCount: dated.length,
  };
}
