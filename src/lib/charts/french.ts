/**
 * French for the charts' generated text: elision before a vowel ("d’Alep", "de Hama"), "du"/"des"
 * for names that start with "Le"/"Les", non-breaking spaces where French typography puts them.
 */
import { frenchSpacing as sharedSpacing } from '../text/typography';

const vowel = /^[aeiouyàâäéèêëîïôöûüœAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜŒ]/u;

/** "de Damas", "d’Alep", "du Hezbollah" (from "Le Hezbollah"), "des Casques blancs". */
export function ofName(name: string): string {
  if (/^Le /.test(name)) return `du ${name.slice(3)}`;
  if (/^Les /.test(name)) return `des ${name.slice(4)}`;
  if (/^La /.test(name)) return `de la ${name.slice(3)}`;
  if (/^L[’']/.test(name)) return `de l’${name.slice(2)}`;
  return vowel.test(name) ? `d’${name}` : `de ${name}`;
}


/** "que l’OSDH", "que Israël" → "qu’Israël". */
export function thatName(name: string): string {
  return vowel.test(name) ? `qu’${name}` : `que ${name}`;
}

/** French spacing, the site's one rule (text/typography.ts), after folding a doubled full stop. */
export function frenchSpacing(text: string): string {
  return sharedSpacing(text.replace(/\.\.(?!\.)/g, '.'));
}

/** "1 déclaration", "3 déclarations"; a count under two is singular in French. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count}\u00a0${count < 2 ? singular : pluralForm}`;
}

/** "A", "A et B", "A, B et C". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}
