import { citationRecords, type CitationRecord } from '../opendata/citation';
import { loadSite } from './load';
import { absoluteUrl } from './url';

/**
 * The paths of the citation files (`/citer/<chapitres|sources>/<slug>.bib` and `.json`). A source's
 * reference depends on its article alone: its payload's name (the article's digest) is its
 * `cacheKey`, and an unchanged one is copied from the last build (astro.config.mjs).
 */
export async function citationStaticPaths(): Promise<{ params: { kind: string; slug: string }; props: { record: CitationRecord }; cacheKey?: string }[]> {
  const { project, payloads } = await loadSite();
  return citationRecords(project, absoluteUrl).map((record) => {
    const payload = record.kind === 'sources' ? payloads.get(record.slug) : undefined;
    return { params: { kind: record.kind, slug: record.slug }, props: { record }, ...(payload ? { cacheKey: payload.name } : {}) };
  });
}
