import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distRoot, readJson } from '../helpers/dist';

/** The search index holds each page once: the chronology's filtered views (by actor, place, type) repeat the day pages and stay out. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('the search index', () => {
  const pages = htmlFiles(distRoot);
  const indexed = pages.filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));

  it('leaves the filtered chronology pages out', () => {
    const facets = pages.filter((file) => /\/chronologie\/(acteurs|lieux|types)\//.test(file));
    expect(facets.length).toBeGreaterThan(10);
    expect(facets.filter((file) => indexed.includes(file))).toEqual([]);
    expect(indexed.some((file) => /\/sources\/[^/]+\/index\.html$/.test(file))).toBe(true);
  });

  it('indexes exactly the pages marked for it: none lies deeper than the glob of pagefind.yml reads', () => {
    const entry = readJson<{ languages: Record<string, { page_count: number }> }>('pagefind/pagefind-entry.json');
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(indexed.length);
  });
});

/** The text Pagefind indexed for each page (its fragments are gzipped JSON behind a signature). */
function indexedTexts(): { url: string; content: string }[] {
  const folder = join(distRoot, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
}

describe('the indexed text', () => {
  const texts = indexedTexts();

  it('keeps the spaces between words that sit in neighbouring elements ("Frappe aérienne ou de drone Survenu", not "droneSurvenu")', () => {
    // A word with a capital inside it that the page's HTML does not hold as such was glued across a tag.
    const glued = texts.flatMap(({ url, content }) => {
      const html = readFileSync(join(distRoot, url.endsWith('.html') ? url : join(url, 'index.html')), 'utf8');
      return [...content.matchAll(/[\p{L}\d]*(?:\p{Ll}\p{Lu}|\d\p{L}{2,}|[.,;:)»]\p{L})[\p{L}\d]*/gu)].map(([word]) => word).filter((word) => !html.includes(word)).map((word) => `${url}: ${word}`);
    });
    expect(texts.length).toBeGreaterThan(100);
    expect(glued).toEqual([]);
  });

  it('leaves out what repeats on many pages: breadcrumbs, reading controls, "Citer cette page"', () => {
    expect(texts.filter(({ content }) => /Citer cette page|BibTeX|Masquer les annotations|Chapitres › /.test(content)).map(({ url }) => url)).toEqual([]);
  });
});

