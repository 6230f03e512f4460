import type { APIRoute } from 'astro';
import { atomFeed } from '../../lib/chronology/atom';
import { siteChronology } from '../../lib/site/chronology';
import { paths } from '../../lib/site/paths';
import { absoluteUrl } from '../../lib/site/url';

export const GET: APIRoute = async () => {
  const xml = atomFeed((await siteChronology()).chronology.events, (event) => event.claims.map((claim) => claim.reported).sort().at(-1)!, {
    title: 'Chronique — chronologie de l’offensive en Syrie (27 novembre – 8 décembre 2024)',
    feedUrl: absoluteUrl('/chronologie/flux.xml'),
    pageUrl: absoluteUrl(paths.chronology()),
    eventUrl: (event) => absoluteUrl(`${paths.day(event.data.date)}#${event.id}`),
    author: 'Chronique',
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
