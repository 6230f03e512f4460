import type { Entity } from '../annotate/gazetteer';

/** The charts that have pages of their own: the statements timeline, the corroboration matrix. */
export type ChartName = 'declarations' | 'corroboration';

/** Site-absolute paths of every page type, before the base path is added. One place for every URL. */
export const paths = {
  home: () => '/',
  sources: () => '/sources/',
  source: (slug: string) => `/sources/${slug}/`,
  seed: (file: string) => `/seeds/${file}`,
  actors: () => '/acteurs/',
  actor: (id: string) => `/acteurs/${id}/`,
  places: () => '/lieux/',
  place: (id: string) => `/lieux/${id}/`,
  glossary: (id?: string) => (id ? `/glossaire/#${id}` : '/glossaire/'),
  chronology: () => '/chronologie/',
  day: (isoDay: string) => `/chronologie/${isoDay}/`,
  event: (date: string, id: string) => `/chronologie/${date}/#${id}`,
  chronologyFacet: (facet: 'acteurs' | 'lieux' | 'types', id: string) => `/chronologie/${facet}/${id}/`,
  data: (file: string) => `/data/${file}`,
  charts: () => '/graphiques/',
  /** A chart too large for /graphiques/, whole on its own pages (pagePath gives the next ones): the statements timeline, the corroboration matrix. */
  chart: (chart: ChartName) => `/graphiques/${chart}/`,
  chapters: () => '/chapitres/',
  chapter: (slug: string) => `/chapitres/${slug}/`,
  search: () => '/recherche/',
};

export function entityPath(entity: Pick<Entity, 'kind' | 'id'>): string {
  if (entity.kind === 'actor') return paths.actor(entity.id);
  if (entity.kind === 'place') return paths.place(entity.id);
  return paths.glossary(entity.id);
}
