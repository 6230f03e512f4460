import { citationRecords, type CitationRecord } from '../opendata/citation';
import { loadSite, sourceKey } from './load';
import { absoluteUrl } from './url';

/**
 * The paths of the citation files (`/citer/<chapitres|sources>/<slug>.bib` and `.json`). A source's
 * reference depends on its article alone (`sourceKey`): an unchanged one is copied from the last
 * build (astro.config.mjs).
 */
export async function citationStaticPaths(): Promise<{ params: { kind: string; slug: string }; props: { record: CitationRecord }; cacheKey?: string }[]> {
  const site = await loadSite();
  return citationRecords(site.project, absoluteUrl).map((record) => ({
    params: { kind: record.kind, slug: record.slug },
    props: { record },
    ...(record.kind === 'sources' ? { cacheKey: sourceKey(site, record.slug) } : {}),
  }));
}
