import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/url';

/** `/sitemap.xml`, where crawlers look first: it points to the sitemap Astro writes. */
export const GET: APIRoute = () =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>${absoluteUrl('/sitemap-0.xml')}</loc></sitemap>\n</sitemapindex>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
