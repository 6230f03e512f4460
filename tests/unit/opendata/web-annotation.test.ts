import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../../src/lib/chronology/chronology';
import { checkProject } from '../../../src/lib/check-project';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { statementRecords } from '../../../src/lib/exports/statements';
import type { TextPositionSelector, TextQuoteSelector } from '../../../src/lib/opendata/text-selectors';
import { annotationCollection, annotationIndex, annotationPage, annotationPageKey, annotationPageText } from '../../../src/lib/opendata/web-annotation';
import { sortByPublication } from '../../../src/lib/site/sort';
import { anchor } from '../../helpers/anchoring';
import { expandOffline, expandedTypes } from '../../helpers/jsonld';
import { projectRoot } from '../../helpers/project';

const { project, annotations } = checkProject(readProjectFiles(projectRoot));
const statements = statementRecords(project, annotations, (slug, anchor) => `/sources/${slug}/#${anchor}`);
const { events } = buildChronology(project, annotations, statements);
const absolute = (path: string) => `https://exemple.org/chronique${path}`;
const index = annotationIndex(project, annotations, events);
const collection = annotationCollection(index, absolute);
const pages = [...index.pages.keys()].map((article) => annotationPage(project, annotations, index, article, absolute));
const items = pages.flatMap((page) => page.items);
const seedOf = new Map([...project.articles.values()].map((article) => [absolute(`/seeds/${article.data.seed}`), article.seedText]));
const pageUrl = (article: string) => absolute(`/data/annotations/${article}.jsonld`);

describe('annotationIndex(project, annotations, events)', () => {
  it('counts one annotation per mention, per statement and per event claim, and gives every annotated source a page in publication order', () => {
    const blocks = [...annotations.articles.values()].flatMap((article) => article.blocks);
    const mentions = blocks.reduce((sum, block) => sum + block.analysis.mentions.length, 0);
    const claims = events.reduce((sum, event) => sum + event.claims.length, 0);
    expect(index.total).toBe(mentions + statements.length + claims);
    const annotated = sortByPublication(project.articles.values()).filter((article) => annotations.articles.get(article.id)!.blocks.some((block) => block.analysis.mentions.length + block.analysis.statements.length > 0));
    expect([...index.pages.keys()]).toEqual(annotated.map((article) => article.id));
  });

  it('starts each page where the previous one ends, links neighbours, and counts what the page computes', () => {
    const entries = [...index.pages.values()];
    let start = 0;
    entries.forEach((entry, at) => {
      expect(entry.startIndex, entry.article).toBe(start);
      expect(entry.prev).toBe(entries[at - 1]?.article);
      expect(entry.next).toBe(entries[at + 1]?.article);
      expect(pages[at]!.items, entry.article).toHaveLength(entry.count);
      start += entry.count;
    });
    expect(start).toBe(index.total);
  });
});

describe('annotationPageKey(index, article, sourceKey)', () => {
  it('changes with the source, with its place in the collection and with the total, nothing else', () => {
    const [first, second] = [...index.pages.keys()];
    const key = annotationPageKey(index, first!, 'source-1');
    expect(annotationPageKey(index, first!, 'source-1')).toBe(key);
    expect(annotationPageKey(index, first!, 'source-2')).not.toBe(key);
    const moved = { total: index.total + 1, pages: new Map(index.pages) };
    expect(annotationPageKey(moved, first!, 'source-1')).not.toBe(key);
    moved.pages.set(first!, { ...index.pages.get(first!)!, next: 'another' });
    expect(annotationPageKey({ ...moved, total: index.total }, first!, 'source-1')).not.toBe(key);
    expect(annotationPageKey(index, second!, 'source-1')).not.toBe(key);
    expect(() => annotationPageKey(index, 'nowhere', 'source-1')).toThrow(/No annotation page for nowhere/);
  });
});

describe('annotationCollection(index, absolute)', () => {
  it('is small: the total and the first and last pages, no annotation', () => {
    expect(collection).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: absolute('/data/annotations.jsonld'),
      type: 'AnnotationCollection',
      label: expect.any(String) as string,
      total: index.total,
      first: pageUrl([...index.pages.keys()][0]!),
      last: pageUrl([...index.pages.keys()].at(-1)!),
    });
  });

  it('has no first or last page when nothing is annotated', () => {
    expect(annotationCollection({ total: 0, pages: new Map() }, absolute)).not.toHaveProperty('first');
  });
});

