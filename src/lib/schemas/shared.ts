import { z } from 'astro/zod';
import { frenchSpacing } from '../text/typography';

/** Ids are the stable part of every URL (`/acteurs/<id>/`): lower-case ASCII words joined by hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `Unexpected id ${JSON.stringify(issue.input)}, expected lower-case ASCII words joined by hyphens (e.g. "armee-syrienne")`,
  });

/** A calendar date written as `YYYY-MM-DD` in YAML (quoted or not), kept as a string so no time zone can shift it. */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'Unexpected value, expected a real calendar day written YYYY-MM-DD (e.g. 2024-12-05)' }).refine(isRealIsoDate, {
    error: (issue) => `Unexpected date ${JSON.stringify(issue.input)}, expected a real calendar day written YYYY-MM-DD (e.g. 2024-12-05)`,
  }),
);

export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Characters a reader cannot see but a browser, a spreadsheet or a feed reader obeys: control
 * characters (a line break is allowed in prose), bidirectional overrides and isolates, zero-width
 * characters, line and paragraph separators. Refused in every field editors write; the sources' own
 * words (quotes, boilerplate lines) keep whatever the source had.
 */
const invisibleCharacter = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const invisibleNames: Record<string, string> = {
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'zero-width no-break space',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u061c': 'Arabic letter mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\u00ad': 'soft hyphen',
  '\t': 'tab',
  '\r': 'carriage return',
};

/** The first invisible character of `value`: where it is and what it is ("U+200B (zero-width space)"). */
export function findInvisibleCharacter(value: string): { index: number; name: string } | undefined {
  const match = invisibleCharacter.exec(value);
  if (!match) return undefined;
  const character = match[0];
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { index: match.index, name: `${code} (${invisibleNames[character] ?? (/\p{Cc}/u.test(character) ? 'control character' : 'invisible formatting character')})` };
}

/** The first invisible character of `value`, described for an error message, or undefined. */
export function invisibleCharacterIn(value: string): string | undefined {
  const found = findInvisibleCharacter(value);
  return found && `${found.name} at character ${found.index + 1}`;
}

/**
 * Text an editor writes: no invisible character, not blank. The base of every free-text field.
 */
/** True when the text is neither blank nor holds an invisible character: TextSchema's other checks run only then, so one mistake gives one error. */
const isCleanText = (value: string): boolean => invisibleCharacterIn(value) === undefined && (value.length === 0 || value.trim().length > 0);

const blankIssue = (value: string) => ({ code: 'custom' as const, message: 'Unexpected blank text (only spaces), expected words', params: { fix: 'write the text, or remove the field if it is optional' }, input: value, abort: true });

export const TextSchema = z.string().superRefine((value, context) => {
  const invisible = invisibleCharacterIn(value);
  if (invisible) {
    context.addIssue({
      code: 'custom',
      message: `Unexpected invisible character ${invisible}, expected visible text only`,
      params: { fix: 'delete the character: retype the words around it (it is invisible in most editors, but reaches the pages, the feeds and the CSV files)' },
      input: value,
      abort: true,
    });
  } else if (value.length > 0 && value.trim().length === 0) {
    context.addIssue(blankIssue(value));
  }
});

/**
 * Words copied from a source (a claim's quote): kept exactly as the source has them, invisible
 * characters included, so they still match its text; only a blank value is refused.
 */
export const SourceWordsSchema = z.string().superRefine((value, context) => {
  if (value.length > 0 && value.trim().length === 0) context.addIssue(blankIssue(value));
});

/** Names as they are written in the sources: never empty, never padded, nothing invisible. */
export const NameSchema = TextSchema.min(1, { error: 'Unexpected empty name, expected the name as it is written in the sources' }).refine(
  (value) => !isCleanText(value) || value.trim() === value,
  { error: 'Unexpected spaces around the name, remove them' },
);

/** A title Chronique writes (an event's, a chapter's): a name-like string given French spacing. */
export const TitleSchema = NameSchema.transform(frenchSpacing);

/**
 * Prose written by Chronique's editors (descriptions, notes): a full sentence at least, given French
 * spacing (no-break spaces before : ; ? ! and inside « ») so that editors may type ordinary spaces.
 */
export const ProseSchema = TextSchema.refine((value) => !isCleanText(value) || value.trim().length >= 20, {
  error: 'Unexpected short text, expected at least one full sentence (20 characters)',
}).transform(frenchSpacing);

/**
 * A web address: `https:` or `http:` only. A `javascript:` or `data:` address would run or carry a
 * payload wherever the value is shown or served (pages, /data/articles.json).
 */
export const WebAddressSchema = z.url({
  protocol: /^https?$/,
  error: (issue) => {
    const scheme = typeof issue.input === 'string' ? /^([a-z][a-z0-9+.-]*):/i.exec(issue.input.trim())?.[1] : undefined;
    return scheme && !/^https?$/i.test(scheme)
      ? `Unexpected address scheme "${scheme}:", expected an https: (or http:) web address`
      : `Unexpected address ${JSON.stringify(issue.input)}, expected a full web address starting with https://`;
  },
});
