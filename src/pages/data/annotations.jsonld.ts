import type { APIRoute } from 'astro';
import { annotationCollectionBytes, webAnnotations } from '../../lib/opendata/web-annotation';
import { siteChronology } from '../../lib/site/chronology';
import { loadSite } from '../../lib/site/load';
import { absoluteUrl } from '../../lib/site/url';

export const GET: APIRoute = async () => {
  const { project, annotations } = await loadSite();
  const collection = webAnnotations(project, annotations, (await siteChronology()).chronology.events, absoluteUrl);
  return new Response(annotationCollectionBytes(collection), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
