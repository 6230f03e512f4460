import { createHash } from 'node:crypto';
import type { SiteProject } from '../content/project';

/**
 * A page's key for Astro's incremental build (`cacheKey`): a digest of everything the page is made
 * from, given as JSON-serialisable values. The page is copied from the previous build when the key
 * and the page's code are unchanged, so every value its template or components read must be here.
 */
export function pageKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

const registryKeys = new WeakMap<SiteProject, string>();

/**
 * The registry (actors, places, glossary terms) as one digest: pages name, link and describe
 * entries from it (event cards, statement lists, JSON-LD), so a change to any entry renders them again.
 */
export function registryKey(project: SiteProject): string {
  let key = registryKeys.get(project);
  if (key === undefined) {
    key = pageKey([...project.actors.values()].map((entry) => [entry.id, entry.data]), [...project.places.values()].map((entry) => [entry.id, entry.data]), [...project.glossary.values()].map((entry) => [entry.id, entry.data]));
    registryKeys.set(project, key);
  }
  return key;
}

/** The metadata of the articles a page cites (title, outlet, dates, summary…), by id, each once. */
export function citedArticles(project: SiteProject, ids: Iterable<string>): [string, unknown][] {
  return [...new Set(ids)].sort().map((id) => [id, project.articles.get(id)?.data ?? null]);
}
