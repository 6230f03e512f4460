import { findQuotes } from '../../src/lib/annotate/quotes';
import { splitSentences } from '../../src/lib/annotate/sentences';
import { isIntertitle } from '../../src/lib/seed/seed-to-mdx';
import { addDays } from '../../src/lib/text/calendar';
import { frenchMonths, frenchWeekdays } from '../../src/lib/text/french-date';
import type { Rng } from './lcg';

/** An actor or a place of the gazetteer, with every form under which the text may name it. */
export interface BenchEntity {
  kind: 'actor' | 'place';
  id: string;
  /** The actor's or place's own kind ("armed-group", "city"…): a name is replaced by one of the same group. */
  group: string;
  /** Name first, then aliases. */
  forms: string[];
}

/** Sentences and intertitles cut from the real seeds: the material synthetic articles are made of. */
export interface SentencePool {
  sentences: string[];
  intertitles: string[];
}

/** Splits seed lines into sentences (with the annotator's own splitter) and intertitles. */
export function buildPool(seedBodies: readonly (readonly string[])[], titles: readonly string[] = []): SentencePool {
  const sentences = new Set<string>();
  const intertitles = new Set<string>(titles.map((title) => title.trim()).filter((title) => title !== ''));
  for (const line of seedBodies.flat()) {
    const text = line.trim();
    if (text === '' || /^https?:\/\//.test(text)) continue;
    if (isIntertitle(text)) {
      intertitles.add(text);
      continue;
    }
    for (const { start, end } of splitSentences(text, findQuotes(text))) {
      const sentence = text.slice(start, end).trim();
      if (sentence.length >= 25 && sentence.length <= 700) sentences.add(sentence);
    }
  }
  return { sentences: [...sentences], intertitles: [...intertitles] };
}

/** A piece of generated text and the entities its names now designate. */
export interface SubstitutedText {
  text: string;
  actors: string[];
  places: string[];
}

export interface NameSubstituter {
  /** Replaces each name of the gazetteer by a name of another entity of the same group (or keeps it). */
  substitute(text: string, rng: Rng): SubstitutedText;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createSubstituter(entities: readonly BenchEntity[]): NameSubstituter {
  const byForm = new Map<string, BenchEntity>();
  for (const entity of entities) for (const form of entity.forms) if (form.trim() !== '' && !byForm.has(form)) byForm.set(form, entity);
  const groups = new Map<string, BenchEntity[]>();
  for (const entity of entities) {
    const key = `${entity.kind}:${entity.group}`;
    groups.set(key, [...(groups.get(key) ?? []), entity]);
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const regex = forms.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    substitute(text, rng) {
      const actors = new Set<string>();
      const places = new Set<string>();
      if (!regex) return { text, actors: [], places: [] };
      const out = text.replace(regex, (match) => {
        const original = byForm.get(match)!;
        const candidates = groups.get(`${original.kind}:${original.group}`) ?? [original];
        const entity = rng.chance(0.3) ? original : rng.pick(candidates);
        (entity.kind === 'actor' ? actors : places).add(entity.id);
        if (entity === original) return match;
        return rng.chance(0.7) ? entity.forms[0]! : rng.pick(entity.forms);
      });
      return { text: out, actors: [...actors], places: [...places] };
    },
  };
}


/** The first day a synthetic text may name. */
export const earliestDay = '2024-11-24';

/** "3 décembre", "1er décembre". */
export function frenchDay(isoDay: string): string {
  const day = Number(isoDay.slice(8, 10));
  const month = frenchMonths[Number(isoDay.slice(5, 7)) - 1]!;
  return `${day === 1 ? '1er' : day} ${month}`;
}

function daysUpTo(published: string): string[] {
  const days: string[] = [];
  for (let day = earliestDay; day <= published; day = addDays(day, 1)) days.push(day);
  return days.length > 0 ? days : [published];
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
const sameCase = (model: string, word: string) => (model.charAt(0) === model.charAt(0).toLocaleUpperCase('fr') ? capitalise(word) : word);

/**
 * Varies the dates a sentence names: explicit days of November and December become another day
 * up to the publication, weekdays another weekday, "hier" sometimes "avant-hier".
 */
export function varyDates(text: string, rng: Rng, published: string): string {
  const days = daysUpTo(published);
  return text
    .replace(/(?<![\p{L}\p{N}])(?:1er|[12]\d|3[01]|0?[1-9])\s+(?:novembre|décembre)(?<year>\s+2024)?(?![\p{L}\p{N}])/gu, (...args) => {
      const groups = args.at(-1) as { year?: string };
      return `${frenchDay(rng.pick(days))}${groups.year ?? ''}`;
    })
    .replace(/(?<![\p{L}\p{N}-])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}\p{N}])/giu, (match) => (rng.chance(0.7) ? sameCase(match, rng.pick(frenchWeekdays)) : match))
    .replace(/(?<![\p{L}\p{N}-])hier(?![\p{L}\p{N}-])/giu, (match) => (rng.chance(0.3) ? sameCase(match, 'avant-hier') : match));
}

/** Words a sentence may start with that stay correct in lower case after a date ("Le 3 décembre, les groupes…"). */
const lowerableStart = /^(?:Le|La|Les|L['’]|Des|Un|Une|Selon|Dans|D['’]autre|En|Il|Ils|Elle|Elles|Ce|Cette|Ces|Plusieurs|Certains)(?=[\s'’]|$)/u;

/** Sometimes opens the sentence with a date the annotator has to resolve: explicit, a weekday, "hier" or relative. */
export function withDatePrefix(sentence: string, rng: Rng, published: string): string {
  if (!lowerableStart.test(sentence)) return sentence;
  const day = rng.pick(daysUpTo(published));
  const prefix = rng.pick([
    `Le ${frenchDay(day)}, `,
    `Le ${frenchWeekdays[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${frenchDay(day)}, `,
    `${capitalise(rng.pick(frenchWeekdays))} soir, `,
    'Hier, ',
    'Cette nuit, ',
    `${capitalise(rng.pick(['deux', 'trois']))} jours plus tard, `,
  ]);
  return prefix + sentence.charAt(0).toLocaleLowerCase('fr') + sentence.slice(1);
}
