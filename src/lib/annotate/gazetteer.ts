import type { Project } from '../content/project';

export type EntityKind = 'actor' | 'place' | 'term';

/** Something a mention can point to. */
export interface Entity {
  kind: EntityKind;
  id: string;
  name: string;
  /** For actors: a named person, who may be the speaker of a statement in apposition ("Le porte-parole, X, a déclaré"). */
  isPerson?: boolean;
  /** For actors: the organisation the actor answers to. */
  affiliation?: string;
  /** For actors: what kind of actor ("ngo", "state", "person"…), so "l'ONG" finds the last NGO. */
  actorKind?: string;
  /** For persons: grammatical gender, so "elle" finds the last woman named. */
  gender?: 'f' | 'm';
  /** In a discourse only: named in the plural ("les Casques blancs", "des habitants"), so "ils" and "eux" can stand for it. */
  plural?: boolean;
}

/** A written form of an entity, as the annotator looks for it in text. */
export interface NameForm {
  form: string;
  entity: Entity;
}

/** Every entity and every form it may take in text: the only content-specific input of the annotator. */
export interface Gazetteer {
  entities: Map<string, Entity>;
  forms: NameForm[];
}

export const entityKey = (kind: EntityKind, id: string) => `${kind}:${id}`;

/**
 * Builds the gazetteer from actors, places and glossary terms. A glossary term that names an actor
 * or a place adds its forms to that actor or place: a mention links to what it designates.
 */
export function buildGazetteer(project: Pick<Project, 'actors' | 'places' | 'glossary'>): Gazetteer {
  const entities = new Map<string, Entity>();
  const forms: NameForm[] = [];
  const seen = new Set<string>();
  const add = (entity: Entity, names: string[]) => {
    entities.set(entityKey(entity.kind, entity.id), entity);
    for (const form of names) {
      if (seen.has(form)) continue;
      seen.add(form);
      forms.push({ form, entity });
    }
  };
  for (const { id, data } of project.actors.values()) {
    add({ kind: 'actor', id, name: data.name, isPerson: data.kind === 'person', actorKind: data.kind, ...(data.gender ? { gender: data.gender } : {}), ...(data.affiliation ? { affiliation: data.affiliation } : {}) }, [data.name, ...data.aliases]);
  }
  for (const { id, data } of project.places.values()) add({ kind: 'place', id, name: data.name }, [data.name, ...data.aliases]);
  for (const { id, data } of project.glossary.values()) {
    const target = data.actor ? entities.get(entityKey('actor', data.actor)) : data.place ? entities.get(entityKey('place', data.place)) : undefined;
    add(target ?? { kind: 'term', id, name: data.term }, [data.term, ...data.aliases]);
    if (target) entities.set(entityKey('term', id), { kind: 'term', id, name: data.term });
  }
  return { entities, forms };
}
