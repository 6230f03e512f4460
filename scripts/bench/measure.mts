/**
 * Runs a command and measures it: wall time, and peak memory of its whole process tree (VmRSS of
 * the child and all its descendants, summed, sampled every 200 ms from /proc). When GNU time is
 * installed, the command runs under it too, for the largest single process's maximum RSS.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSample, descendantsOf, emptyPeak, otherCpuSeconds, parseGnuTime, parseProcStatCpu, parseStatParent, parseVmRssKiB, type RssPeak } from './rss';

export interface Measurement {
  wallMs: number;
  /** Peak of the summed RSS of the process tree, KiB. */
  peakTreeRssKiB: number;
  /** GNU time's maximum RSS of the largest single process, KiB (undefined without /usr/bin/time). */
  maxProcessRssKiB: number | undefined;
  /** CPU seconds of the command's tree (GNU time's user + system). */
  cpuSeconds: number | undefined;
  /** CPU seconds other processes of the machine used meanwhile (undefined without GNU time). */
  otherCpuSeconds: number | undefined;
  samples: number;
  exitCode: number | null;
  timedOut: boolean;
  /** What the command printed (stdout and stderr interleaved; the last 100 KB at least). */
  output: string;
  /** Astro's lines that tell the phases and the page count, kept whatever the length of the output. */
  summary: string;
}

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  intervalMs?: number;
}

const gnuTime = '/usr/bin/time';
const notableLine = /\[vite\] .*built in|generating static routes|Completed in|page\(s\) built/;

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
  const [file, argv] = timeFile ? [gnuTime, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  const machineBefore = parseProcStatCpu(readText('/proc/stat') ?? '');
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const notable: string[] = [];
  const reader = () => {
    let pending = '';
    return (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > 200_000) output = output.slice(-100_000);
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      notable.push(...lines.filter((line) => notableLine.test(line)));
    };
  };
  child.stdout.on('data', reader());
  child.stderr.on('data', reader());
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
  const machineAfter = parseProcStatCpu(readText('/proc/stat') ?? '');
  clearInterval(timer);
  clearTimeout(killer);
  const gnu = timeFile ? parseGnuTime(readText(timeFile) ?? '') : undefined;
  if (timeDir) rmSync(timeDir, { recursive: true, force: true });
  return {
    wallMs,
    peakTreeRssKiB: peak.peakKiB,
    maxProcessRssKiB: gnu?.maxRssKiB,
    cpuSeconds: gnu ? gnu.userSeconds + gnu.systemSeconds : undefined,
    otherCpuSeconds: gnu && machineBefore && machineAfter ? otherCpuSeconds(machineBefore, machineAfter, gnu.userSeconds + gnu.systemSeconds) : undefined,
    samples: peak.samples,
    exitCode,
    timedOut,
    output,
    summary: notable.join('\n'),
  };
}
