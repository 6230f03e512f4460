import { annotateChapter } from './annotate/annotate-chapter';
import { annotateProject, type ProjectAnnotations } from './annotate/annotate-project';
import { entityPath, paths } from './site/paths';
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
  const chapterErrors = [...project.chapters.values()].flatMap((chapter) =>
    annotateChapter(chapter.tree, {
      file: chapter.file,
      project,
      annotations: annotations.articles,
      matcher: annotations.matcher,
      targets: { event: (date, id) => paths.event(date, id), passage: (slug, anchor) => `${paths.source(slug)}#${anchor}` },
      entityUrl: entityPath,
      definition: (id) => project.glossary.get(id)?.data.definition,
    }),
  );
  return { project, annotations, errors: [...errors, ...annotations.errors, ...chapterErrors], warnings: annotations.warnings };
}
