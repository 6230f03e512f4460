import { z } from 'astro/zod';
import stopwordsByLanguage from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { formKey } from '../text/apostrophes';
import { NameSchema } from './shared';

/** The most frequent French words (articles, pronouns, prepositions, common adverbs and verbs), from stopwords-iso. */
const frequentFrenchWords: ReadonlySet<string> = new Set(stopwordsByLanguage.fr.map(formKey));

/** Fewer letters or digits than this and a name matches inside ordinary text ("M5", "EI"). */
export const shortestAlias = 3;

type AliasKind = 'entity' | 'term';

/** Why an alias would link ordinary words of the sources to the entry, or undefined when it is plausible. */
export function implausibleAlias(alias: string, kind: AliasKind): string | undefined {
  const key = formKey(alias);
  if (frequentFrenchWords.has(key)) return `one of the most frequent French words: every "${key}" of the sources would link to this entry`;
  if ((alias.match(/[\p{L}\p{N}]/gu) ?? []).length < shortestAlias) return `shorter than ${shortestAlias} letters: it would match ordinary text`;
  // A name takes a capital in French; one word in lower case is a common noun ("armée", "régime").
  // Glossary terms are common nouns by nature.
  if (kind === 'entity' && !/\s/.test(alias.trim()) && alias === alias.toLocaleLowerCase('fr')) {
    return `a common French word (one word in lower case): every "${key}" of the sources would link to this entry`;
  }
  return undefined;
}

/**
 * The `aliases` and `confirmedAliases` fields of an actor, a place or a glossary term. An alias that
 * is a frequent word, shorter than three letters or (for an actor or a place) one word in lower case
 * is refused unless the editor lists it again in `confirmedAliases`, saying that the sources really
 * use it as a name.
 */
export const aliasFields = {
  /** Every form under which the entry appears in French text, matched by the annotator. */
  aliases: z.array(NameSchema).default([]),
  /** Aliases that look like ordinary words (too short, too frequent) but are names in the sources: each must also be in `aliases`. */
  confirmedAliases: z.array(NameSchema).default([]),
};

export function checkAliases(kind: AliasKind) {
  return (entry: { aliases: string[]; confirmedAliases: string[] }, context: z.core.$RefinementCtx): void => {
    const confirmed = new Set(entry.confirmedAliases.map(formKey));
    const aliases = new Set(entry.aliases.map(formKey));
    entry.aliases.forEach((alias, index) => {
      const reason = implausibleAlias(alias, kind);
      if (!reason || confirmed.has(formKey(alias))) return;
      context.addIssue({
        code: 'custom',
        path: ['aliases', index],
        message: `Unexpected alias ${JSON.stringify(alias)}, ${reason}`,
        input: alias,
        params: { fix: `remove it, or, if the sources really use it as a name, add it to confirmedAliases too (see CONTRIBUTING.md)` },
      });
    });
    entry.confirmedAliases.forEach((alias, index) => {
      if (aliases.has(formKey(alias))) return;
      context.addIssue({
        code: 'custom',
        path: ['confirmedAliases', index],
        message: `Unexpected confirmed alias ${JSON.stringify(alias)}, expected one of the entry's aliases`,
        input: alias,
        params: { fix: 'add it to aliases, or remove it from confirmedAliases' },
      });
    });
  };
}
