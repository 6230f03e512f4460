import { readProjectFiles } from '../content/content-files';
import { loadProject } from '../content/load-project';
import type { Project } from '../content/project';

let cached: Project | undefined;

/**
 * The validated content, loaded once per build. Its errors were already reported, and the build
 * stopped, by the check that astro.config.mjs runs first.
 */
export function loadSiteProject(): Project {
  cached ??= loadProject(readProjectFiles(process.cwd())).project;
  return cached;
}
