/** Self time per function from a V8 `.cpuprofile` (what `node --cpu-prof` writes). */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas?: number[];
}

export interface FunctionTime {
  /** "name url:line" (line 1-based). */
  location: string;
  functionName: string;
  url: string;
  line: number;
  selfMs: number;
  /** Share of the profile's sampled time. */
  share: number;
}

function frame(node: CpuProfileNode): Omit<FunctionTime, 'selfMs' | 'share'> {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  const line = lineNumber + 1;
  return { location: `${name} ${url || '(native)'}${url ? `:${line}` : ''}`, functionName: name, url, line };
}

/**
 * Calls `add` once per sample with the sample's node and its duration in ms: a sample's delta
 * is the time since the previous one, so each sample lasts until the next.
 */
function eachSample(profile: CpuProfile, add: (node: CpuProfileNode, ms: number) => void): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    const node = nodes.get(id);
    if (node) add(node, (deltas[index + 1] ?? 0) / 1000);
  });
}

function ranked(totals: Map<string, Omit<FunctionTime, 'share'>>, all: number): FunctionTime[] {
  return [...totals.values()].map((entry) => ({ ...entry, share: all === 0 ? 0 : entry.selfMs / all })).sort((a, b) => b.selfMs - a.selfMs);
}

/**
 * Adds up the time of the samples that stopped in each function (its self time), merging the
 * nodes of one function reached by different call paths, largest first.
 */
export function selfTimes(profiles: readonly CpuProfile[]): FunctionTime[] {
  const totals = new Map<string, Omit<FunctionTime, 'share'>>();
  let all = 0;
  for (const profile of profiles) {
    eachSample(profile, (node, ms) => {
      const where = frame(node);
      const entry = totals.get(where.location) ?? { ...where, selfMs: 0 };
      entry.selfMs += ms;
      totals.set(where.location, entry);
      all += ms;
    });
  }
  return ranked(totals, all);
}

/**
 * Total (inclusive) time of each function: the samples taken in it or in anything it called,
 * each sample counted once per function even under recursion. Reported in `selfMs`.
 */
export function totalTimes(profiles: readonly CpuProfile[]): FunctionTime[] {
  const totals = new Map<string, Omit<FunctionTime, 'share'>>();
  let all = 0;
  for (const profile of profiles) {
    const parents = new Map<number, CpuProfileNode>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
    eachSample(profile, (node, ms) => {
      all += ms;
      const seen = new Set<string>();
      for (let current: CpuProfileNode | undefined = node; current; current = parents.get(current.id)) {
        const where = frame(current);
        if (seen.has(where.location)) continue;
        seen.add(where.location);
        const entry = totals.get(where.location) ?? { ...where, selfMs: 0 };
        entry.selfMs += ms;
        totals.set(where.location, entry);
      }
    });
  }
  return ranked(totals, all);
}

/** Self time per file (or package under node_modules), to see which part of the code the time goes to. */
export function selfTimesByFile(functions: readonly FunctionTime[]): { file: string; selfMs: number; share: number }[] {
  const byFile = new Map<string, { file: string; selfMs: number; share: number }>();
  for (const fn of functions) {
    const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(fn.url);
    const file = packageMatch ? `node_modules/${packageMatch[1]}` : fn.url.replace(/^file:\/\//, '') || fn.functionName;
    const entry = byFile.get(file) ?? { file, selfMs: 0, share: 0 };
    entry.selfMs += fn.selfMs;
    entry.share += fn.share;
    byFile.set(file, entry);
  }
  return [...byFile.values()].sort((a, b) => b.selfMs - a.selfMs);
}
