import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../../src/lib/chronology/chronology';
import { baseMap, controlByDay, mapPlacesOf, placePoints } from '../../../src/lib/charts/map';
import { mapLayout } from '../../../src/lib/charts/map-layout';
import { overlappingPairs, overlaps, segmentCrossesBox } from '../../../src/lib/charts/text-metrics';
import { daysBetweenInclusive, period } from '../../../src/lib/chronology/period';
import { realProject } from '../../helpers/project';

/** The day map of the real content, as the site draws it on a wide screen and on a phone: every place named, no label over another. */
const { project } = realProject();
const places = mapPlacesOf(project.places.values());
const events = [...project.events.values()].map((entry) => ({ id: entry.id, data: entry.data, claims: [], sources: [] }) as ChronologyEvent);
const layouts = [
  { layout: 'wide', width: 560, height: 440, inset: 'right', fontSize: 12 },
  { layout: 'narrow', width: 300, height: 236, inset: 'below', fontSize: 13 },
] as const;

describe.each(layouts)('the $layout day map of the real places', ({ width, height, inset, fontSize }) => {
  it.each(daysBetweenInclusive(period.start, period.end))('on %s names every marked place beside its mark, no label over a label, a mark or a leader line', (day) => {
    const map = baseMap(width, height);
    const points = placePoints(map, places);
    const layout = mapLayout(map, points, controlByDay(events, points.map((point) => point.id), day), { fontSize, markSize: 10, inset });
    expect(layout.keyed).toEqual([]);
    expect(layout.marks.flatMap((mark) => mark.names).sort()).toEqual(points.map((point) => point.name).sort());
    const labels = layout.marks.map((mark) => mark.label.box);
    expect(overlappingPairs(labels)).toEqual([]);
    const markBoxes = layout.marks.map((mark) => ({ x: mark.x - layout.markSize / 2, y: mark.y - layout.markSize / 2, width: layout.markSize, height: layout.markSize }));
    for (const [index, label] of labels.entries()) {
      expect(markBoxes.filter((mark) => overlaps(label, mark)), layout.marks[index]!.label.text).toEqual([]);
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width).toBeLessThanOrEqual(layout.width);
    }
    const leaders = layout.marks.flatMap((mark) => (mark.label.leader ? [{ leader: mark.label.leader, own: mark }] : []));
    for (const { leader, own } of leaders) {
      const crossed = layout.marks.filter((mark) => mark !== own && segmentCrossesBox(leader, mark.label.box)).map((mark) => mark.label.text);
      expect(crossed, own.label.text).toEqual([]);
    }
  });
});

describe('segmentCrossesBox(segment, box)', () => {
  const box = { x: 10, y: 10, width: 20, height: 10 };
  it('sees a segment through the box, and not one that passes by or only touches it at its end', () => {
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 40, y2: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 40, y2: 5 }, box)).toBe(false);
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 10, y2: 15 }, box)).toBe(false);
  });
});
