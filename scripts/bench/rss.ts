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

/** What GNU time reports with `-f "%e %M %U %S"`. */
export interface GnuTime {
  wallSeconds: number;
  /** The largest single process's maximum RSS, KiB (not a sum over the tree). */
  maxRssKiB: number;
  /** CPU time of the command and every descendant it waited for. */
  userSeconds: number;
  systemSeconds: number;
}

/** GNU time's `-f "%e %M %U %S"` line: the last line of its output file (a status line may come before). */
export function parseGnuTime(text: string): GnuTime | undefined {
  const lines = text.trim().split('\n');
  const match = /^(\d+(?:\.\d+)?)\s+(\d+)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/.exec(lines.at(-1)?.trim() ?? '');
  return match ? { wallSeconds: Number(match[1]), maxRssKiB: Number(match[2]), userSeconds: Number(match[3]), systemSeconds: Number(match[4]) } : undefined;
}

/** CPU time of the whole machine since boot, from the first line of /proc/stat, in clock ticks (USER_HZ, 100 a second). */
export interface MachineCpu {
  busyTicks: number;
  totalTicks: number;
}

export function parseProcStatCpu(stat: string): MachineCpu | undefined {
  const line = stat.split('\n').find((candidate) => /^cpu\s/.test(candidate));
  if (!line) return undefined;
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  const busyTicks = user + nice + system + irq + softirq + steal;
  return { busyTicks, totalTicks: busyTicks + idle + iowait };
}

/**
 * CPU seconds that processes outside the measured tree used while it ran: the machine's busy
 * time over the interval less the tree's own user and system time. A large value means the
 * measurement competed with other work.
 */
export function otherCpuSeconds(before: MachineCpu, after: MachineCpu, treeCpuSeconds: number, ticksPerSecond = 100): number {
  return Math.max(0, (after.busyTicks - before.busyTicks) / ticksPerSecond - treeCpuSeconds);
}
