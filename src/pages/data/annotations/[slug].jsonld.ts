import type { APIRoute, GetStaticPaths } from 'astro';
import { annotationIndex, annotationPage, annotationPageKey, annotationPageText, type AnnotationIndex } from '../../../lib/opendata/web-annotation';
import { siteChronology } from '../../../lib/site/chronology';
import { loadSite, sourceKey } from '../../../lib/site/load';
import { absoluteUrl } from '../../../lib/site/url';

/** `/data/annotations/<source>.jsonld`: one source's page of the annotation collection. */
export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  const { project, annotations } = site;
  const index = annotationIndex(project, annotations, (await siteChronology()).chronology.events);
  // An unchanged page is copied from the last build (astro.config.mjs: incremental build).
  return [...index.pages.keys()].map((slug) => ({ params: { slug }, props: { index }, cacheKey: annotationPageKey(index, slug, sourceKey(site, slug)) }));
};

export const GET: APIRoute = async ({ params, props }) => {
  const { project, annotations } = await loadSite();
  const page = annotationPage(project, annotations, props['index'] as AnnotationIndex, params['slug']!, absoluteUrl);
  return new Response(annotationPageText(page), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
