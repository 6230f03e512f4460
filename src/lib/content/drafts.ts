import type { ContentError } from './content-error';
import type { Project } from './project';

export interface PublishedProject {
  /** The project without its drafts: what the build, every page, export and chart see. */
  project: Project;
  /** One note per draft, for `npm run check`. */
  notes: ContentError[];
  /** What still cites a draft: an event claim cannot point at a page that is not built. */
  errors: ContentError[];
}

/**
 * Takes the drafts (`draft: true`) out of a loaded project, for building. The one place where drafts
 * are filtered: the current loading and a content loader can both call it on their Project.
 */
export function withoutDrafts(project: Project): PublishedProject {
  const drafts = [...project.articles.values()].filter((article) => article.data.draft);
  if (drafts.length === 0) return { project, notes: [], errors: [] };
  const draftIds = new Set(drafts.map((article) => article.id));
  const notes = drafts.map((article) => ({
    file: article.file,
    ...article.locate(['draft']),
    message: 'Draft left out of the built site (shown by npm run dev)',
    fix: 'remove draft: true when the article is finished',
  }));
  const errors: ContentError[] = [];
  for (const event of project.events.values()) {
    event.data.claims.forEach((claim, index) => {
      if (!draftIds.has(claim.article)) return;
      errors.push({
        file: event.file,
        ...event.locate(['claims', index, 'article']),
        message: `Unexpected claim citing ${claim.article}, a draft, expected an article of the built site`,
        fix: `finish ${project.articles.get(claim.article)!.file} and remove its draft: true, or keep the claim out until then`,
      });
    });
  }
  return { project: { ...project, articles: new Map([...project.articles].filter(([id]) => !draftIds.has(id))) }, notes, errors };
}

/** `astro dev` previews drafts; `astro build`, `astro check` and the rest leave them out. */
export function isDevServer(argv: readonly string[]): boolean {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  return command === 'dev';
}
