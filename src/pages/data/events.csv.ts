import type { APIRoute } from 'astro';
import { acledColumns, acledRows } from '../../lib/chronology/acled';
import { toCsv } from '../../lib/exports/csv';
import { siteChronology } from '../../lib/site/chronology';
import { loadSiteProject } from '../../lib/site/load';

export const GET: APIRoute = async () =>
  new Response(toCsv(acledRows((await siteChronology()).chronology.events, (await loadSiteProject())), acledColumns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
