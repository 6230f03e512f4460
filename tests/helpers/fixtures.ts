import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupProjectFiles, type ProjectFiles, type SourceFile } from '../../src/lib/content/content-files';

export const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Files of a fixture folder, by project-relative path, read into memory. */
export function readTree(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/**
 * A bad-input case: the valid base project with the case's files laid over it and the paths in its
 * `remove.txt` taken away. Everything happens in memory: no editor file is ever written.
 */
export function fixtureProject(caseDir: string): ProjectFiles {
  const files = readTree(join(fixturesRoot, 'base'));
  const overlay = readTree(caseDir);
  for (const path of new TextDecoder().decode(overlay.get('remove.txt') ?? new Uint8Array()).split('\n').filter(Boolean)) files.delete(path);
  for (const [path, bytes] of overlay) if (path !== 'remove.txt' && path !== 'expected.txt' && path !== 'README.md') files.set(path, bytes);
  return groupProjectFiles([...files].map(([path, bytes]): SourceFile => ({ path, bytes })));
}
