import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { distRoot, readJson, readPage, selectAll } from '../helpers/dist';
import { realProject } from '../helpers/project';

const { project } = realProject();

const expectedPages = [
  '/',
  '/sources/',
  '/acteurs/',
  '/lieux/',
  '/glossaire/',
  ...[...project.articles.keys()].map((slug) => `/sources/${slug}/`),
  ...[...project.actors.keys()].map((id) => `/acteurs/${id}/`),
  ...[...project.places.keys()].map((id) => `/lieux/${id}/`),
];

describe('the built site', () => {
  it.each(expectedPages)('has the page %s, in French, with a title and one h1', (path) => {
    const page = readPage(path);
    expect(selectAll('html[lang="fr"]', page)).toHaveLength(1);
    expect(selectAll('head > title', page)).toHaveLength(1);
    expect(selectAll('h1', page)).toHaveLength(1);
  });

  it('has a 404 page', () => {
    expect(existsSync(join(distRoot, '404.html'))).toBe(true);
  });

  it('serves each raw seed unchanged', () => {
    for (const article of project.articles.values()) {
      expect(existsSync(join(distRoot, 'seeds', article.data.seed))).toBe(true);
    }
  });

  it('gives chapters and sources a "Citer cette page" block with title, site, date and canonical URL (ISO 690)', () => {
    const cite = (path: string) => toString(selectAll('.cite-page p', readPage(path))[0]!);
    for (const chapter of project.chapters.values()) {
      const text = cite(`/chapitres/${chapter.id}/`);
      expect(text).toContain(`CHRONIQUE. ${chapter.data.title}. In\u00a0: Chronique`);
      expect(text).toMatch(/mis à jour le \d{1,2}(er)? \p{L}+ \d{4}/u);
      expect(text).toContain(`/chapitres/${chapter.id}/`);
    }
    for (const article of project.articles.values()) {
      const text = cite(`/sources/${article.id}/`);
      expect(text).toContain(`${article.data.title}. ${article.data.outlet} [en ligne].`);
      expect(text).toMatch(/\d{4}\..*Disponible à l’adresse\u00a0: http/);
    }
  });

  it('anchors each glossary term', () => {
    const page = readPage('/glossaire/');
    for (const id of project.glossary.keys()) expect(selectAll(`[id="${id}"]`, page)).toHaveLength(1);
  });
});

describe('/data/ exports', () => {
  it('lists every article with its documented fields', () => {
    const articles = readJson<Record<string, unknown>[]>('data/articles.json');
    expect(articles.map((article) => article['slug']).sort()).toEqual([...project.articles.keys()].sort());
    for (const article of articles) {
      for (const field of ['slug', 'seed', 'title', 'outlet', 'originalSource', 'url', 'language', 'published', 'publishedPrecision', 'publishedNote']) {
        expect(article).toHaveProperty(field);
      }
      expect(article['published']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each([
    ['actors', project.actors],
    ['places', project.places],
    ['glossary', project.glossary],
  ] as const)('exports every entry of %s', (name, entries) => {
    const records = readJson<{ id: string }[]>(`data/${name}.json`);
    expect(records.map((record) => record.id)).toEqual([...entries.keys()].sort());
  });
});

describe('links to other sites', () => {
  it('all carry rel="noopener noreferrer"', () => {
    for (const path of expectedPages) {
      for (const link of selectAll('a[href^="http"]', readPage(path))) {
        const href = String(link.properties['href']);
        if (href.startsWith('http://localhost:4321')) continue;
        expect(link.properties['rel']).toEqual(['noopener', 'noreferrer']);
      }
    }
  });

  it('no element has an inline event handler', () => {
    for (const path of expectedPages) {
      const page = readPage(path);
      expect(selectAll('[onclick], [onerror], [onload], [onmouseover], [onfocus]', page)).toEqual([]);
    }
  });
});
