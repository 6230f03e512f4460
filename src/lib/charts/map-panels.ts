import type { ChronologyEvent } from '../chronology/chronology';
import { controlByDay, type ControlStatus, type PlacedPoint, type PlaceStatus } from './map';
import { round } from './numbers';
import type { Box } from './text-metrics';

/** A mark of a small day map: one place, or several too close to tell apart at that size, drawn once. */
export interface PanelMark {
  ids: string[];
  names: string[];
  status: ControlStatus;
  x: number;
  y: number;
  size: number;
}

const statusRank: Record<ControlStatus, number> = { changed: 0, disputed: 1, unchanged: 2 };

/** The square a mark covers. */
export function markBox(mark: Pick<PanelMark, 'x' | 'y' | 'size'>): Box {
  return { x: mark.x - mark.size / 2, y: mark.y - mark.size / 2, width: mark.size, height: mark.size };
}

/**
 * The marks of one small map of the day-by-day series. Drawn a quarter of their size, the towns of
 * the Hama–Homs corridor would pile into one blot of overlapping symbols: marks that would overlap
 * are drawn as one, at their centre, with the most telling status among them (a change of hands
 * outweighs a disputed report, which outweighs none), until no two marks overlap. The names of
 * what changed on the day are written under the map (`changesOn`).
 */
export function panelMarks(points: readonly PlacedPoint[], statuses: readonly PlaceStatus[], sizes: Record<ControlStatus, number>): PanelMark[] {
  const statusOf = (id: string) => statuses.find((status) => status.id === id)?.status ?? 'unchanged';
  let marks: PanelMark[] = points.map((point) => ({ ids: [point.id], names: [point.name], status: statusOf(point.id), x: point.x, y: point.y, size: sizes[statusOf(point.id)] }));
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const [a, b] = [marks[i]!, marks[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) >= (a.size + b.size) / 2) continue;
        const count = a.ids.length + b.ids.length;
        const status = statusRank[a.status] <= statusRank[b.status] ? a.status : b.status;
        const union: PanelMark = {
          ids: [...a.ids, ...b.ids],
          names: [...a.names, ...b.names],
          status,
          x: round((a.x * a.ids.length + b.x * b.ids.length) / count),
          y: round((a.y * a.ids.length + b.y * b.ids.length) / count),
          size: sizes[status],
        };
        marks = [...marks.slice(0, i), union, ...marks.slice(i + 1, j), ...marks.slice(j + 1)];
        merged = true;
        break outer;
      }
    }
  }
  return marks.sort((a, b) => statusRank[b.status] - statusRank[a.status] || a.ids[0]!.localeCompare(b.ids[0]!));
}

/** The places whose status on the day differs from the day before, most telling first: what the day changed. */
export function changesOn(statuses: readonly PlaceStatus[], before: readonly PlaceStatus[]): PlaceStatus[] {
  const previous = new Map(before.map((status) => [status.id, status.status]));
  return statuses.filter((status) => status.status !== (previous.get(status.id) ?? 'unchanged')).sort((a, b) => statusRank[a.status] - statusRank[b.status] || a.id.localeCompare(b.id));
}

/** One small map per day: its marks, and what changed since the day before (for the first day, since the eve of the period). */
export function dayMapSeries(events: readonly ChronologyEvent[], points: readonly PlacedPoint[], days: readonly string[], sizes: Record<ControlStatus, number>) {
  const ids = points.map((point) => point.id);
  let before = days[0] ? controlByDay(events, ids, dayBefore(days[0])) : [];
  return days.map((day) => {
    const statuses = controlByDay(events, ids, day);
    const changes = changesOn(statuses, before);
    before = statuses;
    return { day, statuses, changes, marks: panelMarks(points, statuses, sizes) };
  });
}

function dayBefore(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

