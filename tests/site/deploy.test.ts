import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../helpers/crawl';
import { builtFiles, distRoot } from '../helpers/dist';
import { projectRoot } from '../helpers/project';

const scratch = mkdtempSync(join(tmpdir(), 'chronique-deploy-'));
const basePathDist = join(scratch, 'base-path');
const secondDist = join(scratch, 'second');

/** `npm run build` into another folder, as a host would run it; what it printed. */
function build(outDir: string, env: Record<string, string>): string {
  // Vitest puts Vite's own variables (BASE_URL, MODE…) in process.env: a real build never sees them.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name)));
  const run = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, env: { ...clean, CHRONIQUE_QUIET: '1', OUT_DIR: outDir, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}


let secondLog = '';
let rebuildLog = '';
beforeAll(() => {
  build(basePathDist, { BASE_PATH: '/chronique/' });
  secondLog = build(secondDist, {});
  // The same build again: Astro's incremental build copies the unchanged source pages.
  // Astro colours its log when the environment asks for it (CI=true): compare the text alone.
  rebuildLog = stripVTControlCharacters(build(secondDist, {}));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the build log', () => {
  it('holds no warning, so that an editor sees the ones that matter', () => {
    expect(secondLog.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line) && !/^npm warn/i.test(line))).toEqual([]);
  });
});

describe('publishing under a base path', () => {
  it('crawls every internal link and fragment under /chronique/ with none broken', async () => {
    const { checked, broken } = await crawl(basePathDist, '/chronique/');
    expect(checked).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it('crawls the site at / with none broken', async () => {
    const { broken } = await crawl(distRoot, '/');
    expect(broken).toEqual([]);
  });

  it('has no link, asset or export URL that escapes the base path', () => {
    const escaping: string[] = [];
    for (const file of builtFiles(basePathDist).filter((name) => /\.(html|xml|json|csv)$/.test(name))) {
      const text = readFileSync(join(basePathDist, file), 'utf8');
      for (const match of text.matchAll(/(?:href|src|content|action)="(\/[^"]*)"|"(?:anchor|url)":\s*"https?:\/\/[^/"]+(\/[^"]*)"|<(?:id|loc)>https?:\/\/[^/<]+(\/[^<]*)</g)) {
        const path = match[1] ?? match[2] ?? match[3]!;
        if (!path.startsWith('/chronique/')) escaping.push(`${file}: ${path}`);
      }
    }
    expect(escaping).toEqual([]);
  });
});

describe('reproducible builds', () => {
  it('gives byte-identical dist/ for two builds of the same commit', () => {
    const first = builtFiles(distRoot);
    expect(builtFiles(secondDist)).toEqual(first);
    const different = first.filter((file) => !readFileSync(join(distRoot, file)).equals(readFileSync(join(secondDist, file))));
    expect(different).toEqual([]);
  });

  it('restores unchanged source pages, annotation pages, citation files and seed files on a rebuild, and the rebuilt dist/ is still byte-identical', () => {
    const sources = readdirSync(join(distRoot, 'sources')).filter((name) => statSync(join(distRoot, 'sources', name)).isDirectory() && name !== 'page');
    expect(sources.length).toBeGreaterThan(0);
    for (const slug of sources) expect(rebuildLog).toContain(`/sources/${slug}/index.html (restored)`);
    for (const page of readdirSync(join(distRoot, 'data/annotations'))) expect(rebuildLog).toContain(`/data/annotations/${page} (restored)`);
    for (const file of readdirSync(join(distRoot, 'citer/sources'))) expect(rebuildLog).toContain(`/citer/sources/${file} (restored)`);
    for (const file of readdirSync(join(distRoot, 'seeds'))) expect(rebuildLog).toContain(`/seeds/${file} (restored)`);
    const first = builtFiles(distRoot);
    expect(builtFiles(secondDist)).toEqual(first);
    expect(first.filter((file) => !readFileSync(join(distRoot, file)).equals(readFileSync(join(secondDist, file))))).toEqual([]);
  });

  it('names assets by their content, so hosts may cache them for ever', () => {
    for (const file of readdirSync(join(distRoot, '_astro'))) expect(file).toMatch(/\.[A-Za-z0-9_-]{8}\.(css|js)$/);
  });
});
