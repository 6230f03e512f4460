import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedManifest, seedHash } from '../../src/lib/seed/seed-manifest';
import { projectRoot, realProject } from '../helpers/project';

const seedsDir = join(projectRoot, 'seeds');
const manifest = parseSeedManifest(readFileSync(join(seedsDir, 'SHA256SUMS'), 'utf8'), 'seeds/SHA256SUMS');
const seedFiles = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();

describe('seeds', () => {
  it('lists every seed in the committed manifest, and nothing else', () => {
    expect(manifest.errors).toEqual([]);
    expect([...manifest.hashes.keys()].sort()).toEqual(seedFiles);
  });

  it.each(seedFiles)('%s is byte-identical to the text imported', (name) => {
    expect(seedHash(readFileSync(join(seedsDir, name)))).toBe(manifest.hashes.get(name));
  });

  it('has one article per seed', () => {
    const { project } = realProject();
    expect([...project.articles.values()].map((article) => article.data.seed).sort()).toEqual(seedFiles);
  });
});
