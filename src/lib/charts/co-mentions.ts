import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import { scaleSqrt } from 'd3-scale';
import { round } from './numbers';

export interface CoMentionInput {
  /** The actors mentioned in each paragraph of the corpus. */
  paragraphs: readonly (readonly string[])[];
  names: (actor: string) => string;
}

export interface Network {
  width: number;
  height: number;
  nodes: { id: string; name: string; x: number; y: number; r: number; mentions: number }[];
  links: { source: string; target: string; weight: number; x1: number; y1: number; x2: number; y2: number; strokeWidth: number }[];
}

interface Node extends SimulationNodeDatum {
  id: string;
  mentions: number;
}

/**
 * Actors linked when mentioned in the same paragraph, weighted by how often. The force layout runs
 * at build time from fixed starting positions, a seeded random source and a fixed number of ticks,
 * so two builds draw the same network to the hundredth of a pixel.
 */
export function coMentionNetwork({ paragraphs, names }: CoMentionInput, options: { minWeight?: number; maxNodes?: number; width?: number; height?: number } = {}): Network {
  const { minWeight = 2, maxNodes = 24, width = 760, height = 520 } = options;
  const mentions = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const actors of paragraphs) {
    const unique = [...new Set(actors)].sort();
    for (const actor of unique) mentions.set(actor, (mentions.get(actor) ?? 0) + 1);
    for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) pairs.set(`${unique[i]}|${unique[j]}`, (pairs.get(`${unique[i]}|${unique[j]}`) ?? 0) + 1);
  }
  const kept = [...pairs].filter(([, weight]) => weight >= minWeight);
  const linked = new Set(kept.flatMap(([key]) => key.split('|')));
  const ids = [...linked].sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || a.localeCompare(b)).slice(0, maxNodes).sort();
  const nodes: Node[] = ids.map((id, index) => ({
    id,
    mentions: mentions.get(id) ?? 0,
    x: width / 2 + Math.cos((2 * Math.PI * index) / ids.length) * width * 0.3,
    y: height / 2 + Math.sin((2 * Math.PI * index) / ids.length) * height * 0.3,
  }));
  const links = kept
    .map(([key, weight]) => ({ source: key.split('|')[0]!, target: key.split('|')[1]!, weight }))
    .filter((link) => ids.includes(link.source) && ids.includes(link.target));
  const radius = scaleSqrt().domain([0, Math.max(1, ...nodes.map((node) => node.mentions))]).range([4, 18]);
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(0.4242))
    .force('link', forceLink<Node, SimulationLinkDatum<Node> & { weight: number }>(links.map((link) => ({ ...link }))).id((node) => node.id).distance(90).strength((link) => Math.min(1, 0.1 + link.weight / 10)))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide<Node>().radius((node) => radius(node.mentions) + 28))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  simulation.tick(300);
  const margin = 60;
  const clampX = (value: number) => Math.max(margin, Math.min(width - margin, value));
  const clampY = (value: number) => Math.max(24, Math.min(height - 24, value));
  const position = new Map(nodes.map((node) => [node.id, { x: round(clampX(node.x!)), y: round(clampY(node.y!)) }]));
  const maxWeight = Math.max(1, ...links.map((link) => link.weight));
  return {
    width,
    height,
    nodes: nodes.map((node) => ({ id: node.id, name: names(node.id), ...position.get(node.id)!, r: round(radius(node.mentions)), mentions: node.mentions })),
    links: links
      .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
      .map((link) => ({
        ...link,
        x1: position.get(link.source)!.x,
        y1: position.get(link.source)!.y,
        x2: position.get(link.target)!.x,
        y2: position.get(link.target)!.y,
        strokeWidth: round(1 + (4 * link.weight) / maxWeight),
      })),
  };
}
