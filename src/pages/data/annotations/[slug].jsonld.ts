import type { APIRoute, GetStaticPaths } from 'astro';
import { annotationPage, annotationPageKey, annotationPageText } from '../../../lib/opendata/web-annotation';
import { siteAnnotationIndex } from '../../../lib/site/annotation-index';
import { loadSite, sourceKey } from '../../../lib/site/load';
import { absoluteUrl } from '../../../lib/site/url';

/** `/data/annotations/<source>.jsonld`: one source's page of the annotation collection. */
export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  const index = await siteAnnotationIndex();
  // An unchanged page is copied from the last build (astro.config.mjs: incremental build).
  return [...index.pages.keys()].map((slug) => ({ params: { slug }, cacheKey: annotationPageKey(index, slug, sourceKey(site, slug)) }));
};

export const GET: APIRoute = async ({ params }) => {
  const { project, annotations } = await loadSite();
  const page = annotationPage(project, annotations, await siteAnnotationIndex(), params['slug']!, absoluteUrl);
  return new Response(annotationPageText(page), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
