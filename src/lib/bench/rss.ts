/**
 * Peak memory of a process tree, from Linux's /proc: each sample sums the resident set size
 * (VmRSS) of a process and all its descendants; the peak is the largest sample.
 */

/** VmRSS of a `/proc/<pid>/status` text, in KiB; undefined for a process without memory (a zombie). */
export function parseVmRssKiB(status: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) : undefined;
}

/**
 * The parent pid of a `/proc/<pid>/stat` line. The command name (field 2) is in parentheses and
 * may hold spaces and parentheses itself: fields are counted after the last ")".
 */
export function parseStatParent(stat: string): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close === -1) return undefined;
  const fields = stat.slice(close + 1).trim().split(/\s+/);
  const parent = Number(fields[1]);
  return Number.isInteger(parent) && fields.length > 1 ? parent : undefined;
}

/** `root` and every process whose chain of parents leads to it. */
export function descendantsOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const seen = new Set<number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Running peak of the samples, in KiB. */
export interface RssPeak {
  peakKiB: number;
  samples: number;
  /** The number of processes in the tree at the peak. */
  processesAtPeak: number;
}

export function emptyPeak(): RssPeak {
  return { peakKiB: 0, samples: 0, processesAtPeak: 0 };
}

/** Adds one sample (the RSS of each process of the tree, KiB) to the running peak. */
export function addSample(peak: RssPeak, rssKiB: readonly number[]): RssPeak {
  const total = rssKiB.reduce((sum, value) => sum + value, 0);
  return total > peak.peakKiB
    ? { peakKiB: total, samples: peak.samples + 1, processesAtPeak: rssKiB.length }
    : { ...peak, samples: peak.samples + 1 };
}

/** `/usr/bin/time -f "%e %M"` output: wall seconds and the largest single process's maximum RSS (KiB). */
export function parseGnuTime(text: string): { wallSeconds: number; maxRssKiB: number } | undefined {
  const lines = text.trim().split('\n');
  const match = /^(\d+(?:\.\d+)?)\s+(\d+)$/.exec(lines.at(-1)?.trim() ?? '');
  return match ? { wallSeconds: Number(match[1]), maxRssKiB: Number(match[2]) } : undefined;
}