describe('annotationPage(project, annotations, index, article, absolute)', () => {
  it('is part of the collection, at its start index, between its neighbours', () => {
    for (const page of pages) {
      const entry = [...index.pages.values()].find((candidate) => pageUrl(candidate.article) === page.id)!;
      expect(page.partOf).toEqual({ id: collection.id, label: collection.label, total: collection.total });
      expect(page.startIndex).toBe(entry.startIndex);
      expect(page.prev).toBe(entry.prev && pageUrl(entry.prev));
      expect(page.next).toBe(entry.next && pageUrl(entry.next));
    }
    expect(pages[0]).not.toHaveProperty('prev');
    expect(pages.at(-1)).not.toHaveProperty('next');
  });

  it('holds its source\'s annotations only, each with an id that is the page\'s URL and a fragment, none twice', () => {
    for (const page of pages) {
      const source = absolute(`/sources/${page.id.replace(/^.*\/annotations\/(.+)\.jsonld$/, '$1')}/`);
      for (const item of page.items) {
        expect(item.id.startsWith(`${page.id}#`), item.id).toBe(true);
        expect(item.target[0].source.id).toBe(source);
      }
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.filter((item) => /#p-[^/]+\/m\d+$/.test(item.id)).length).toBe([...annotations.articles.values()].flatMap((article) => article.blocks).reduce((sum, block) => sum + block.analysis.mentions.length, 0));
  });

  it('re-anchors every selector on the seed text exactly once, where its position selector says', async () => {
    for (const item of items) {
      const [page, seed] = item.target;
      const text = seedOf.get(seed.source.id)!;
      expect(text, seed.source.id).toBeDefined();
      const [quote, position] = seed.selector as [TextQuoteSelector, TextPositionSelector];
      expect(page.selector).toEqual(quote);
      expect(page.source.id).toMatch(/^https:\/\/exemple\.org\/chronique\/sources\/[a-z0-9-]+\/$/);
      expect([...text].slice(position.start, position.end).join(''), item.id).toBe(quote.exact);
      const quoted = await anchor(quote, text);
      expect(quoted, item.id).toHaveLength(1);
      expect(await anchor(position, text)).toEqual(quoted);
    }
  }, 60_000);

  it('names what each annotation is about with Chronique URLs, with a fitting motivation', () => {
    const byMotivation = Object.groupBy(items, (item) => item.motivation);
    expect(Object.keys(byMotivation).sort()).toEqual(['describing', 'identifying', 'linking']);
    for (const item of items) {
      const bodies = Array.isArray(item.body) ? item.body : [item.body];
      const ids = bodies.map((body) => ('source' in body ? body.source.id : 'id' in body ? body.id : undefined)).filter(Boolean);
      if (item.motivation !== 'describing') expect(ids.length, item.id).toBeGreaterThan(0);
      for (const id of ids) expect(id).toMatch(/^https:\/\/exemple\.org\/chronique\/(acteurs|lieux|glossaire|chronologie)\//);
    }
    const claim = items.find((item) => item.id.endsWith('/c1'))!;
    expect(claim.body).toContainEqual(expect.objectContaining({ type: 'TextualBody', purpose: 'tagging' }));
  });

  it('expands with the Web Annotation JSON-LD context, in safe mode, every type from the model', async () => {
    const types = new Set(expandedTypes(await expandOffline(collection)));
    for (const page of pages) for (const type of expandedTypes(await expandOffline(page))) types.add(type);
    expect(types).toContain('http://www.w3.org/ns/oa#Annotation');
    expect(types).toContain('http://www.w3.org/ns/oa#TextQuoteSelector');
    expect(types).toContain('http://www.w3.org/ns/oa#TextPositionSelector');
    expect(types).toContain('http://www.w3.org/ns/activitystreams#OrderedCollection');
    expect(types).toContain('http://www.w3.org/ns/activitystreams#OrderedCollectionPage');
    for (const type of types) expect(type).toMatch(/^http:\/\/(www\.w3\.org\/ns\/(oa#|activitystreams#)|purl\.org\/dc\/dcmitype\/|xmlns\.com\/foaf\/0\.1\/|schema\.org\/|www\.w3\.org\/2004\/02\/skos\/core#)/);
  }, 60_000);
});

describe('annotationPageText(page)', () => {
  it('writes the same JSON, one annotation per line', () => {
    for (const page of pages) {
      const text = annotationPageText(page);
      expect(JSON.parse(text)).toEqual(page);
      expect(text.split('\n').filter((line) => line.includes('"type":"Annotation"'))).toHaveLength(page.items.length);
    }
  });
});
