import { isoDay } from '../text/calendar';
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

/** The machine's day, YYYY-MM-DD: the build's day. */
export function localToday(): string {
  const now = new Date();
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
