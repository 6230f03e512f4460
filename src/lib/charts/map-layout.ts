import { geoMercator } from 'd3-geo';
import type { BaseMap, ControlStatus, PlacedPoint, PlaceStatus } from './map';
import { round } from './numbers';
import { labelBox, overlaps, segmentCrossesBox, type Box, type Segment } from './text-metrics';

/** A mark on the map: one or more places at the same spot, drawn once. */
export interface MapMark {
  ids: string[];
  names: string[];
  status: ControlStatus;
  x: number;
  y: number;
  /** In the inset (the crowded corridor drawn larger), not on the main map. */
  inset: boolean;
  /** The label as drawn: the names, or a number keyed to the list beside the map; a leader line joins it to a mark it had to stand away from. */
  label: { text: string; key?: number | undefined; x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box; leader?: Segment | undefined };
}

export interface MapLayout {
  /** The whole picture: the map and, beside or under it, the inset. */
  width: number;
  height: number;
  marks: MapMark[];
  /** Where the crowded places are drawn larger, and the area of the main map they come from. */
  inset?: { x: number; y: number; width: number; height: number; source: Box; title: string; titleBox: Box } | undefined;
  /** Places labelled by a number, for the list beside the map. */
  keyed: { key: number; names: string[]; status: ControlStatus }[];
  markSize: number;
  fontSize: number;
}

const statusRank: Record<ControlStatus, number> = { changed: 0, disputed: 1, unchanged: 2 };

/**
 * Every marked place gets a label that overlaps no other label, no mark and no country name, or,
 * where none fits, a number keyed to a list beside the map. Places too close to tell apart at the
 * map's scale (the Hama–Homs corridor) are drawn again, larger, in an inset in an empty corner;
 * places at the very same spot share one mark and one label.
 */
