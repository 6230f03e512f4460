import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/exports/json-response';
import { dataPackage } from '../../lib/opendata/datapackage';
import { annotationIndex } from '../../lib/opendata/web-annotation';
import { siteChronology } from '../../lib/site/chronology';
import { loadSite } from '../../lib/site/load';
import { absoluteUrl } from '../../lib/site/url';

export const GET: APIRoute = async () => {
  const { project, annotations } = await loadSite();
  return jsonResponse(dataPackage(project, annotationIndex(project, annotations, (await siteChronology()).chronology.events), absoluteUrl));
};
