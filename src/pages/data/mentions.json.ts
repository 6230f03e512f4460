import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/exports/json-response';
import { mentionTallies } from '../../lib/exports/mentions';
import { loadSite } from '../../lib/site/load';
import { paths } from '../../lib/site/paths';
import { absoluteUrl } from '../../lib/site/url';

export const GET: APIRoute = async () => {
  const { project, annotations } = await loadSite();
  return jsonResponse(mentionTallies(project, annotations, (slug, anchor) => absoluteUrl(`${paths.source(slug)}#${anchor}`)));
};
