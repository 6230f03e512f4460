import type { ContentError } from './content-error';
import type { Project } from './project';

/**
 * A publication day after the build day is a mistake (or an import's guess): the site would claim
 * its corpus runs until then. `today` is the build's day, YYYY-MM-DD, given by the caller.
 */
export function checkPublicationDays(project: Project, today: string): ContentError[] {
  return [...project.articles.values()]
    .filter((article) => article.data.published > today)
    .map((article) => ({
      file: article.file,
      ...article.locate(['published']),
      message: `Unexpected published ${article.data.published}, after the build day ${today}, expected the day the text was published`,
      fix: 'correct the day: an article cannot be published after today',
    }));
}
