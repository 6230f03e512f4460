import { annotateChapter } from './annotate/annotate-chapter';
import { annotateProject, type ProjectAnnotations } from './annotate/annotate-project';
import { entityPath, paths } from './site/paths';
import type { ContentError } from './content/content-error';
import type { ProjectFiles } from './content/content-files';
import { withoutDrafts } from './content/drafts';
import { loadProject, withoutConsequences } from './content/load-project';
import { checkPublicationDays, localToday } from './content/publication-day';
import type { Project } from './content/project';

export interface CheckedProject {
  project: Project;
  annotations: ProjectAnnotations;
  errors: ContentError[];
  warnings: ContentError[];
  /** Drafts left out of the site: listed, not errors. */
  notes: ContentError[];
}

export interface CheckOptions {
  /** The build's day, YYYY-MM-DD: no article may be published after it. Defaults to today. */
  today?: string;
  /** `npm run dev` previews drafts; the build, the check and the exports leave them out. */
  drafts?: 'include' | 'exclude';
}

/**
 * Every check of the content, in one pass: schemas, references, fidelity to the seeds, annotation directives.
 * While an entry is broken, the annotation ran without it: its warnings ("no known speaker") may only
 * follow from that error, so they wait until it is corrected.
 */
export function checkProject(files: ProjectFiles, options: CheckOptions = {}): CheckedProject {
  const loaded = loadProject(files);
  const published = options.drafts === 'include' ? { project: loaded.project, notes: [], errors: [] } : withoutDrafts(loaded.project);
  const project = published.project;
  const errors = [...loaded.errors, ...published.errors, ...checkPublicationDays(project, options.today ?? localToday())];
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
  return { project, annotations, errors: withoutConsequences([...errors, ...annotations.errors, ...chapterErrors], loaded.invalid), warnings: [...loaded.warnings, ...(loaded.invalid.size === 0 ? annotations.warnings : [])], notes: published.notes };
}
