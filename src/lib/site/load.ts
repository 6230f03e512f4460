import { checkProject, type CheckedProject } from '../check-project';
import { readProjectFiles } from '../content/content-files';
import type { Project } from '../content/project';

let cached: CheckedProject | undefined;

/**
 * The validated, annotated content, loaded once per build. Its errors were already reported, and
 * the build stopped, by the check that astro.config.mjs runs first.
 */
export function loadSite(): CheckedProject {
  cached ??= checkProject(readProjectFiles(process.cwd()));
  return cached;
}

export function loadSiteProject(): Project {
  return loadSite().project;
}
