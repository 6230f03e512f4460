import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepOutput, liveHashes, pruneStaleFiles, restoreOutput } from '../../../scripts/search/pagefind-output';

const scratch = mkdtempSync(join(tmpdir(), 'chronique-pagefind-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string, text: string) => `<!doctype html><html lang="fr"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function writeSite(folder: string, pages: Record<string, string>): void {
  rmSync(folder, { recursive: true, force: true });
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(folder, path), { recursive: true });
    writeFileSync(join(folder, path, 'index.html'), html);
  }
}

function pagefind(site: string): void {
  const run = spawnSync(join('node_modules', '.bin', 'pagefind'), ['--site', site, '--quiet'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

/** Every file of a folder with its bytes, by relative path. */
function contents(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]).sort(([a], [b]) => a!.localeCompare(b!)));
}

const before = {
  'alep': page('Alep', 'Les rebelles entrent dans Alep le 29 novembre.'),
  'hama': page('Hama', 'Hama tombe le 5 décembre.'),
  'homs': page('Homs', 'Homs est prise dans la nuit du 7 au 8 décembre.'),
};
const after = { ...before, 'hama': page('Hama', 'Les rebelles prennent Hama le 5 décembre, après une semaine de combats.') };

describe('pruneStaleFiles(outputDir)', () => {
  it('leaves exactly the index Pagefind writes into an empty folder, when it ran into the previous build\'s output', () => {
    const fresh = join(scratch, 'fresh');
    writeSite(fresh, after);
    pagefind(fresh);

    const site = join(scratch, 'site');
    const kept = join(scratch, 'kept');
    writeSite(site, before);
    pagefind(site);
    keepOutput(join(site, 'pagefind'), kept);

    writeSite(site, after);
    restoreOutput(kept, join(site, 'pagefind'));
    pagefind(site);
    expect(pruneStaleFiles(join(site, 'pagefind'))).toBeGreaterThan(0);
    expect(contents(join(site, 'pagefind'))).toEqual(contents(join(fresh, 'pagefind')));
  });

  it('removes nothing from a fresh index', () => {
    const site = join(scratch, 'once');
    writeSite(site, before);
    pagefind(site);
    const files = contents(join(site, 'pagefind'));
    expect(pruneStaleFiles(join(site, 'pagefind'))).toBe(0);
    expect(contents(join(site, 'pagefind'))).toEqual(files);
  });
});

describe('liveHashes(outputDir)', () => {
  it('names every fragment, index chunk and filter file of a fresh index, and its metadata', () => {
    const site = join(scratch, 'hashes');
    writeSite(site, before);
    pagefind(site);
    const live = liveHashes(join(site, 'pagefind'));
    const hashed = ['fragment', 'index'].flatMap((folder) => readdirSync(join(site, 'pagefind', folder)).map((name) => name.replace(/\.pf_\w+$/, '')));
    expect(hashed.length).toBeGreaterThan(3);
    for (const hash of hashed) expect(live).toContain(hash);
    const meta = readdirSync(join(site, 'pagefind')).find((name) => name.endsWith('.pf_meta'))!;
    expect(live).toContain(meta.replace(/^pagefind\.|\.pf_meta$/g, ''));
  });
});

describe('restoreOutput(keptDir, outputDir)', () => {
  it('does nothing when no output was kept yet', () => {
    const out = join(scratch, 'nothing', 'pagefind');
    restoreOutput(join(scratch, 'never-kept'), out);
    expect(() => readdirSync(out)).toThrow();
  });
});
