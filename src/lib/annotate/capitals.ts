import type { Entity, Gazetteer } from './gazetteer';

/**
 * News French lets a capital speak for its government: "Moscou a appelé à …", "Téhéran a réaffirmé …",
 * "Damas a démenti …". The capitals of the states the offensive concerned, and the actor that speaks
 * for each: general knowledge, not any one article's.
 */
const capitals: Record<string, string> = {
  damas: 'gouvernement-syrien',
  moscou: 'russie',
  téhéran: 'iran',
  ankara: 'turquie',
  washington: 'etats-unis',
  pékin: 'chine',
  doha: 'qatar',
  amman: 'jordanie',
  beyrouth: 'liban',
  bagdad: 'irak',
  londres: 'royaume-uni',
  kiev: 'ukraine',
  kyiv: 'ukraine',
  jérusalem: 'israel',
  paris: 'france',
  bruxelles: 'ue',
};

/**
 * The actor a place stands for when it is the subject of a verb of saying, if the place is a capital
 * and the registry knows the actor; undefined otherwise.
 */
export function speakingFor(place: Entity, gazetteer: Pick<Gazetteer, 'entities'>): Entity | undefined {
  if (place.kind !== 'place') return undefined;
  const actor = capitals[place.name.toLocaleLowerCase('fr')];
  return actor ? gazetteer.entities.get(`actor:${actor}`) : undefined;
}
