import { checkProject, type CheckedProject } from '../check-project';
import { readProjectFiles } from '../content/content-files';
import type { Project } from '../content/project';

let cached: CheckedProject | undefined;

/**
 * The config and the prerender run in one process: the content checked and annotated at config
 * time is handed over through a global, instead of being loaded and annotated a second time.
 */
const sharedKey = Symbol.for('chronique.checked-project');

export function shareCheckedProject(checked: CheckedProject): void {
  (globalThis as Record<symbol, unknown>)[sharedKey] = checked;
}

/**
 * The validated, annotated content, loaded once per build. Its errors were already reported, and
 * the build stopped, by the check that astro.config.mjs runs first.
 */
export function loadSite(): CheckedProject {
  cached ??= ((globalThis as Record<symbol, unknown>)[sharedKey] as CheckedProject | undefined) ?? checkProject(readProjectFiles(process.cwd()));
  return cached;
}

export function loadSiteProject(): Project {
  return loadSite().project;
}
