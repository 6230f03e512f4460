import type { APIRoute, GetStaticPaths } from 'astro';
import { cslJson, type CitationRecord } from '../../../lib/opendata/citation';
import { jsonResponse } from '../../../lib/exports/json-response';
import { citationStaticPaths } from '../../../lib/site/citation-pages';

/** `/citer/<chapitres|sources>/<slug>.json`: the page's reference as CSL-JSON. */
export const getStaticPaths: GetStaticPaths = citationStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(cslJson(props['record'] as CitationRecord));
