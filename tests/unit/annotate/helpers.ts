import type { Gazetteer, Entity } from '../../../src/lib/annotate/gazetteer';
import { compileMentionMatcher } from '../../../src/lib/annotate/mentions';

/** A small gazetteer written for the tests, with names that are not all in the seeds. */
export function testGazetteer(): Gazetteer {
  const entities: Entity[] = [];
  const forms: Gazetteer['forms'] = [];
  const add = (kind: Entity['kind'], id: string, names: string[], extra: Partial<Entity> = {}) => {
    const entity: Entity = { kind, id, name: names[0]!, ...extra };
    entities.push(entity);
    for (const form of names) forms.push({ form, entity });
  };
  add('actor', 'ans', ['Armée nationale syrienne', 'ANS', 'SNA']);
  add('actor', 'armee-syrienne', ['Armée arabe syrienne', 'armée syrienne', 'SAA']);
  add('actor', 'osdh', ["Observatoire syrien des droits de l'homme", 'OSDH', 'Observatoire']);
  add('actor', 'sana', ['SANA']);
  add('actor', 'hts', ['Hayat Tahrir al-Sham', 'Hayat Tahrir al-Cham', 'HTS']);
  add('actor', 'israel', ['Israël']);
  add('actor', 'unrwa', ['UNRWA']);
  add('actor', 'casques-blancs', ['Casques blancs']);
  add('actor', 'ahmed-al-charaa', ['Ahmed al-Charaa', 'al-Charaa'], { isPerson: true, gender: 'm', affiliation: 'hts' });
  add('actor', 'maria-zakharova', ['Maria Zakharova', 'Zakharova'], { isPerson: true, gender: 'f' });
  add('actor', 'kaja-kallas', ['Kaja Kallas'], { isPerson: true, gender: 'f' });
  add('place', 'hama', ['Hama']);
  add('place', 'deraa', ['Deraa', 'Daraa']);
  add('place', 'gouvernorat-deraa', ['province de Deraa']);
  add('place', 'quneitra', ['Qouneitra']);
  add('term', 'alaouites', ['alaouite', 'alaouites']);
  return { entities: new Map(entities.map((entity) => [`${entity.kind}:${entity.id}`, entity])), forms };
}

export const gazetteer = testGazetteer();
export const matcher = compileMentionMatcher(gazetteer);

/** The mentions of a text as "words→id" strings, easy to read in a failing test. */
export function mentionsOf(text: string): string[] {
  return matcher.find(text).map((mention) => `${text.slice(mention.start, mention.end)}→${mention.entity.id}`);
}
