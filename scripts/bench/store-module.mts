/**
 * `tsx scripts/bench/store-module.mts <site>`: what reading Astro's content store costs at build
 * time. Astro bundles node_modules/.astro/data-store.json into the prerender chunks as one module,
 * `export default JSON.parse("<the whole file as a string literal>")`; this script times importing
 * such a module against parsing the same file directly, each in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [site] = process.argv.slice(2);
if (!site) {
  console.error('Missing site, expected `tsx scripts/bench/store-module.mts <dir of a built site copy>`');
  process.exit(2);
}
const store = join(site, 'node_modules/.astro/data-store.json');
const work = mkdtempSync(join(tmpdir(), 'chronique-store-'));
try {
  const module = join(work, 'store.mjs');
  writeFileSync(module, `export default JSON.parse(${JSON.stringify(readFileSync(store, 'utf8'))})`);
  /** Wall and CPU milliseconds of `code` run by a fresh node, as it reports them itself. */
  const run = (code: string) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(), c = process.cpuUsage(); ${code}; const u = process.cpuUsage(c); console.log(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }))`], { encoding: 'utf8' })) as { wall: number; cpu: number };
  const parse = run(`JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(store)}, 'utf8'))`);
  const imported = run(`await import(${JSON.stringify(module)})`);
  const mb = (path: string) => (statSync(path).size / 1e6).toFixed(1);
  console.log(`data-store.json ${mb(store)} MB, as a module ${mb(module)} MB`);
  console.log(`JSON.parse of the file: ${(parse.wall / 1000).toFixed(1)} s (CPU ${(parse.cpu / 1000).toFixed(1)} s)`);
  console.log(`import of the module as Astro bundles it: ${(imported.wall / 1000).toFixed(1)} s (CPU ${(imported.cpu / 1000).toFixed(1)} s)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
