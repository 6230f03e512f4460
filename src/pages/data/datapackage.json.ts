import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/exports/json-response';
import { dataPackage } from '../../lib/opendata/datapackage';
import { siteAnnotationIndex } from '../../lib/site/annotation-index';
import { loadSiteProject } from '../../lib/site/load';
import { absoluteUrl } from '../../lib/site/url';

export const GET: APIRoute = async () => jsonResponse(dataPackage(await loadSiteProject(), await siteAnnotationIndex(), absoluteUrl));
