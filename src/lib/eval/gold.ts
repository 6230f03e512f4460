import { z } from 'astro/zod';

/** A hand-labelled article: what a careful reader finds in it. File: `tests/gold/<slug>.json`. */
export const GoldSchema = z.strictObject({
  article: z.string(),
  mentions: z.array(z.strictObject({ block: z.int().min(0), text: z.string().min(1), occurrence: z.int().min(1).default(1), kind: z.enum(['actor', 'place', 'term']), id: z.string() })),
  dates: z.array(
    z.strictObject({
      block: z.int().min(0),
      text: z.string().min(1),
      occurrence: z.int().min(1).default(1),
      value: z.string().nullable(),
      precision: z.enum(['day', 'part-of-day', 'approximate', 'year', 'future']),
    }),
  ),
  statements: z.array(
    z.strictObject({
      block: z.int().min(0),
      quote: z.string().min(1),
      speaker: z.string().nullable(),
      speakerOrg: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
      datePrecision: z.string().optional(),
      kind: z.enum(['direct', 'reported']),
    }),
  ),
});

export type Gold = z.output<typeof GoldSchema>;

/** Where the `occurrence`-th `needle` starts in `text`, or -1. */
export function nthIndexOf(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let count = 0; count < occurrence; count++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}
