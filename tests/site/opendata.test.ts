import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { resourcePaths, type DataPackage } from '../../src/lib/opendata/datapackage';
import { checkCsv, checkDescriptor, checkRows } from '../../src/lib/opendata/table-check';
import type { TextPositionSelector, TextQuoteSelector } from '../../src/lib/opendata/text-selectors';
import type { AnnotationCollection, AnnotationPage } from '../../src/lib/opendata/web-annotation';
import { anchor } from '../helpers/anchoring';
import { distRoot, readJson, readPage, selectAll } from '../helpers/dist';
import { expandOffline, expandedTypes, schemaOrgVocabulary } from '../helpers/jsonld';
import { realProject } from '../helpers/project';

const htmlFiles = (readdirSync(distRoot, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
const pagePath = (file: string) => `/${relative(distRoot, join(distRoot, file)).replace(/index\.html$/, '')}`;

describe('schema.org JSON-LD in the built pages', () => {
  it('is in the head of every page, once, and expands without error with only schema.org types', async () => {
    expect(htmlFiles.length).toBeGreaterThan(100);
    const { types } = schemaOrgVocabulary();
    for (const file of htmlFiles) {
      const page = readPage(pagePath(file));
      const scripts = selectAll('head > script[type="application/ld+json"]', page);
      expect(scripts, file).toHaveLength(1);
      const data = JSON.parse(toString(scripts[0]!)) as object;
      const expanded = await expandOffline(data);
      for (const type of expandedTypes(expanded)) expect(types.has(type.replace(/^http:\/\/schema\.org\//, '')), `${file}: ${type}`).toBe(true);
    }
  });

  it('is data that the Content-Security-Policy neither hashes nor needs to allow', () => {
    for (const file of ['index.html', 'sources/hts-entre-dans-homs/index.html', 'chapitres/index.html']) {
      const html = readFileSync(join(distRoot, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      expect(csp).not.toContain('unsafe-inline');
      // Browsers never execute a data block, so no hash is needed; no text of the JSON can close the element.
      const json = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
      expect(json).not.toContain('<');
    }
  });

  it('describes a source with its publisher and a day page with its events and claims', () => {
    const graph = (path: string) => (JSON.parse(toString(selectAll('script[type="application/ld+json"]', readPage(path))[0]!)) as { '@graph': { '@type': string }[] })['@graph'];
    expect(graph('/').map((node) => node['@type'])).toContain('WebSite');
    expect(graph('/sources/hts-entre-dans-homs/').map((node) => node['@type'])).toContain('NewsArticle');
    expect(graph('/chronologie/2024-12-05/').map((node) => node['@type'])).toEqual(expect.arrayContaining(['Event', 'Claim']));
  });
});

describe('citations for reference managers', () => {
  const pages: [string, string][] = [...[...realProject().project.chapters.keys()].map((slug): [string, string] => ['chapitres', slug]), ...[...realProject().project.articles.keys()].map((slug): [string, string] => ['sources', slug])];

  it.each(pages)('/%s/%s/ carries citation_* and DC.* meta tags, and its BibTeX and CSL-JSON files exist', (kind, slug) => {
    const page = readPage(`/${kind}/${slug}/`);
    const meta = (name: string) => selectAll(`head > meta[name="${name}"]`, page).map((node) => String(node.properties['content']));
    expect(meta('citation_title')[0]).toBe(toString(selectAll('h1', page)[0]!));
    for (const name of ['citation_publication_date', 'citation_date']) expect(meta(name)[0]).toMatch(/^\d{4}\/\d{2}(\/\d{2})?$/);
    expect(meta('citation_publisher')).toHaveLength(1);
    expect(meta('citation_public_url')[0]).toMatch(new RegExp(`/${kind}/${slug}/$`));
    for (const name of ['DC.title', 'DC.date', 'DC.publisher', 'DC.identifier']) expect(meta(name), name).toHaveLength(1);
    if (kind === 'chapitres') expect(meta('citation_author')).toEqual(['Chronique']);
    const links = selectAll('.cite-downloads a', page).map((node) => String(node.properties['href']));
    expect(links).toEqual([`/citer/${kind}/${slug}.bib`, `/citer/${kind}/${slug}.json`]);
    expect(readFileSync(join(distRoot, links[0]!), 'utf8')).toMatch(new RegExp(`^@(online|article)\\{chronique-${kind}-${slug},`));
    expect(readJson<{ URL: string }[]>(links[1]!.slice(1))[0]!.URL).toBe(meta('citation_public_url')[0]);
  });
});

describe('/data/annotations.jsonld and its pages', () => {
  const collection = readJson<AnnotationCollection>('data/annotations.jsonld');
  const file = (url: string) => new URL(url).pathname.replace(/^.*\/data\//, 'data/');
  /** The pages, read as a client would: from the collection's first page, following next to the end. */
  const pages: AnnotationPage[] = [];
  for (let next = collection.first; next; next = pages.at(-1)!.next) {
    if (!existsSync(join(distRoot, file(next)))) throw new Error(`${next}: the page is missing from dist/`);
    if (pages.some((page) => page.id === next)) throw new Error(`${next}: the pages loop back`);
    pages.push(readJson<AnnotationPage>(file(next)));
  }

  it('is a small collection whose pages, one per source in publication order, link up from first to last', () => {
    expect(readFileSync(join(distRoot, 'data/annotations.jsonld')).length).toBeLessThan(2_000);
    expect(collection).not.toHaveProperty('items');
    const sources = readJson<{ slug: string }[]>('data/articles.json').map((article) => article.slug);
    expect(pages.map((page) => page.id)).toEqual(sources.map((slug) => collection.id.replace(/annotations\.jsonld$/, `annotations/${slug}.jsonld`)));
    expect(pages.at(-1)!.id).toBe(collection.last);
    const written = readdirSync(join(distRoot, 'data/annotations')).map((name) => `data/annotations/${name}`);
    expect(written.sort()).toEqual(pages.map((page) => file(page.id)).sort());
  });

  it('agrees with every page on the total, and each page on its start index, its collection and its neighbours', () => {
    let start = 0;
    pages.forEach((page, at) => {
      expect(page.partOf, page.id).toEqual({ id: collection.id, label: collection.label, total: collection.total });
      expect(page.startIndex, page.id).toBe(start);
      expect(page.prev).toBe(pages[at - 1]?.id);
      expect(page.items.length, page.id).toBeGreaterThan(0);
      start += page.items.length;
    });
    expect(start).toBe(collection.total);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size, 'an annotation is on two pages, or twice on one').toBe(ids.length);
    for (const page of pages) for (const item of page.items) expect(item.id.startsWith(`${page.id}#`), item.id).toBe(true);
  });

  it('re-anchors every annotation of every page exactly once on the seed text the site serves', async () => {
    expect(collection.total).toBeGreaterThan(300);
    for (const page of pages) {
      const seeds = [...new Set(page.items.map((item) => item.target[1].source.id))];
      expect(seeds, page.id).toHaveLength(1);
      const text = readFileSync(join(distRoot, new URL(seeds[0]!).pathname.replace(/^.*\/seeds\//, 'seeds/')), 'utf8');
      for (const item of page.items) {
        const [quote, position] = item.target[1].selector as [TextQuoteSelector, TextPositionSelector];
        expect([...text].slice(position.start, position.end).join(''), item.id).toBe(quote.exact);
        expect(await anchor(quote, text), item.id).toHaveLength(1);
      }
    }
  });

  it('expands with the Web Annotation context', async () => {
    expect(new Set(expandedTypes(await expandOffline(collection)))).toContain('http://www.w3.org/ns/activitystreams#OrderedCollection');
    const types = new Set(expandedTypes(await expandOffline(pages[0]!)));
    expect(types).toContain('http://www.w3.org/ns/oa#Annotation');
    expect(types).toContain('http://www.w3.org/ns/activitystreams#OrderedCollectionPage');
  });
});

describe('/data/datapackage.json', () => {
  const descriptor = readJson<DataPackage>('data/datapackage.json');

  it('is a valid Data Package whose every resource is a file beside it', () => {
    expect(checkDescriptor(descriptor)).toEqual([]);
    for (const path of descriptor.resources.flatMap(resourcePaths)) expect(existsSync(join(distRoot, 'data', path)), path).toBe(true);
  });

  it('describes every CSV and JSON file of /data/', () => {
    const files = (readdirSync(join(distRoot, 'data'), { recursive: true }) as string[]).filter((file) => /\.(csv|json|jsonld)$/.test(file) && file !== 'datapackage.json');
    expect(descriptor.resources.flatMap(resourcePaths).sort()).toEqual(files.sort());
  });

  it.each(descriptor.resources.filter((resource) => resource.schema).map((resource) => [resourcePaths(resource).join(', '), resource] as const))('%s validates against its Table Schema', (_, resource) => {
    for (const path of resourcePaths(resource)) {
      const text = readFileSync(join(distRoot, 'data', path), 'utf8');
      const problems = resource.format === 'csv' ? checkCsv(text, resource.schema!) : checkRows(JSON.parse(text) as Record<string, unknown>[], resource.schema!);
      expect(problems, path).toEqual([]);
    }
  });
});
