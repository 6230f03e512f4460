import { sectionOf } from './navigation';

/**
 * What a page is, for the search: the results list the source articles first (the site's
 * primary material), then every other page by relevance, each with its kind written beside it.
 * The kind reaches Pagefind as metadata (the label shown in the results); the sources also carry
 * a filter (`genre: source`), to be queried on their own.
 */
export type SearchKind = 'source' | 'chapter' | 'day' | 'actor' | 'place' | 'glossary' | 'overview';

export const searchKindLabels: Record<SearchKind, string> = {
  source: 'Source',
  chapter: 'Chapitre',
  day: 'Journée',
  actor: 'Acteur',
  place: 'Lieu',
  glossary: 'Glossaire',
  overview: 'Vue d’ensemble',
};

/** The Pagefind filter that holds a page's kind; the search script queries `genre: source`. */
export const searchKindFilter = 'genre';

const detailKinds: Record<string, SearchKind> = { sources: 'source', chapitres: 'chapter', acteurs: 'actor', lieux: 'place' };

/** The kind of the page at `pathname` ("/chronique/sources/x/" under base "/chronique/" → "source"). */
export function searchKindOf(pathname: string, base: string): SearchKind {
  const section = sectionOf(pathname, base);
  const rest = pathname.slice(pathname.indexOf(`${section}/`) + section.length + 1).replace(/\/$/, '');
  if (section === 'glossaire') return 'glossary';
  if (section === 'chronologie' && /^\d{4}-\d{2}-\d{2}$/.test(rest)) return 'day';
  if (section !== '' && rest !== '' && !rest.includes('/') && detailKinds[section]) return detailKinds[section];
  return 'overview';
}

/** The attributes that index a page's main element under its kind (none when the page stays out of the index). */
export function searchAttributes(pathname: string, base: string, searchable: boolean): Record<string, string> {
  if (!searchable) return {};
  const kind = searchKindOf(pathname, base);
  return {
    'data-pagefind-body': '',
    // Only the sources carry the filter: with a single filter value Pagefind writes its filter
    // index in the same order at every build (several values come out in a random order, and
    // the build would no longer be reproducible).
    ...(kind === 'source' ? { 'data-pagefind-filter': `${searchKindFilter}:source` } : {}),
    'data-pagefind-meta': `${searchKindFilter}:${searchKindLabels[kind]}`,
  };
}
