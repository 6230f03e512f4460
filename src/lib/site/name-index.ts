import type { SiteProject } from '../content/project';
import { paths } from './paths';

/** One line of the index of names: a name or one of its other spellings, and the page about it. */
export interface NameIndexEntry {
  label: string;
  path: string;
  kind: 'actor' | 'place' | 'term';
  /** For another spelling: the name the page goes by. */
  seeName?: string;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Every actor, place and glossary term by name and by each of its other spellings, in French
 * alphabetical order: what the search page offers without JavaScript, to be searched with the
 * browser's own "find in page" (a reader looking for "Rasten" lands on Rastan).
 */
export function nameIndex(project: Pick<SiteProject, 'actors' | 'places' | 'glossary'>): NameIndexEntry[] {
  const named = (kind: NameIndexEntry['kind'], name: string, aliases: readonly string[], path: string): NameIndexEntry[] => [
    { label: name, path, kind },
    ...aliases.filter((alias) => alias !== name).map((alias) => ({ label: alias, path, kind, seeName: name })),
  ];
  const entries = [
    ...[...project.actors.values()].flatMap(({ id, data }) => named('actor', data.name, data.aliases, paths.actor(id))),
    ...[...project.places.values()].flatMap(({ id, data }) => named('place', data.name, data.aliases, paths.place(id))),
    ...[...project.glossary.values()].flatMap(({ id, data }) => named('term', data.term, data.aliases, paths.glossary(id))),
  ];
  const unique = new Map(entries.map((entry) => [`${entry.label}\u0000${entry.path}`, entry]));
  return [...unique.values()].sort((a, b) => collator.compare(a.label, b.label) || a.path.localeCompare(b.path));
}
