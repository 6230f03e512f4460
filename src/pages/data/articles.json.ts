import type { APIRoute } from 'astro';
import { articlesExport } from '../../lib/exports/gazetteer-exports';
import { jsonResponse } from '../../lib/exports/json-response';
import { loadSiteProject } from '../../lib/site/load';

export const GET: APIRoute = async () => jsonResponse(articlesExport((await loadSiteProject())));
