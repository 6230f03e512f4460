import type { APIRoute, GetStaticPaths } from 'astro';
import type { SiteArticle } from '../../lib/content/project';
import { loadSite, sourceKey } from '../../lib/site/load';

/**
 * The raw seed of each article (decoded as UTF-8, LF line ends), at `/seeds/<file>.txt`. The
 * article's digest covers its seed, so an unchanged seed is restored by the incremental build,
 * and its text is read only when the file is written.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  return [...site.project.articles.values()].map((article) => ({
    params: { name: article.data.seed.replace(/\.txt$/, '') },
    props: { article },
    cacheKey: sourceKey(site, article.id),
  }));
};

export const GET: APIRoute = ({ props }) => new Response((props['article'] as SiteArticle).seedText, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
