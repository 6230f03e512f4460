import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

describe('the README commands', () => {
  it('npm start serves exactly what npm run build produces, search index included', () => {
    expect(scripts['build']).toMatch(/astro build && pagefind /);
    expect(scripts['start']).toMatch(/^npm run build && astro preview\b/);
  });

  it('npm test runs every test suite, the content and link checks included', () => {
    for (const part of ['npm run test:unit', 'npm run check', 'npm run test:site', 'npm run test:browser']) expect(scripts['test']).toContain(part);
  });
});
