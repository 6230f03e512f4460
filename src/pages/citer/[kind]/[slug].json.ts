import type { APIRoute, GetStaticPaths } from 'astro';
import { citationRecords, cslJson, type CitationRecord } from '../../../lib/opendata/citation';
import { jsonResponse } from '../../../lib/exports/json-response';
import { loadSiteProject } from '../../../lib/site/load';
import { absoluteUrl } from '../../../lib/site/url';

/** `/citer/<chapitres|sources>/<slug>.json`: the page's reference as CSL-JSON. */
export const getStaticPaths: GetStaticPaths = async () =>
  citationRecords(await loadSiteProject(), absoluteUrl).map((record) => ({ params: { kind: record.kind, slug: record.slug }, props: { record } }));

export const GET: APIRoute = ({ props }) => jsonResponse(cslJson(props['record'] as CitationRecord));
