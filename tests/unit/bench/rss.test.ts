import { describe, expect, it } from 'vitest';
import { addSample, descendantsOf, emptyPeak, otherCpuSeconds, parseGnuTime, parseProcStatCpu, parseStatParent, parseVmRssKiB } from '../../../scripts/bench/rss';

describe('parseVmRssKiB', () => {
  it('reads VmRSS from /proc/<pid>/status', () => {
    expect(parseVmRssKiB('Name:\tnode\nVmPeak:\t 1200000 kB\nVmRSS:\t  524288 kB\nRssAnon:\t 400000 kB\n')).toBe(524_288);
  });

  it('is undefined for a process without memory (zombie, kernel thread)', () => {
    expect(parseVmRssKiB('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeUndefined();
  });
});

describe('parseStatParent', () => {
  it('reads the parent pid, field 4', () => {
    expect(parseStatParent('1234 (node) S 1200 1234 1200 0 -1 4194304')).toBe(1200);
  });

  it('counts fields after the last parenthesis, whatever the command name holds', () => {
    expect(parseStatParent('77 (my (odd) cmd) R 3 77 77 0')).toBe(3);
    expect(parseStatParent('garbage')).toBeUndefined();
  });
});

describe('descendantsOf', () => {
  it('finds children and grandchildren, not siblings', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(descendantsOf(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(descendantsOf(20, parents)).toEqual([20]);
  });
});

describe('addSample', () => {
  it('sums each sample over the tree and keeps the largest sum', () => {
    let peak = emptyPeak();
    peak = addSample(peak, [100, 200]);
    peak = addSample(peak, [250]);
    peak = addSample(peak, [100, 100, 50]);
    expect(peak).toEqual({ peakKiB: 300, samples: 3, processesAtPeak: 2 });
  });
});

describe('parseGnuTime', () => {
  it('reads the "%e %M %U %S" format, after any status line', () => {
    expect(parseGnuTime('12.34 775160 9.19 1.76\n')).toEqual({ wallSeconds: 12.34, maxRssKiB: 775_160, userSeconds: 9.19, systemSeconds: 1.76 });
    expect(parseGnuTime('Command exited with non-zero status 1\n3.00 1024 0.50 0.25\n')).toEqual({ wallSeconds: 3, maxRssKiB: 1024, userSeconds: 0.5, systemSeconds: 0.25 });
    expect(parseGnuTime('')).toBeUndefined();
  });
});

describe('parseProcStatCpu and otherCpuSeconds', () => {
  it('adds busy and idle ticks of the machine', () => {
    expect(parseProcStatCpu('cpu  100 5 50 1000 20 1 2 3 0 0\ncpu0 50 2 25 500 10 0 1 1 0 0\n')).toEqual({ busyTicks: 161, totalTicks: 1181 });
    expect(parseProcStatCpu('intr 1 2 3')).toBeUndefined();
  });

  it('is the machine’s busy time less the measured tree’s CPU time, never negative', () => {
    const before = { busyTicks: 1000, totalTicks: 5000 };
    const after = { busyTicks: 3000, totalTicks: 9000 };
    expect(otherCpuSeconds(before, after, 15)).toBe(5);
    expect(otherCpuSeconds(before, after, 25)).toBe(0);
  });
});