export function mapLayout(map: BaseMap, points: readonly PlacedPoint[], statuses: readonly PlaceStatus[], options: { fontSize: number; markSize: number; inset?: 'right' | 'below' | 'none' }): MapLayout {
  const { fontSize, markSize } = options;
  const statusOf = (id: string) => statuses.find((status) => status.id === id)?.status ?? 'unchanged';
  // Places at the same spot: one mark, the most telling status, every name.
  const groups: { ids: string[]; names: string[]; status: ControlStatus; x: number; y: number; labelled: boolean; longitude: number; latitude: number }[] = [];
  for (const point of [...points].sort((a, b) => Number(b.labelled) - Number(a.labelled) || a.id.localeCompare(b.id))) {
    const same = groups.find((group) => Math.hypot(group.x - point.x, group.y - point.y) < 1.5);
    if (same) {
      same.ids.push(point.id);
      same.names.push(point.name);
      if (statusRank[statusOf(point.id)] < statusRank[same.status]) same.status = statusOf(point.id);
    } else groups.push({ ids: [point.id], names: [point.name], status: statusOf(point.id), x: point.x, y: point.y, labelled: point.labelled, longitude: point.longitude, latitude: point.latitude });
  }
  // Crowded: marks closer than about two marks apart, chained; the largest chain goes to the inset.
  const near = markSize * 1.6;
  const parent = groups.map((_, index) => index);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  groups.forEach((a, i) => groups.forEach((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < near && (parent[find(j)] = find(i))));
  const chains = new Map<number, number[]>();
  groups.forEach((_, index) => chains.set(find(index), [...(chains.get(find(index)) ?? []), index]));
  const crowded = [...chains.values()].filter((chain) => chain.length >= 3).sort((a, b) => b.length - a.length)[0] ?? [];
  let inset: MapLayout['inset'];
  const insetMembers = new Set<number>();
  if (options.inset !== 'none' && crowded.length > 0) {
    // Beside the map (wide screens) or under it (phones), so it hides nothing.
    const free =
      options.inset === 'below'
        ? { x: 0, y: map.height + 10, width: map.width, height: Math.round(map.width * 0.8) }
        : { x: map.width + 12, y: 0, width: Math.round(map.width * 0.4), height: map.height };
    const members = crowded.map((index) => groups[index]!);
    const xs = members.map((group) => group.x);
    const ys = members.map((group) => group.y);
    const pad = markSize * 0.8;
    const source = { x: Math.min(...xs) - pad, y: Math.min(...ys) - pad, width: Math.max(...xs) - Math.min(...xs) + pad * 2, height: Math.max(...ys) - Math.min(...ys) + pad * 2 };
    // The inset's own projection: the crowded places in a band down its middle, their names either side.
    const band = options.inset === 'below' ? 0.18 : 0.08;
    const projection = geoMercator().fitExtent(
      [
        [free.x + free.width * (0.5 - band), free.y + markSize + 22],
        [free.x + free.width * (0.5 + band), free.y + free.height - markSize - 8],
      ],
      { type: 'MultiPoint', coordinates: members.map((group) => [group.longitude, group.latitude]) },
    );
    crowded.forEach((index) => {
      const group = groups[index]!;
      const [x, y] = projection([group.longitude, group.latitude])!;
      group.x = round(x);
      group.y = round(y);
      insetMembers.add(index);
    });
    // Named after its northernmost and southernmost towns, cities first.
    const towns = members.filter((group) => group.labelled).length >= 2 ? members.filter((group) => group.labelled) : members;
    const north = [...towns].sort((a, b) => a.y - b.y)[0]!;
    const south = [...towns].sort((a, b) => b.y - a.y)[0]!;
    const title = `Agrandi : de ${north.names[0]} à ${south.names[0]}`.replace(/ :/, '\u202f:').replace(/de ([AEIOUÉ])/u, 'd’$1');
    inset = { title, titleBox: labelBox(title, free.x + 6, free.y + 16, fontSize), x: round(free.x), y: round(free.y), width: free.width, height: free.height, source: { x: round(source.x), y: round(source.y), width: round(source.width), height: round(source.height) } };
  }
  // Marks still closer than a mark apart (two towns a few kilometres apart) are pushed apart just
  // enough to be told apart, each by half the overlap, along the line between them.
  for (let pass = 0; pass < 20; pass++) {
    let moved = false;
    groups.forEach((a, i) =>
      groups.forEach((b, j) => {
        if (j <= i || insetMembers.has(i) !== insetMembers.has(j)) return;
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        if (distance >= markSize * 1.05) return;
        const [ux, uy] = distance > 0 ? [(b.x - a.x) / distance, (b.y - a.y) / distance] : [0, 1];
        const push = (markSize * 1.05 - distance) / 2 + 0.01;
        a.x = round(a.x - ux * push);
        a.y = round(a.y - uy * push);
        b.x = round(b.x + ux * push);
        b.y = round(b.y + uy * push);
        moved = true;
      }),
    );
    if (!moved) break;
  }
  // Labels: the places that changed hands first, then cities, each at the first free spot around its mark.
  const order = groups.map((_, index) => index).sort((a, b) => statusRank[groups[a]!.status] - statusRank[groups[b]!.status] || Number(groups[b]!.labelled) - Number(groups[a]!.labelled) || groups[a]!.ids[0]!.localeCompare(groups[b]!.ids[0]!));
  const markBox = (group: (typeof groups)[number]) => ({ x: group.x - markSize * 0.6, y: group.y - markSize * 0.65, width: markSize * 1.2, height: markSize * 1.3 });
  const obstacles: Box[] = [...groups.map(markBox), ...map.labels.map((label) => labelBox(label.name, label.x, label.y, fontSize * 1.15, 'middle'))];
  const insetBox = inset ? { x: inset.x, y: inset.y, width: inset.width, height: inset.height } : undefined;
  const placed: Box[] = inset ? [inset.titleBox] : [];
  const fits = (box: Box, inInset: boolean) => {
    const area = inInset && insetBox ? insetBox : { x: 0, y: 0, width: map.width, height: map.height };
    if (box.x < area.x + 2 || box.y < area.y + 2 || box.x + box.width > area.x + area.width - 2 || box.y + box.height > area.y + area.height - 2) return false;
    if (!inInset && insetBox && overlaps(box, insetBox, 2)) return false;
    if (!inInset && inset && overlaps(box, inset.source, 1)) return false;
    return [...obstacles, ...placed].every((other) => !overlaps(box, other, 1));
  };
  // Around the mark first; then, where the neighbourhood is full (the coast of a phone-sized map),
  // farther out on rings in twelve directions, the label joined to its mark by a leader line.
  const candidates = (group: (typeof groups)[number], text: string) => {
    const gap = markSize * 0.6 + 3;
    const base = group.y + fontSize * 0.35;
    const near = [
      { x: group.x + gap, y: base, anchor: 'start' as const },
      { x: group.x - gap, y: base, anchor: 'end' as const },
      { x: group.x, y: group.y - gap - 2, anchor: 'middle' as const },
      { x: group.x, y: group.y + gap + fontSize * 0.8, anchor: 'middle' as const },
      { x: group.x + gap - 2, y: group.y - gap, anchor: 'start' as const },
      { x: group.x + gap - 2, y: group.y + gap + fontSize * 0.6, anchor: 'start' as const },
      { x: group.x - gap + 2, y: group.y - gap, anchor: 'end' as const },
      { x: group.x - gap + 2, y: group.y + gap + fontSize * 0.6, anchor: 'end' as const },
    ].map((spot) => ({ ...spot, leader: undefined as Segment | undefined }));
    const far = [2, 3, 4, 5, 6, 7, 8].flatMap((ring) =>
      Array.from({ length: 12 }, (_, step) => {
        const angle = (step * Math.PI) / 6;
        const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
        const x = group.x + dx * gap * ring;
        const y = group.y + dy * gap * ring + fontSize * 0.35;
        // The label leans away from its mark, or centres on the spot when above or below it.
        const lean = dx > 0.3 ? ('start' as const) : dx < -0.3 ? ('end' as const) : ('middle' as const);
        return (['start', 'middle', 'end'] as const).map((anchor) => ({ x, y, anchor, rank: anchor === lean ? 0 : 1 }));
      }).flat(),
    ).sort((a, b) => a.rank - b.rank);
    return [
      ...near.map((spot) => ({ ...spot, text, box: labelBox(text, spot.x, spot.y, fontSize, spot.anchor) })),
      ...far.map((spot) => {
        const box = labelBox(text, spot.x, spot.y, fontSize, spot.anchor);
        return { ...spot, text, box, leader: leaderTo(group, box, markSize * 0.7) };
      }),
    ];
  };
  const leaders: Segment[] = [];
  const clear = (candidate: { box: Box; leader: Segment | undefined }, inInset: boolean, own: (typeof groups)[number]) =>
    fits(candidate.box, inInset) &&
    leaders.every((leader) => !segmentCrossesBox(leader, candidate.box)) &&
    (!candidate.leader || [...placed, ...groups.filter((other) => other !== own).map(markBox), ...map.labels.map((label) => labelBox(label.name, label.x, label.y, fontSize * 1.15, 'middle'))].every((box) => !segmentCrossesBox(candidate.leader!, box)));
  // Greedy, in `order`; the labels that found no room go first in the next attempt (a crowded
  // corner is solved by placing its hardest name before its easy neighbours).
  const attempt = (sequence: number[]) => {
    placed.length = 0;
    if (inset) placed.push(inset.titleBox);
    leaders.length = 0;
    const marks: MapMark[] = [];
    const keyed: MapLayout['keyed'] = [];
    const unplaced: number[] = [];
    for (const index of sequence) {
      const group = groups[index]!;
      const inInset = insetMembers.has(index);
      const name = group.names.join(', ');
      let spot = candidates(group, name).find((candidate) => clear(candidate, inInset, group));
      let key: number | undefined;
      if (!spot) {
        key = keyed.length + 1;
        const keySpots = candidates(group, String(key));
        spot = keySpots.find((candidate) => clear(candidate, inInset, group)) ?? keySpots[0]!;
        keyed.push({ key, names: group.names, status: group.status });
        unplaced.push(index);
      }
      placed.push(spot.box);
      if (spot.leader) leaders.push(spot.leader);
      marks.push({ ids: group.ids, names: group.names, status: group.status, x: group.x, y: group.y, inset: inInset, label: { text: spot.text, key, x: round(spot.x), y: round(spot.y), anchor: spot.anchor, box: spot.box, leader: spot.leader } });
    }
    return { marks, keyed, unplaced };
  };
  let best = attempt(order);
  const hard: number[] = [];
  for (let last = best, tries = 0; last.unplaced.length > 0 && best.unplaced.length > 0 && tries < 8; tries++) {
    hard.push(...last.unplaced.filter((index) => !hard.includes(index)));
    last = attempt([...hard, ...order.filter((index) => !hard.includes(index))]);
    if (last.unplaced.length < best.unplaced.length) best = last;
  }
  const { marks, keyed } = best;
  marks.sort((a, b) => a.ids[0]!.localeCompare(b.ids[0]!));
  return { width: inset ? Math.max(map.width, inset.x + inset.width) : map.width, height: inset ? Math.max(map.height, inset.y + inset.height) : map.height, marks, inset, keyed, markSize, fontSize };
}

/** A leader line from the edge of a mark (`radius` from its centre) to the nearest point of its label's box. */
function leaderTo(mark: { x: number; y: number }, box: Box, radius: number): Segment {
  const x = Math.min(Math.max(mark.x, box.x), box.x + box.width);
  const y = Math.min(Math.max(mark.y, box.y), box.y + box.height);
  const length = Math.hypot(x - mark.x, y - mark.y) || 1;
  return { x1: round(mark.x + ((x - mark.x) / length) * radius), y1: round(mark.y + ((y - mark.y) / length) * radius), x2: round(x), y2: round(y) };
}

