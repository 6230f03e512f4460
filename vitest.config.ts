import { defineConfig } from 'vitest/config';

// Dates in tests are calendar days: pin the zone so no test depends on the machine's.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] } },
      // Run after `npm run build`: they read dist/.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
