import { describe, expect, it } from 'vitest';
import { selfTimes, selfTimesByFile, totalTimes, type CpuProfile } from '../../../scripts/bench/cpu-profile';

const profile: CpuProfile = {
  startTime: 0,
  endTime: 10_000,
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3] },
    { id: 2, callFrame: { functionName: 'find', url: 'file:///p/src/lib/annotate/mentions.ts', lineNumber: 79 }, children: [4] },
    { id: 3, callFrame: { functionName: 'walk', url: 'file:///p/node_modules/@astrojs/mdx/dist/x.js', lineNumber: 0 } },
    { id: 4, callFrame: { functionName: 'find', url: 'file:///p/src/lib/annotate/mentions.ts', lineNumber: 79 } },
  ],
  samples: [2, 4, 3, 2],
  timeDeltas: [0, 1000, 2000, 3000],
};

describe('selfTimes', () => {
  it('gives each sample the time until the next one and merges nodes of one function', () => {
    const times = selfTimes([profile]);
    expect(times.map((time) => [time.location, time.selfMs])).toEqual([
      ['find file:///p/src/lib/annotate/mentions.ts:80', 3],
      ['walk file:///p/node_modules/@astrojs/mdx/dist/x.js:1', 3],
    ]);
    expect(times[0]!.share).toBe(0.5);
  });

  it('groups by file, and by package under node_modules', () => {
    expect(selfTimesByFile(selfTimes([profile])).map((entry) => entry.file)).toEqual(['/p/src/lib/annotate/mentions.ts', 'node_modules/@astrojs/mdx']);
  });
});

describe('totalTimes', () => {
  it('counts a sample for the function it stopped in and every caller, once each', () => {
    const times = new Map(totalTimes([profile]).map((time) => [time.functionName, time.selfMs]));
    expect(times.get('(root)')).toBe(6);
    // Node 4 is find called by find: its 2 ms count once.
    expect(times.get('find')).toBe(3);
    expect(times.get('walk')).toBe(3);
  });
});
