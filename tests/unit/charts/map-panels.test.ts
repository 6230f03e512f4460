import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../../src/lib/chronology/chronology';
import { baseMap, mapPlacesOf, placePoints, type ControlStatus } from '../../../src/lib/charts/map';
import { changesOn, dayMapSeries, markBox, panelMarks } from '../../../src/lib/charts/map-panels';
import { overlappingPairs } from '../../../src/lib/charts/text-metrics';
import { daysBetweenInclusive, period } from '../../../src/lib/chronology/period';
import { realProject } from '../../helpers/project';

const { project } = realProject();
const map = baseMap();
const points = placePoints(map, mapPlacesOf(project.places.values()));
const events = [...project.events.values()].map((entry) => ({ id: entry.id, data: entry.data, claims: [], sources: [] }) as ChronologyEvent);
const sizes = { unchanged: 16, disputed: 26, changed: 26 };
const rank: Record<ControlStatus, number> = { changed: 0, disputed: 1, unchanged: 2 };

describe('the small day maps of the real places', () => {
  const series = dayMapSeries(events, points, daysBetweenInclusive(period.start, period.end), sizes);

  it.each(series.map((panel) => [panel.day, panel] as const))('on %s: no two marks overlap, every place is in one mark, with the most telling status of its places', (_, panel) => {
    expect(overlappingPairs(panel.marks.map(markBox))).toEqual([]);
    expect(panel.marks.flatMap((mark) => mark.ids).sort()).toEqual(points.map((point) => point.id).sort());
    for (const mark of panel.marks) {
      const statuses = mark.ids.map((id) => panel.statuses.find((status) => status.id === id)!.status);
      expect(mark.status).toBe([...statuses].sort((a, b) => rank[a] - rank[b])[0]);
      expect(mark.size).toBe(sizes[mark.status]);
    }
  });

  it('draws the Hama–Homs corridor as fewer marks than places, and keeps Damascus apart', () => {
    const last = series.at(-1)!;
    const corridor = ['rastan', 'talbisseh', 'homs', 'autoroute-m5'];
    expect(new Set(corridor.map((id) => last.marks.findIndex((mark) => mark.ids.includes(id)))).size).toBeLessThan(corridor.length);
    expect(last.marks.find((mark) => mark.ids.includes('damas'))!.ids.some((id) => corridor.includes(id))).toBe(false);
  });

  it('names under each map what the day changed, each place once over the series', () => {
    const changed = series.flatMap((panel) => panel.changes.filter((change) => change.status === 'changed').map((change) => change.id));
    expect(new Set(changed).size).toBe(changed.length);
    expect(series.find((panel) => panel.changes.some((change) => change.id === 'hama'))?.day).toBe('2024-12-05');
  });
});

describe('panelMarks(points, statuses, sizes)', () => {
  it('leaves apart marks that do not touch, and merges a chain that does, at its centre', () => {
    const point = (id: string, x: number) => ({ id, name: id, latitude: 0, longitude: 0, labelled: false, x, y: 10 });
    const marks = panelMarks([point('a', 0), point('b', 10), point('c', 20), point('d', 100)], [{ id: 'b', status: 'changed' }], sizes);
    expect(marks.map((mark) => [mark.ids, mark.status, mark.x])).toEqual([
      [['d'], 'unchanged', 100],
      [['a', 'b', 'c'], 'changed', 10],
    ]);
  });
});

describe('changesOn(statuses, before)', () => {
  it('lists the places whose status moved, the changes of hands first', () => {
    const before = [{ id: 'a', status: 'unchanged' as const }, { id: 'b', status: 'disputed' as const }];
    expect(changesOn([{ id: 'a', status: 'disputed' }, { id: 'b', status: 'changed' }, { id: 'c', status: 'unchanged' }], before).map((change) => change.id)).toEqual(['b', 'a']);
  });
});
