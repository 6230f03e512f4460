import { z } from 'astro/zod';
import { IsoDateSchema, NameSchema, ProseSchema } from './shared';

export const datePrecisions = ['day', 'approximate', 'month'] as const;

export const boilerplateKinds = [
  'repeated-title',
  'aggregator-footer',
  'prev-next',
  'related-link',
  'separator',
  'credit',
] as const;

/** A line of the seed left out of the page, quoted exactly so that the fidelity check can prove nothing else was. */
export const BoilerplateLineSchema = z.strictObject({
  /** 1-based line number in the seed file. */
  line: z.int().positive(),
  text: z.string(),
  kind: z.enum(boilerplateKinds),
});

/** Who first published the text, when the outlet republishes or translates it. */
export const OriginalSourceSchema = z.strictObject({
  name: NameSchema,
  relation: z.enum(['translation', 'republication']),
  /** The article the original's name takes in running text ("l’Agence France-Presse"), if any. */
  article: z.enum(['le', 'la', 'les']).optional(),
  /** Translator, agency or other intermediary named in the text. */
  via: NameSchema.optional(),
  url: z.url().optional(),
});

/** A source article. File: `content/articles/<slug>.mdx`, its body the seed's text. */
export const ArticleSchema = z.strictObject({
  title: NameSchema,
  /** `seed`: the title is the seed's first line; `editorial`: the seed has none and Chronique wrote this one. */
  titleOrigin: z.enum(['seed', 'editorial']),
  outlet: NameSchema,
  /** A short name for charts and tables, when `outlet` is long ("Site arabophone"). */
  outletShort: NameSchema.optional(),
  /** True when the seed does not name its outlet and Chronique inferred it (say how in outletNote). */
  outletInferred: z.boolean().default(false),
  /** What the outlet is, for readers who do not know it. */
  outletNote: ProseSchema,
  originalSource: OriginalSourceSchema.optional(),
  url: z.url().optional(),
  language: z.string().regex(/^[a-z]{2}$/, { error: 'Unexpected language, expected a two-letter ISO 639-1 code such as "fr"' }),
  published: IsoDateSchema,
  publishedPrecision: z.enum(datePrecisions),
  /** One line: how the publication date was inferred from the text. */
  publishedNote: ProseSchema,
  /** File name in `seeds/`. */
  seed: z.string().regex(/^[\w.-]+\.txt$/, { error: 'Unexpected seed, expected the file name of a .txt file in seeds/' }),
  boilerplate: z.array(BoilerplateLineSchema).default([]),
  /** One line for the list of sources. */
  summary: ProseSchema,
  /** How the outlet frames the events: its words for each side, whose voice it carries. */
  framing: ProseSchema,
});

export type Article = z.output<typeof ArticleSchema>;
export type BoilerplateLine = z.output<typeof BoilerplateLineSchema>;
