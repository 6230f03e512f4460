import { z } from 'astro/zod';
import { IsoDateSchema, ProseSchema, TitleSchema } from './shared';

/**
 * A chapter of the explainer. File: `content/chapters/<slug>.mdx`. Its body cites its facts with
 * directives: `:event[texte]{#id-evenement}` and `:source[texte]{#slug-article quote="mots exacts"}`.
 */
export const ChapterSchema = z.strictObject({
  title: TitleSchema,
  /** Position in the reading order, from 1. */
  order: z.int().positive(),
  /** One or two sentences for the table of contents and search results. */
  summary: ProseSchema,
  /** Day of the last revision of the text, YYYY-MM-DD: shown in "Citer cette page". */
  updated: IsoDateSchema,
});

export type Chapter = z.output<typeof ChapterSchema>;
