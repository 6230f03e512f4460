/**
 * A built site in dist/ (or $OUT_DIR) as the benchmark scripts see it: its files, its base path,
 * and one page of each type a reader meets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { distPath, firstLinkUnder, htmlBase } from './page-weight';

export interface BuiltSite {
  root: string;
  dist: string;
  /** The base path the site was built for, with slashes: "/" or "/chronique/". */
  base: string;
  /** A file of dist/ by its path inside dist/. */
  read(path: string): Uint8Array | undefined;
  /** The HTML of a page by its site path (base included). */
  readPage(sitePath: string): string | undefined;
  /** A site path below the base: at('/sources/') is "/chronique/sources/" under /chronique/. */
  at(path: string): string;
  /** One page per type; the path is undefined when the site has no such page. */
  pageTypes: { type: string; path: string | undefined }[];
}

/** Builds the site first when dist/ has no index.html, or when `rebuild` is set. */
export function openBuiltSite(scriptName: string, rebuild: boolean, root = process.cwd()): BuiltSite {
  const dist = resolve(root, process.env['OUT_DIR'] || 'dist');
  if (rebuild || !existsSync(join(dist, 'index.html'))) {
    console.error(`[${scriptName}] ${existsSync(join(dist, 'index.html')) ? 'Rebuilding' : 'No built site in'} ${relative(root, dist) || '.'}: npm run build…`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHRONIQUE_QUIET: '1' } });
    if (build.status !== 0) {
      console.error(`npm run build failed (exit ${build.status}).`);
      process.exit(1);
    }
  }
  const read = (path: string): Uint8Array | undefined => {
    const file = join(dist, ...path.split('/'));
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const base = htmlBase(new TextDecoder().decode(read('index.html')));
  const readPage = (sitePath: string): string | undefined => {
    const path = distPath(sitePath, '/', base);
    const bytes = path === undefined ? undefined : read(path);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  };
  const at = (path: string) => `${base}${path.replace(/^\//, '')}`;
  const firstUnder = (index: string) => {
    const html = readPage(at(index));
    return html === undefined ? undefined : firstLinkUnder(html, at(index));
  };
  const pageTypes = [
    { type: 'home', path: at('/') },
    { type: 'chapter', path: firstUnder('/chapitres/') },
    { type: 'source', path: firstUnder('/sources/') },
    { type: 'day', path: at('/chronologie/2024-12-05/') },
    { type: 'actor', path: at('/acteurs/hts/') },
    { type: 'charts', path: at('/graphiques/') },
    { type: 'search', path: at('/recherche/') },
  ];
  return { root, dist, base, read, readPage, at, pageTypes };
}
