import type { APIRoute } from 'astro';
import { statementsCsv } from '../../lib/exports/statements';
import { siteChronology } from '../../lib/site/chronology';

export const GET: APIRoute = () => new Response(statementsCsv(siteChronology().statements), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
