import { annotateProject, type ProjectAnnotations } from './annotate/annotate-project';
import type { ContentError } from './content/content-error';
import type { ProjectFiles } from './content/content-files';
import { loadProject } from './content/load-project';
import type { Project } from './content/project';

export interface CheckedProject {
  project: Project;
  annotations: ProjectAnnotations;
  errors: ContentError[];
  warnings: ContentError[];
}

/** Every check of the content, in one pass: schemas, references, fidelity to the seeds, annotation directives. */
export function checkProject(files: ProjectFiles): CheckedProject {
  const { project, errors } = loadProject(files);
  const annotations = annotateProject(project);
  return { project, annotations, errors: [...errors, ...annotations.errors], warnings: annotations.warnings };
}
