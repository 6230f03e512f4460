import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('indexes exactly the pages marked for it', () => {
    const entry = readJson<{ languages: Record<string, { page_count: number }> }>('pagefind/pagefind-entry.json');
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(indexed.length);
  });
});
