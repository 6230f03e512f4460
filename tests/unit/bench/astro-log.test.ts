import { describe, expect, it } from 'vitest';
import { buildPhases, parseDuration } from '../../../scripts/bench/astro-log';

describe('parseDuration', () => {
  it('reads Astro’s durations', () => {
    expect(parseDuration('52.93s')).toBe(52_930);
    expect(parseDuration('25ms')).toBe(25);
    expect(parseDuration('1m 9s')).toBe(69_000);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('buildPhases', () => {
  it('finds the server bundle and the prerendering in the build log, colours or not', () => {
    const log = [
      '17:09:33 [build] Building static entrypoints...',
      '17:10:14 [vite] \u001b[32m✓ built in 40.80s\u001b[39m',
      '17:10:14 [vite] ✓ built in 31ms',
      '17:10:14 [build] ✓ Completed in 41.2s.',
      ' generating static routes ',
      '17:11:23   ├─ /index.html (+11ms)',
      '17:11:23 ✓ Completed in 1m 9s.',
      '17:11:23 [build] ✓ Completed in 1m 51s.',
    ].join('\n');
    expect(buildPhases(log)).toEqual({ bundleMs: 40_800, prerenderMs: 69_000 });
  });

  it('is empty for a log without them', () => {
    expect(buildPhases('Chronique : 1 erreur')).toEqual({});
  });
});
