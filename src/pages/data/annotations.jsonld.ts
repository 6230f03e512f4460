import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/exports/json-response';
import { annotationCollection, annotationIndex } from '../../lib/opendata/web-annotation';
import { siteChronology } from '../../lib/site/chronology';
import { loadSite } from '../../lib/site/load';
import { absoluteUrl } from '../../lib/site/url';

/** `/data/annotations.jsonld`: the W3C Web Annotation collection, its total and its first and last pages. */
export const GET: APIRoute = async () => {
  const { project, annotations } = await loadSite();
  const index = annotationIndex(project, annotations, (await siteChronology()).chronology.events);
  return jsonResponse(annotationCollection(index, absoluteUrl), 'application/ld+json');
};
