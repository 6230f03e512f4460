import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex, citationRecords, type CitationRecord } from '../../../lib/opendata/citation';
import { loadSiteProject } from '../../../lib/site/load';
import { absoluteUrl } from '../../../lib/site/url';

/** `/citer/<chapitres|sources>/<slug>.bib`: the page's reference as BibTeX. */
export const getStaticPaths: GetStaticPaths = async () =>
  citationRecords(await loadSiteProject(), absoluteUrl).map((record) => ({ params: { kind: record.kind, slug: record.slug }, props: { record } }));

export const GET: APIRoute = ({ props }) => new Response(bibtex(props['record'] as CitationRecord), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
