import type { APIRoute } from 'astro';
import { statementRecords, statementsCsv } from '../../lib/exports/statements';
import { loadSite } from '../../lib/site/load';
import { paths } from '../../lib/site/paths';
import { absoluteUrl } from '../../lib/site/url';

export const GET: APIRoute = () => {
  const { project, annotations } = loadSite();
  const records = statementRecords(project, annotations, (slug, anchor) => absoluteUrl(`${paths.source(slug)}#${anchor}`));
  return new Response(statementsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
