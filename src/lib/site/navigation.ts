import { routes } from './url';

export interface NavigationItem {
  label: string;
  href: string;
  /** The first path segment that marks the item as current. */
  section: string;
}

/** The site's sections, in the order a reader discovers them. */
export function navigation(): NavigationItem[] {
  return [
    { label: 'Chapitres', href: routes.chapters(), section: 'chapitres' },
    { label: 'Chronologie', href: routes.chronology(), section: 'chronologie' },
    { label: 'Sources', href: routes.sources(), section: 'sources' },
    { label: 'Acteurs', href: routes.actors(), section: 'acteurs' },
    { label: 'Lieux', href: routes.places(), section: 'lieux' },
    { label: 'Glossaire', href: routes.glossary(), section: 'glossaire' },
    { label: 'Graphiques', href: routes.charts(), section: 'graphiques' },
    { label: 'Recherche', href: routes.search(), section: 'recherche' },
  ];
}

/** The section a path belongs to, once the base path is removed ("/chronique/sources/x/" → "sources"). */
export function sectionOf(pathname: string, base: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return rest.split('/')[0] ?? '';
}
