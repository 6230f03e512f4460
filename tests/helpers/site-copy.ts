import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { linkNodeModules } from '../../scripts/bench/workspace.mts';
import { projectRoot } from './project';

/** What a site copy does not take from the project: its content, build output, caches, history, tests. */
const notCopied = new Set(['node_modules', 'dist', '.astro', '.git', 'content', 'seeds', 'review', 'tests', 'docs']);

/**
 * A copy of the site's code in a temporary folder with a fixture's content and seeds instead of the
 * project's, sharing the project's packages (symlinks, each build keeping its own caches).
 */
export function siteCopy(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), 'chronique-site-'));
  cpSync(projectRoot, root, {
    recursive: true,
    filter: (path) => {
      const inside = relative(projectRoot, path);
      return inside === '' || !notCopied.has(inside.split(sep)[0]!);
    },
  });
  cpSync(fixture, root, { recursive: true });
  linkNodeModules(projectRoot, root);
  return root;
}

/** `npm run build` in a site copy, as a host runs it: its exit code and what it printed. */
export function buildSite(root: string): { status: number | null; output: string } {
  // Vitest puts Vite's own variables (BASE_URL, MODE…) in process.env: a real build never sees them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|OUT_DIR|BASE_PATH|SITE_URL)$/.test(name)));
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...env, CHRONIQUE_QUIET: '1', ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
