import { describe, expect, it } from 'vitest';
import { readJson, readPage, selectAll, distRoot } from '../helpers/dist';
import { realProject } from '../helpers/project';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { project } = realProject();
type EventRecord = { id: string; date: string; claims: { article: string; quote: string; anchor: string }[]; sources: string[] };
const events = readJson<EventRecord[]>('data/events.json');

describe('chronology pages and exports', () => {
  it('export every event of content/events/', () => {
    expect(events.map((event) => event.id).sort()).toEqual([...project.events.keys()].sort());
  });

  it.each(events.map((event) => [event.id, event] as const))('shows %s on its day page (or anchors it there, linked to the later page that shows it), each claim linked to its passage', (id, event) => {
    const page = readPage(`/chronologie/${event.date}/`);
    const anchored = selectAll(`[id="${id}"]`, page);
    expect(anchored).toHaveLength(1);
    if (anchored[0]!.tagName !== 'article') {
      const link = String(selectAll('a[href]', anchored[0]!)[0]!.properties['href']);
      expect(link).toMatch(new RegExp(`^/chronologie/${event.date}/page/\\d+/#${id}$`));
      expect(selectAll(`article[id="${id}"]`, readPage(link.split('#')[0]!))).toHaveLength(1);
    }
    for (const claim of event.claims) {
      const url = new URL(claim.anchor);
      expect(selectAll(`[id="${url.hash.slice(1)}"]`, readPage(url.pathname))).toHaveLength(1);
    }
  });

  it('lists on each source page the events it reports', () => {
    for (const slug of project.articles.keys()) {
      const page = readPage(`/sources/${slug}/`);
      const expected = events.filter((event) => event.sources.includes(slug)).length;
      expect(selectAll('#evenements-rapportes + ul > li', page)).toHaveLength(expected);
    }
  });

  it('writes the ACLED-style CSV with a row per event', () => {
    const csv = readFileSync(join(distRoot, 'data/events.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,sources,notes,disputed');
    expect(csv.trim().split('\r\n')).toHaveLength(events.length + 1);
  });

  it('publishes an Atom feed', () => {
    expect(readFileSync(join(distRoot, 'chronologie/flux.xml'), 'utf8')).toMatch(/^<\?xml[^]*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  });
});
