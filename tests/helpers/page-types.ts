import { realProject } from './project';

const { project } = realProject();
const firstOf = <T>(map: Map<string, T>) => [...map.keys()][0]!;

/** One page of each type a reader meets, by path below the base. */
export const pageTypes: Record<string, string> = {
  home: '',
  sources: 'sources/',
  source: `sources/${firstOf(project.articles)}/`,
  actors: 'acteurs/',
  actor: 'acteurs/hts/',
  places: 'lieux/',
  place: 'lieux/hama/',
  glossary: 'glossaire/',
  chapters: 'chapitres/',
  chapter: `chapitres/${[...project.chapters.keys()][0]}/`,
  chronology: 'chronologie/',
  day: 'chronologie/2024-12-05/',
  facet: 'chronologie/types/capture/',
  charts: 'graphiques/',
  search: 'recherche/',
};
