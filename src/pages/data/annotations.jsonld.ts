import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/exports/json-response';
import { annotationCollection } from '../../lib/opendata/web-annotation';
import { siteAnnotationIndex } from '../../lib/site/annotation-index';
import { absoluteUrl } from '../../lib/site/url';

/** `/data/annotations.jsonld`: the W3C Web Annotation collection, its total and its first and last pages. */
export const GET: APIRoute = async () => jsonResponse(annotationCollection(await siteAnnotationIndex(), absoluteUrl), 'application/ld+json');
