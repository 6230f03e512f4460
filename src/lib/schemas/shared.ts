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

/** Names as they are written in the sources: never empty, never padded. */
export const NameSchema = z
  .string()
  .min(1, { error: 'Unexpected empty name, expected the name as it is written in the sources' })
  .refine((value) => value.trim() === value, { error: 'Unexpected spaces around the name, remove them' });

/** A title Chronique writes (an event's, a chapter's): a name-like string given French spacing. */
export const TitleSchema = NameSchema.transform(frenchSpacing);

/**
 * Prose written by Chronique's editors (descriptions, notes): a full sentence at least, given French
 * spacing (no-break spaces before : ; ? ! and inside « ») so that editors may type ordinary spaces.
 */
export const ProseSchema = z
  .string()
  .min(20, { error: 'Unexpected short text, expected at least one full sentence (20 characters)' })
  .transform(frenchSpacing);
