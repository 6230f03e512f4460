import type { Entity, Gazetteer } from './gazetteer';
import type { Mention } from './mentions';

/**
 * A surname alone ("Assad") names the person of that name named in full last ("Hafez al-Assad … Assad"),
 * never a family ("la famille Assad", "les Assad"); two people who share a surname never merge, and
 * when the text has not said which one it means, the editor is warned.
 */

/** What the reader has met so far: the last person named in full for each surname. */
export interface SurnameMemory {
  lastNamed: Map<string, Entity>;
  /** Everyone named in full so far, by id. */
  named: Set<string>;
}

export function newSurnameMemory(): SurnameMemory {
  return { lastNamed: new Map(), named: new Set() };
}

export interface AmbiguousMention {
  start: number;
  end: number;
  text: string;
  /** Everyone in the registry the words may name. */
  candidates: string[];
}

/** "al-Assad", "el-Assad", "Assad" → "assad": the key under which people share a surname. */
export function surnameKey(name: string): string {
  const last = name.trim().split(/\s+/u).at(-1) ?? '';
  return last
    .replace(/^(?:al|el|ad|ach|as|at|an|ar)[-‑]/iu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr');
}

/** Every person of the registry by surname (the last word of their name), for the surnames two or more share… or one. */
export function peopleBySurname(gazetteer: Gazetteer): Map<string, Entity[]> {
  const people = new Map<string, Entity[]>();
  for (const entity of gazetteer.entities.values()) {
    if (!entity.isPerson || !/\s/u.test(entity.name.trim())) continue;
    const key = surnameKey(entity.name);
    people.set(key, [...(people.get(key) ?? []), entity]);
  }
  return people;
}

const family = /(?:famille|clan|dynastie|frères|fils|régime\s+des|les|des|aux)\s+$/iu;

/**
 * Rewrites the mentions of one block: a single word that is the surname of a person resolves to the
 * person of that surname named in full last; it is dropped after "famille", "clan", "les"; it is
 * reported as ambiguous when several people share it and the text has not settled whom it means
 * (the alias keeps the person the registry gives it to).
 * Full names update the memory, in reading order.
 */
export function resolveSurnames(text: string, mentions: readonly Mention[], people: ReadonlyMap<string, Entity[]>, memory: SurnameMemory): { mentions: Mention[]; ambiguous: AmbiguousMention[] } {
  const resolved: Mention[] = [];
  const ambiguous: AmbiguousMention[] = [];
  for (const mention of mentions) {
    const words = text.slice(mention.start, mention.end);
    const entity = mention.entity;
    if (mention.fromDirective || entity.kind !== 'actor') {
      resolved.push(mention);
      continue;
    }
    const isSurnameAlone = !/\s/u.test(words.trim()) && entity.isPerson === true && /\s/u.test(entity.name.trim()) && surnameKey(words) === surnameKey(entity.name);
    if (!isSurnameAlone) {
      if (entity.isPerson) {
        memory.lastNamed.set(surnameKey(entity.name), entity);
        memory.named.add(entity.id);
      }
      resolved.push(mention);
      continue;
    }
    if (family.test(text.slice(Math.max(0, mention.start - 20), mention.start))) continue;
    const sharing = people.get(surnameKey(words)) ?? [entity];
    const named = memory.lastNamed.get(surnameKey(words));
    if (sharing.length <= 1) {
      resolved.push(mention);
      continue;
    }
    if (named) {
      resolved.push({ ...mention, entity: named });
      // Two of them named in full already: the nearest is likely meant, but the editor should check.
      if (sharing.filter((person) => memory.named.has(person.id)).length > 1) ambiguous.push({ start: mention.start, end: mention.end, text: words, candidates: sharing.map((person) => person.id) });
      continue;
    }
    // Nobody of that name named in full yet: the registry's own reading of the alias stands, with a warning.
    resolved.push(mention);
    ambiguous.push({ start: mention.start, end: mention.end, text: words, candidates: sharing.map((person) => person.id) });
  }
  return { mentions: resolved, ambiguous };
}
