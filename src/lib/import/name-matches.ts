import { distance } from 'fastest-levenshtein';
import type { Gazetteer, NameForm } from '../annotate/gazetteer';
import type { NameCandidate } from './name-candidates';

/** What the import offers for a name the registry does not know. */
export type NameProposal =
  | { kind: 'alias'; candidate: NameCandidate; entity: NameForm['entity']; form: string; warning?: string }
  | { kind: 'new'; candidate: NameCandidate; warning?: string };

/** A registry name found in the text that looks like a slip for another entity's ("Hamas" for Hama). */
export interface Collision {
  text: string;
  line: number;
  claimed: NameForm['entity'];
  meant: NameForm['entity'];
}

/**
 * A spelling key that forgets what transliterations vary on: accents, case, the Arabic article and
 * "Abou", doubled letters, ou/u/w, e/i, and "kh", "dh", "ch/sh" ("Jolani", "Joulani", "Jawlani";
 * "Mohamed", "Mohammed"; "Idleb", "Idlib").
 */
export function transliterationKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`-]/g, ' ')
    .replace(/(?<![a-z])(?:al|el|ad|ar|as|ash|ech|ez|az|an|at|abou|abu|abi|ibn|bin|ben)\s+/g, '')
    .replace(/aw|ou|o|w/g, 'u')
    .replace(/kh/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/ch|sh/g, 's')
    .replace(/e/g, 'i')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How far two keys may differ and still be one name: nothing for short names, one edit per six letters beyond. */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  const length = Math.min(a.length, b.length);
  if (length < 4) return false;
  return distance(a, b) <= Math.max(1, Math.floor(length / 6));
}

/**
 * Matches each candidate against every actor, place and alias of the registry with a Levenshtein
 * distance on transliteration keys (fastest-levenshtein): the whole name, else a person's surname
 * ("Mohammed al-Jawlani" → Abou Mohammad al-Jolani). A match is offered as an alias, the rest as new
 * entries; an alias that would also read as another entity's name is flagged.
 */
export function matchNames(candidates: readonly NameCandidate[], gazetteer: Gazetteer): NameProposal[] {
  const forms = gazetteer.forms.map((form) => ({ form, key: transliterationKey(form.form) }));
  return candidates.map((candidate): NameProposal => {
    const key = transliterationKey(candidate.name);
    const whole = forms.filter((entry) => close(key, entry.key));
    const surname = key.split(' ').at(-1)!;
    const bySurname =
      whole.length === 0 && key.includes(' ')
        ? forms.filter((entry) => entry.form.entity.kind === 'actor' && entry.key.includes(' ') && close(surname, entry.key.split(' ').at(-1)!))
        : [];
    const matches = whole.length > 0 ? whole : bySurname;
    const entities = new Map(matches.map((entry) => [`${entry.form.entity.kind}:${entry.form.entity.id}`, entry.form]));
    if (entities.size === 0) return { kind: 'new', candidate };
    const [first, ...others] = [...entities.values()];
    const warning =
      others.length > 0
        ? `ressemble aussi à ${others.map((other) => `${other.entity.name} (${other.entity.id})`).join(', ')} : choisissez, ou laissez le nom sans alias`
        : undefined;
    return { kind: 'alias', candidate, entity: first!.entity, form: first!.form, ...(warning ? { warning } : {}) };
  });
}

/**
 * Registry names found in the text that are one letter away from another entity of another kind
 * ("Hamas", the Palestinian group, in a text about Hama): the annotator would link the wrong one.
 */
export function findCollisions(mentions: readonly { line: number; text: string; entity: NameForm['entity'] }[], gazetteer: Gazetteer): Collision[] {
  const collisions: Collision[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    const key = mention.text.toLowerCase();
    const other = gazetteer.forms.find(
      (form) => form.entity.kind !== mention.entity.kind && form.entity.id !== mention.entity.id && form.form.length >= 4 && distance(form.form.toLowerCase(), key) === 1,
    );
    if (!other || seen.has(`${mention.line}:${key}`)) continue;
    seen.add(`${mention.line}:${key}`);
    collisions.push({ text: mention.text, line: mention.line, claimed: mention.entity, meant: other.entity });
  }
  return collisions;
}
