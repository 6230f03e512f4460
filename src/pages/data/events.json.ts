import type { APIRoute } from 'astro';
import { eventRecords } from '../../lib/exports/events';
import { jsonResponse } from '../../lib/exports/json-response';
import { passageUrl, siteChronology } from '../../lib/site/chronology';

export const GET: APIRoute = async () => jsonResponse(eventRecords((await siteChronology()).chronology.events, passageUrl));
