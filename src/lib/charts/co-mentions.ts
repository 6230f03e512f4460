import { scaleSqrt } from 'd3-scale';
import { round } from './numbers';
import { labelBox, type Box, wrapText } from './text-metrics';

export interface CoMentionInput {
  /** The actors mentioned in each paragraph of the corpus. */
  paragraphs: readonly (readonly string[])[];
  names: (actor: string) => string;
}

export interface Network {
  width: number;
  height: number;
  layout: 'wide' | 'narrow';
  fontSize: number;
  /** One row per actor: its name (wrapped, never cut) to the left of its dot on the axis at `x`. */
  nodes: { id: string; name: string; lines: string[]; x: number; y: number; r: number; mentions: number; labelX: number; labelY: number }[];
  /** An arc to the right of the axis between two actors named in the same paragraphs. */
  links: { source: string; target: string; weight: number; d: string; strokeWidth: number }[];
  /** The box of every line of every label, as drawn: none overlaps another (the tests check). */
  labelBoxes: Box[];
  maxWeight: number;
  minWeight: number;
}

/**
 * The smallest number of shared paragraphs, from `minWeight` up, at which at most `maxLinks` pairs
 * remain: a large corpus links nearly every pair, and a diagram of them all says nothing (and
 * weighs much). Pairs of one weight are kept or left out together; the strongest are always kept.
 */
export function linkThreshold(weights: readonly number[], minWeight: number, maxLinks: number): number {
  const levels = [...new Set(weights.filter((weight) => weight >= minWeight))].sort((a, b) => a - b);
  return levels.find((level) => weights.filter((weight) => weight >= level).length <= maxLinks) ?? levels.at(-1) ?? minWeight;
}

/** Actors and the pairs of actors named together in at least `minWeight` paragraphs, raised so that at most `maxLinks` pairs remain; `minWeight` is the threshold kept. */
export function coMentionCounts(paragraphs: readonly (readonly string[])[], minWeight: number, maxNodes: number, maxLinks = Number.POSITIVE_INFINITY) {
  const mentions = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const actors of paragraphs) {
    const unique = [...new Set(actors)].sort();
    for (const actor of unique) mentions.set(actor, (mentions.get(actor) ?? 0) + 1);
    for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) pairs.set(`${unique[i]}|${unique[j]}`, (pairs.get(`${unique[i]}|${unique[j]}`) ?? 0) + 1);
  }
  const threshold = linkThreshold([...pairs.values()], minWeight, maxLinks);
  const kept = [...pairs].filter(([, weight]) => weight >= threshold);
  const linked = new Set(kept.flatMap(([key]) => key.split('|')));
  const ids = new Set([...linked].sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || a.localeCompare(b)).slice(0, maxNodes));
  const links = kept
    .map(([key, weight]) => ({ source: key.split('|')[0]!, target: key.split('|')[1]!, weight }))
    .filter((link) => ids.has(link.source) && ids.has(link.target))
    .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return { mentions, ids: [...ids], links, minWeight: threshold };
}

/**
 * Order for the arc diagram: the most-named actor first, then each time the actor most often named
 * with the one just placed (the most named among ties), so that strong pairs sit side by side and
 * their arcs stay short.
 */
export function arcOrder(ids: readonly string[], links: readonly { source: string; target: string; weight: number }[], mentions: ReadonlyMap<string, number>): string[] {
  const weight = (a: string, b: string) => links.find((link) => (link.source === a && link.target === b) || (link.source === b && link.target === a))?.weight ?? 0;
  const byMentions = (a: string, b: string) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || a.localeCompare(b);
  const left = [...ids].sort(byMentions);
  const order: string[] = [];
  while (left.length > 0) {
    const last = order.at(-1);
    let next = 0;
    if (last !== undefined) {
      let best = 0;
      left.forEach((id, index) => {
        const w = weight(last, id);
        if (w > best) [best, next] = [w, index];
      });
    }
    order.push(left.splice(next, 1)[0]!);
  }
  return order;
}

/**
 * Who is named with whom, as an arc diagram: actors on a vertical axis, one row each, their names
 * level and never overlapping; an arc between two actors named together in the same paragraphs,
 * as thick as those paragraphs are many; at most `maxNodes` actors and `maxLinks` arcs, the
 * strongest pairs (see `linkThreshold`). Nothing random: two builds draw the same picture.
 */
export function coMentionNetwork({ paragraphs, names }: CoMentionInput, options: { minWeight?: number; maxNodes?: number; maxLinks?: number; layout?: 'wide' | 'narrow'; width?: number } = {}): Network {
  const { maxNodes = 24, maxLinks = 60, layout = 'wide' } = options;
  const narrow = layout === 'narrow';
  const width = options.width ?? (narrow ? 300 : 760);
  const fontSize = narrow ? 13 : 12;
  const lineHeight = fontSize + 3;
  const axisX = narrow ? 158 : 300;
  const labelRight = axisX - 14;
  const { mentions, ids, links, minWeight } = coMentionCounts(paragraphs, options.minWeight ?? 2, maxNodes, maxLinks);
  const order = arcOrder(ids, links, mentions);
  const radius = scaleSqrt().domain([0, Math.max(1, ...ids.map((id) => mentions.get(id) ?? 0))]).range([2.5, narrow ? 8 : 10]);
  let cursor = 12;
  const nodes = order.map((id) => {
    const lines = wrapText(names(id), labelRight - 4, fontSize);
    const rowHeight = Math.max(narrow ? 26 : 24, lines.length * lineHeight + 8);
    const y = cursor + rowHeight / 2;
    cursor += rowHeight;
    // The label's lines centred on the row, the first baseline `labelY`.
    const labelY = y - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
    return { id, name: names(id), lines, x: axisX, y: round(y), r: round(radius(mentions.get(id) ?? 0)), mentions: mentions.get(id) ?? 0, labelX: labelRight, labelY: round(labelY) };
  });
  const at = new Map(nodes.map((node) => [node.id, node]));
  const maxWeight = Math.max(1, ...links.map((link) => link.weight));
  const maxBulge = width - axisX - 6;
  return {
    width,
    height: round(cursor + 12),
    layout,
    fontSize,
    nodes,
    links: links
      .map((link) => {
        const [a, b] = [at.get(link.source)!, at.get(link.target)!].sort((p, q) => p.y - q.y) as [Network['nodes'][number], Network['nodes'][number]];
        const ry = (b.y - a.y) / 2;
        const rx = Math.min(ry, maxBulge);
        return { ...link, d: `M${axisX},${a.y}A${round(rx)},${round(ry)} 0 0,1 ${axisX},${b.y}`, strokeWidth: round(1 + (5 * link.weight) / maxWeight) };
      })
      // Thick arcs under thin ones, so a thin arc is never hidden.
      .sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
    labelBoxes: nodes.flatMap((node) => node.lines.map((line, index) => labelBox(line, node.labelX, node.labelY + index * lineHeight, fontSize, 'end'))),
    maxWeight,
    minWeight,
  };
}
