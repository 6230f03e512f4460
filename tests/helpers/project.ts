import { fileURLToPath } from 'node:url';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject, type LoadedProject } from '../../src/lib/content/load-project';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

let real: LoadedProject | undefined;

/** The repository's own content, loaded once per test file. */
export function realProject(): LoadedProject {
  real ??= loadProject(readProjectFiles(projectRoot));
  return real;
}
