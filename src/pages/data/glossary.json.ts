import type { APIRoute } from 'astro';
import { glossaryExport } from '../../lib/exports/gazetteer-exports';
import { jsonResponse } from '../../lib/exports/json-response';
import { loadSiteProject } from '../../lib/site/load';

export const GET: APIRoute = async () => jsonResponse(glossaryExport((await loadSiteProject())));
