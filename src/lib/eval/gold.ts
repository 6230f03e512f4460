import { z } from 'astro/zod';
import { LabelsShape } from './labels';

/**
 * A seed article labelled by hand from its text: what a careful reader finds in it.
 * File: `tests/gold/<slug>.json`; `block` counts the article's paragraphs and intertitles from 0.
 */
export const GoldSchema = z.strictObject({
  article: z.string(),
  ...LabelsShape,
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
