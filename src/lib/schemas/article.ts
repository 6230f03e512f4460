import { z } from 'astro/zod';
import { isRealIsoDate, NameSchema, ProseSchema, WebAddressSchema } from './shared';

/** The days an article of the corpus may be published on: the offensive and the weeks that tell it. */
export const corpusPeriod = { start: '2024-11-27', end: '2024-12-31' } as const;

/**
 * How long before the corpus period an event may lie: the sources recall the weeks before the
 * offensive. Older events are refused unless typed `background` (the war's history).
 */
export const eventMarginDays = 90;

/** What the import writes where only an editor can decide; never published. */
export const placeholderPrefix = 'À compléter';
export const isPlaceholder = (value: unknown): boolean => typeof value === 'string' && value.trimStart().startsWith(placeholderPrefix);

/**
 * `YYYY-MM-DD`, or the import's placeholder, which the article's own check then refuses with its fix
 * (so the editor reads "left unfinished", not "not a date").
 */
const PublishedSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'Unexpected value, expected a real calendar day written YYYY-MM-DD (e.g. 2024-12-05)' }).refine((value) => isPlaceholder(value) || isRealIsoDate(value), {
    error: (issue) => `Unexpected date ${JSON.stringify(issue.input)}, expected a real calendar day written YYYY-MM-DD (e.g. 2024-12-05)`,
  }),
);

/** The fields the import may leave as a placeholder, with what the editor must write instead. */
const finishing: Record<string, string> = {
  outlet: 'the name of the outlet that published the text',
  outletNote: 'one sentence on what the outlet is and how it was identified',
  published: 'the publication day, YYYY-MM-DD',
  publishedNote: 'one sentence on how the publication day was found',
  summary: 'one sentence that sums the article up',
  framing: 'one sentence on how the outlet frames the events',
};

export const datePrecisions = ['day', 'approximate', 'month'] as const;

export const boilerplateKinds = [
  'repeated-title',
  'aggregator-footer',
  'prev-next',
  'related-link',
  'separator',
  'credit',
  /** A photo caption or its credit ("Photo AFP/…", "Des habitants à Hama, le 5 décembre (Photo : …)"). */
  'caption',
  /** Who wrote it and when the site published or updated it ("Par …", "Publié le … Mis à jour le …"). */
  'byline',
  /** An invitation to share, comment or subscribe to a newsletter. */
  'share-prompt',
  /** What a pasted image, video or advertisement leaves behind ("Thumbnail", "Publicité"). */
  'placeholder',
  /** An embedded post: its text, its `pic.twitter.com` link, its signature "— Name (@handle) December 8, 2024". */
  'embed',
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
  url: WebAddressSchema.optional(),
});

/** A source article. File: `content/articles/<slug>.mdx`, its body the seed's text. */
export const ArticleFieldsSchema = z.strictObject({
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
  url: WebAddressSchema.optional(),
  language: z.string().regex(/^[a-z]{2}$/, { error: 'Unexpected language, expected a two-letter ISO 639-1 code such as "fr"' }),
  published: PublishedSchema,
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
  /** Work in progress: shown by `npm run dev`, listed by `npm run check`, left out of the built site. */
  draft: z.boolean().default(false),
});

/**
 * An article, finished: no placeholder left by the import (unless it is a draft, whose prose may wait
 * but whose day must be real to be previewed), and a publication day within the corpus period.
 */
export const ArticleSchema = ArticleFieldsSchema.superRefine((article, context) => {
  for (const [field, expected] of Object.entries(finishing)) {
    const value = (article as Record<string, unknown>)[field];
    if (typeof value !== 'string' || !isPlaceholder(value) || (article.draft && field !== 'published')) continue;
    context.addIssue({
      code: 'custom',
      path: [field],
      message: `Unexpected placeholder left by the import in ${field} ${JSON.stringify(value.length > 50 ? `${value.slice(0, 50)}…` : value)}, expected ${expected}`,
      input: value,
      params: { fix: field === 'published' ? 'write the day YYYY-MM-DD (a provisional day with publishedPrecision: approximate is enough for a draft)' : `write ${expected}, or add draft: true to keep the article out of the site until it is finished` },
    });
  }
  const published: string = article.published;
  if (!isPlaceholder(published) && (published < corpusPeriod.start || published > corpusPeriod.end)) {
    context.addIssue({
      code: 'custom',
      path: ['published'],
      message: `Unexpected published ${published}, outside the corpus period, expected a day from ${corpusPeriod.start} to ${corpusPeriod.end}`,
      input: published,
      params: { fix: `correct the day (a text about the offensive is published from ${corpusPeriod.start}), or widen corpusPeriod in src/lib/schemas/article.ts if the corpus grows` },
    });
  }
});

export type Article = z.output<typeof ArticleSchema>;
export type BoilerplateLine = z.output<typeof BoilerplateLineSchema>;
