/**
 * Runs a command and measures it: wall time, and peak memory of its whole process tree (VmRSS of
 * the child and all its descendants, summed, sampled every 200 ms from /proc). When GNU time is
 * installed, the command runs under it too, for the largest single process's maximum RSS.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSample, descendantsOf, emptyPeak, parseGnuTime, parseStatParent, parseVmRssKiB, type RssPeak } from '../../src/lib/bench/rss';

export interface Measurement {
  wallMs: number;
  /** Peak of the summed RSS of the process tree, KiB. */
  peakTreeRssKiB: number;
  /** GNU time's maximum RSS of the largest single process, KiB (undefined without /usr/bin/time). */
  maxProcessRssKiB: number | undefined;
  samples: number;
  exitCode: number | null;
  timedOut: boolean;
  /** What the command printed (stdout and stderr interleaved; the last 100 KB at least). */
  output: string;
}

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  intervalMs?: number;
}

const gnuTime = '/usr/bin/time';

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Parent of every live process. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readText(`/proc/${name}/stat`);
    const parent = stat === undefined ? undefined : parseStatParent(stat);
    if (parent !== undefined) parents.set(Number(name), parent);
  }
  return parents;
}

function sampleTree(root: number, peak: RssPeak): RssPeak {
  const rss = descendantsOf(root, processParents()).flatMap((pid) => {
    const status = readText(`/proc/${pid}/status`);
    const value = status === undefined ? undefined : parseVmRssKiB(status);
    return value === undefined ? [] : [value];
  });
  return rss.length === 0 ? peak : addSample(peak, rss);
}

export async function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  const timeDir = existsSync(gnuTime) ? mkdtempSync(join(tmpdir(), 'chronique-bench-time-')) : undefined;
  const timeFile = timeDir ? join(timeDir, 'time.txt') : undefined;
  const [file, argv] = timeFile ? [gnuTime, ['-f', '%e %M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = emptyPeak();
  const pid = child.pid;
  const sample = () => {
    if (pid !== undefined) peak = sampleTree(pid, peak);
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 200);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    // The command runs in its own process group (detached): end that group, and only it.
    if (pid !== undefined) process.kill(-pid, 'SIGTERM');
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  clearTimeout(killer);
  const gnu = timeFile ? parseGnuTime(readText(timeFile) ?? '') : undefined;
  if (timeDir) rmSync(timeDir, { recursive: true, force: true });
  return {
    wallMs,
    peakTreeRssKiB: peak.peakKiB,
    maxProcessRssKiB: gnu?.maxRssKiB,
    samples: peak.samples,
    exitCode,
    timedOut,
    output,
  };
}
