import { formKey } from '../text/apostrophes';
import type { Entity, Gazetteer } from './gazetteer';

/** A span of text that names an entity. Offsets are UTF-16 indices into the block's text. */
export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  /** Set when an editor's directive, not the gazetteer, decided the entity. */
  fromDirective?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

const letter = String.raw`\p{L}\p{N}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a name form may be written in running text:
 * - apostrophes straight or curly, spaces of any kind;
 * - each word's first letter in either case ("Armée syrienne" at a sentence start, "armée syrienne" inside,
 *   "droits de l'Homme");
 * - an acronym (all capitals) exactly, or capitalised when it has four letters or more ("SANA", "Sana"),
 *   never in lower case, where it would be a common word ("ANS" is not "ans").
 */
function body(text: string): string {
  return [...text].map((char) => (/['’ʼ]/.test(char) ? "['’ʼ]" : /\s/.test(char) ? String.raw`\s+` : escape(char))).join('');
}

/** Mostly capitals: an intertitle or headline set in upper case. */
function isInCapitals(text: string): boolean {
  // Most blocks have a lower-case letter early: answer before stripping the whole text.
  if (/[\p{Ll}\p{Lt}]/u.test(text)) return false;
  return text.replace(/[^\p{L}]/gu, '').length >= 8;
}

function capitalsKey(text: string): string {
  return formKey(text).normalize('NFD').replace(/\p{M}/gu, '');
}

function formPattern(form: string): string {
  const letters = form.replace(/[^\p{L}]/gu, '');
  const isAcronym = letters.length >= 2 && letters === letters.toLocaleUpperCase('fr') && letters !== letters.toLocaleLowerCase('fr');
  if (isAcronym) {
    if (letters.length < 4) return body(form);
    const capitalised = form[0] + form.slice(1).toLocaleLowerCase('fr');
    return `(?:${body(form)}|${body(capitalised)})`;
  }
  // Every word's first letter in either case: "droits de l'Homme" is "droits de l'homme", and a name
  // opens a sentence with a capital. The rest of each word keeps its case.
  return [...form]
    .map((char, index) => {
      const startsWord = index === 0 || /[\s'’ʼ-]/u.test(form[index - 1]!);
      const upper = char.toLocaleUpperCase('fr');
      const lower = char.toLocaleLowerCase('fr');
      if (startsWord && upper !== lower && upper.length === 1) return `[${escape(upper)}${escape(lower)}]`;
      return /['’ʼ]/.test(char) ? "['’ʼ]" : /\s/.test(char) ? String.raw`\s+` : escape(char);
    })
    .join('');
}

export interface MentionMatcher {
  find(text: string, skip?: readonly Span[]): Mention[];
}

/**
 * Compiles the gazetteer into one regular expression. Alternatives are ordered longest first, so
 * at any position the longest name wins ("Armée nationale syrienne" before "armée syrienne"); names
 * only match between word boundaries, never inside a longer word ("Hama" is not found in "Hamas").
 * The expression has no nested quantifiers: it runs in linear time on any text.
 */
export function compileMentionMatcher(gazetteer: Gazetteer): MentionMatcher {
  const forms = [...gazetteer.forms].sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  if (forms.length === 0) return { find: () => [] };
  const byKey = new Map(forms.map((form) => [formKey(form.form), form.entity]));
  const byCapitals = new Map(forms.map((form) => [capitalsKey(form.form), form.entity]));
  const source = forms.map((form) => formPattern(form.form)).join('|');
  const regex = new RegExp(`(?<![${letter}])(?:${source})(?![${letter}])`, 'gu');
  // Text in capitals ("ATTAQUE DE DRONE À DAMAS") carries no case information: match it ignoring case.
  const capitalsRegex = new RegExp(`(?<![${letter}])(?:${forms.map((form) => body(form.form)).join('|')})(?![${letter}])`, 'giu');
  return {
    find(text, skip = []) {
      const mentions: Mention[] = [];
      const inCapitals = isInCapitals(text);
      // Turkish dotted capital I (KAMİKAZE) has no simple case folding: read it as I, one code unit for one.
      const subject = inCapitals ? text.replace(/İ/g, 'I') : text;
      for (const match of subject.matchAll(inCapitals ? capitalsRegex : regex)) {
        const start = match.index;
        const end = start + match[0].length;
        if (skip.some((span) => start < span.end && end > span.start)) continue;
        const entity = byKey.get(formKey(match[0])) ?? (inCapitals ? byCapitals.get(capitalsKey(match[0])) : undefined);
        if (entity) mentions.push({ start, end, entity });
      }
      return mentions;
    },
  };
}
