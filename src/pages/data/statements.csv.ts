import type { APIRoute } from 'astro';
import { statementsCsv } from '../../lib/exports/statements';
import { siteChronology } from '../../lib/site/chronology';

export const GET: APIRoute = async () => new Response(statementsCsv((await siteChronology()).statements), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
