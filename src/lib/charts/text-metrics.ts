/**
 * Text measured without a browser: the width a label takes in the charts' sans-serif (system-ui,
 * Roboto, Noto Sans, DejaVu Sans), from per-character advance widths in em, taken from DejaVu Sans,
 * the widest of them, so a label measured here never runs past its box on screen. Charts use it to wrap labels
 * and to check, at build time, that no two labels overlap.
 */
const narrow = new Set([...'iljtfrI.,;:!’\'`|()[] ·-']);
const wide = new Set([...'mwMW@%']);

/** Width in px of `text` set at `fontSize` px, bold or not. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (narrow.has(char)) em += 0.36;
    else if (wide.has(char)) em += 0.98;
    else if (/\p{Lu}/u.test(char)) em += 0.74;
    else if (/\d/.test(char)) em += 0.64;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.08 : 1);
}

/** `text` cut into lines no wider than `maxWidth`, at spaces (a word longer than a line stands alone). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box a label occupies, from its anchor point, as SVG places `text` (y is the baseline). */
export function labelBox(text: string, x: number, baseline: number, fontSize: number, anchor: 'start' | 'middle' | 'end' = 'start', bold = false): Box {
  const width = textWidth(text, fontSize, bold);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x: left, y: baseline - fontSize * 0.8, width, height: fontSize * 1.05 };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Pairs of boxes that overlap, by index: empty when every label stands clear. */
export function overlappingPairs(boxes: readonly Box[], gap = 0): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!, gap)) pairs.push([i, j]);
  return pairs;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether the segment passes through the box (Liang–Barsky clipping): a leader line must not cross a label. */
export function segmentCrossesBox(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, segment.x1 - box.x],
    [dx, box.x + box.width - segment.x1],
    [-dy, segment.y1 - box.y],
    [dy, box.y + box.height - segment.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  // Touching the box only at the segment's very end (where the leader meets its own label) does not count.
  return leave - enter > 1e-6 && enter < 1 - 1e-6;
}

