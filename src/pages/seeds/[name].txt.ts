import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteProject } from '../../lib/site/load';

/** The raw seed of each article (decoded as UTF-8, LF line ends), at `/seeds/<file>.txt`. */
export const getStaticPaths: GetStaticPaths = async () =>
  [...(await loadSiteProject()).articles.values()].map((article) => ({
    params: { name: article.data.seed.replace(/\.txt$/, '') },
    props: { text: article.seedText },
  }));

export const GET: APIRoute = ({ props }) => new Response(props['text'] as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
