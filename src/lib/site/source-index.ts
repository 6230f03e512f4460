import type { SiteArticle } from '../content/project';
import { loadSiteProject } from './load';
import { paginate, type ListPage } from './pagination';
import { sortByPublication } from './sort';

/** Sources per page of /sources/: a hundred cards stay well under the page budget. */
export const sourcesPerPage = 100;

/** The pages of the list of sources, oldest first, with the first and last publication days. */
export async function sourceIndexPages(): Promise<{ pages: ListPage<SiteArticle>[]; total: number; first: string; last: string }> {
  const articles = sortByPublication((await loadSiteProject()).articles.values());
  return { pages: paginate(articles, sourcesPerPage), total: articles.length, first: articles[0]!.data.published, last: articles.at(-1)!.data.published };
}
