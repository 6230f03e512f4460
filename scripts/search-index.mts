/**
 * `npm run build`'s second step, after `astro build`: Pagefind indexes the built site
 * (`$OUT_DIR`, or dist/) with the settings of pagefind.yml.
 *
 * Astro empties the output folder at every build, Pagefind's index with it. The index of the last
 * build is kept beside Astro's cache and put back first, so that Pagefind writes only the files
 * that changed (scripts/search/pagefind-output.ts); then what the new index no longer names is
 * removed, and the result kept for the next build. The index is the same as from an empty folder.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { keepOutput, pruneStaleFiles, restoreOutput } from './search/pagefind-output';

const site = process.env['OUT_DIR'] || 'dist';
const outputDir = join(site, 'pagefind');
// One kept index per output folder: the tests build several sites side by side.
const keptDir = join('node_modules', '.astro', 'chronique', 'pagefind', createHash('sha256').update(resolve(site)).digest('hex').slice(0, 16));

restoreOutput(keptDir, outputDir);
const pagefind = spawnSync(join('node_modules', '.bin', 'pagefind'), ['--site', site, '--quiet'], { stdio: 'inherit' });
if (pagefind.error) throw pagefind.error;
if (pagefind.status !== 0) process.exit(pagefind.status ?? 1);
pruneStaleFiles(outputDir);
keepOutput(outputDir, keptDir);
