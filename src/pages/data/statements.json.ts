import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/exports/json-response';
import { statementRecords } from '../../lib/exports/statements';
import { loadSite } from '../../lib/site/load';
import { paths } from '../../lib/site/paths';
import { absoluteUrl } from '../../lib/site/url';

export const GET: APIRoute = () => {
  const { project, annotations } = loadSite();
  return jsonResponse(statementRecords(project, annotations, (slug, anchor) => absoluteUrl(`${paths.source(slug)}#${anchor}`)));
};
