import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../../src/lib/chronology/chronology';
import { checkProject } from '../../../src/lib/check-project';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { statementRecords } from '../../../src/lib/exports/statements';
import type { TextPositionSelector, TextQuoteSelector } from '../../../src/lib/opendata/text-selectors';
import { annotationCollectionBytes, annotationCollectionText, webAnnotations } from '../../../src/lib/opendata/web-annotation';
import { anchor } from '../../helpers/anchoring';
import { expandOffline, expandedTypes } from '../../helpers/jsonld';
import { projectRoot } from '../../helpers/project';

const { project, annotations } = checkProject(readProjectFiles(projectRoot));
const statements = statementRecords(project, annotations, (slug, anchor) => `/sources/${slug}/#${anchor}`);
const { events } = buildChronology(project, annotations, statements);
const absolute = (path: string) => `https://exemple.org/chronique${path}`;
const collection = webAnnotations(project, annotations, events, absolute);
const items = collection.first.items;
const seedOf = new Map([...project.articles.values()].map((article) => [absolute(`/seeds/${article.data.seed}`), article.seedText]));

describe('webAnnotations(project, annotations, events, absolute)', () => {
  it('has one annotation per mention, per statement and per event claim', () => {
    const blocks = [...annotations.articles.values()].flatMap((article) => article.blocks);
    const mentions = blocks.reduce((sum, block) => sum + block.analysis.mentions.length, 0);
    const claims = events.reduce((sum, event) => sum + event.claims.length, 0);
    expect(items.filter((item) => item.id.includes('/m'))).toHaveLength(mentions);
    expect(items).toHaveLength(mentions + statements.length + claims);
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
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
    const expanded = await expandOffline(collection);
    const types = new Set(expandedTypes(expanded));
    expect(types).toContain('http://www.w3.org/ns/oa#Annotation');
    expect(types).toContain('http://www.w3.org/ns/oa#TextQuoteSelector');
    expect(types).toContain('http://www.w3.org/ns/oa#TextPositionSelector');
    for (const type of types) expect(type).toMatch(/^http:\/\/(www\.w3\.org\/ns\/(oa#|activitystreams#)|purl\.org\/dc\/dcmitype\/|xmlns\.com\/foaf\/0\.1\/|schema\.org\/|www\.w3\.org\/2004\/02\/skos\/core#)/);
  }, 60_000);
});

describe('annotationCollectionText(collection)', () => {
  it('writes the same JSON, one annotation per line', () => {
    const text = annotationCollectionText(collection);
    expect(JSON.parse(text)).toEqual(collection);
    expect(text.split('\n').filter((line) => line.includes('"type":"Annotation"'))).toHaveLength(items.length);
  });
});

describe('annotationCollectionBytes(collection)', () => {
  it('encodes the same text in UTF-8, line by line', () => {
    expect(new TextDecoder().decode(annotationCollectionBytes(collection))).toBe(annotationCollectionText(collection));
  });
});
