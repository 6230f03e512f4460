import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex, type CitationRecord } from '../../../lib/opendata/citation';
import { citationStaticPaths } from '../../../lib/site/citation-pages';

/** `/citer/<chapitres|sources>/<slug>.bib`: the page's reference as BibTeX. */
export const getStaticPaths: GetStaticPaths = citationStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(bibtex(props['record'] as CitationRecord), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
