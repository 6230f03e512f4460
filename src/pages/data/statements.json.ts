import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/exports/json-response';
import { siteChronology } from '../../lib/site/chronology';

export const GET: APIRoute = async () => jsonResponse((await siteChronology()).statements);
