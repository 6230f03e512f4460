import type { Thing } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../../src/lib/chronology/chronology';
import { checkProject } from '../../../src/lib/check-project';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { statementRecords } from '../../../src/lib/exports/statements';
import {
  actorNode,
  chapterNode,
  claimNodes,
  eventNode,
  glossaryNode,
  jsonLdScriptText,
  placeNode,
  publicationDate,
  siteNodes,
  sourceNode,
  structuredData,
  webPageNode,
} from '../../../src/lib/opendata/schema-org';
import { expandOffline, expandedTypes, schemaOrgVocabulary } from '../../helpers/jsonld';
import { projectRoot } from '../../helpers/project';

const { project, annotations } = checkProject(readProjectFiles(projectRoot));
const statements = statementRecords(project, annotations, (slug, anchor) => `/sources/${slug}/#${anchor}`);
const { events } = buildChronology(project, annotations, statements);
const absolute = (path: string) => `https://exemple.org${path}`;

async function expectValid(nodes: Thing[]): Promise<void> {
  const page = webPageNode({ url: 'https://exemple.org/x/', name: 'X', description: 'Une page.' }, absolute);
  const expanded = await expandOffline(structuredData([...siteNodes(absolute), page, ...nodes]));
  const { types } = schemaOrgVocabulary();
  for (const type of expandedTypes(expanded)) {
    expect(type).toMatch(/^http:\/\/schema\.org\/\w+$/);
    expect(types.has(type.replace('http://schema.org/', '')), type).toBe(true);
  }
}

describe('siteNodes(absolute)', () => {
  it('describes the site with a SearchAction to the search page, and expands', async () => {
    const [site] = siteNodes(absolute);
    expect(site).toMatchObject({
      '@type': 'WebSite',
      url: 'https://exemple.org/',
      potentialAction: { '@type': 'SearchAction', target: { urlTemplate: 'https://exemple.org/recherche/?q={search_term_string}' }, 'query-input': 'required name=search_term_string' },
    });
    await expectValid([]);
  });
});

describe('chapterNode(chapter, project, absolute)', () => {
  it.each([...project.chapters.values()].map((chapter) => [chapter.id, chapter] as const))('%s: an Article citing its sources, about its events', async (_, chapter) => {
    const node = chapterNode(chapter, project, absolute);
    expect(node).toMatchObject({ '@type': 'Article', headline: chapter.data.title, dateModified: chapter.data.updated });
    const citation = node.citation as { '@id': string }[];
    const about = node.about as { '@id': string }[];
    expect(citation.length).toBeGreaterThan(0);
    expect(about.length).toBeGreaterThan(0);
    for (const cited of citation) expect(cited['@id']).toMatch(/^https:\/\/exemple\.org\/sources\/[a-z0-9-]+\/$/);
    for (const event of about) expect(event['@id']).toMatch(/^https:\/\/exemple\.org\/chronologie\/\d{4}-\d{2}-\d{2}\/#/);
    await expectValid([node]);
  });
});

describe('sourceNode(article, absolute)', () => {
  it('gives every source its publisher and date, and the original work it translates or republishes', async () => {
    const nodes: Thing[] = [];
    for (const article of project.articles.values()) {
      const node = sourceNode(article, absolute);
      expect(node).toMatchObject({ '@type': 'NewsArticle', publisher: { name: article.data.outlet }, datePublished: publicationDate(article.data) });
      if (article.data.url) expect(node.url).toBe(article.data.url);
      if (article.data.originalSource) expect(node.isBasedOn).toMatchObject({ name: article.data.originalSource.name });
      nodes.push(node);
    }
    await expectValid(nodes);
    expect([...project.articles.values()].some((article) => article.data.originalSource)).toBe(true);
  }, 60_000);
});

describe('publicationDate(data)', () => {
  it('keeps only the month when the day is not known', () => {
    expect(publicationDate({ published: '2024-12-05', publishedPrecision: 'month' })).toBe('2024-12');
    expect(publicationDate({ published: '2024-12-05', publishedPrecision: 'approximate' })).toBe('2024-12-05');
  });
});

describe('eventNode(event, project, absolute) and claimNodes(event, project, absolute)', () => {
  it('gives each event its dates and places with coordinates, each claim its passage and author', async () => {
    const nodes: Thing[] = [];
    for (const event of events) {
      const node = eventNode(event, project, absolute);
      expect(node).toMatchObject({ '@type': 'Event', startDate: event.data.date });
      if (event.data.endDate) expect(node.endDate).toBe(event.data.endDate);
      for (const place of node.location as unknown as { geo: { latitude: number } }[]) expect(typeof place.geo.latitude).toBe('number');
      const claims = claimNodes(event, project, absolute);
      expect(claims).toHaveLength(event.claims.length);
      for (const claim of claims) {
        expect(claim).toMatchObject({ '@type': 'Claim', appearance: { url: expect.stringMatching(/\/sources\/[a-z0-9-]+\/#p-[0-9a-f]{8}/) }, author: { name: expect.any(String) } });
      }
      nodes.push(node, ...claims);
    }
    await expectValid(nodes);
  }, 60_000);
});

describe('actorNode(actor, project, absolute), placeNode(place, absolute), glossaryNode(terms, absolute)', () => {
  it('describes actors as Person or Organization, places with GeoCoordinates, the glossary as a DefinedTermSet', async () => {
    const actors = [...project.actors.values()].map((actor) => actorNode(actor, project, absolute));
    expect(new Set(actors.map((actor) => (actor as { '@type': string })['@type']))).toContain('Person');
    const places = [...project.places.values()].map((place) => placeNode(place, absolute));
    await expectValid([...actors, ...places, glossaryNode([...project.glossary.values()], absolute)]);
  });
});

describe('expandOffline (the validation itself)', () => {
  it('refuses a type or a property that schema.org does not define', async () => {
    await expect(expandOffline({ '@context': 'https://schema.org', '@type': 'NewsArtcle', headline: 'x' })).rejects.toThrow();
    await expect(expandOffline({ '@context': 'https://schema.org', '@type': 'NewsArticle', headlne: 'x' })).rejects.toThrow();
  });
});

describe('jsonLdScriptText(data)', () => {
  it('escapes < so that no text can close the script element', () => {
    const text = jsonLdScriptText(structuredData([{ '@type': 'Thing', name: '</script><!-- x' }]));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><!-- x');
  });
});
