import { z } from 'astro/zod';
import { LabelsShape } from './labels';

/**
 * The evaluation corpus: short wire-style texts written for it (tests/eval/<split>/*.json), each
 * with the labels a careful reader gives it. `dev` is tuned on; `test` is held out.
 */
export const SplitSchema = z.enum(['dev', 'test']);
export type Split = z.output<typeof SplitSchema>;

export const CorpusItemSchema = z.strictObject({
  /** Unique in its split, e.g. "dev-date-012". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The dispatch's publication day: what "hier" and "samedi" count from. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The constructions the item exercises ("date:night", "statement:inversion"…), for the coverage table. */
  tags: z.array(z.string().min(1)).min(1),
  /** One string per paragraph, in reading order. */
  blocks: z.array(z.string().min(1)).min(1),
  ...LabelsShape,
});

export const CorpusFileSchema = z.strictObject({
  split: SplitSchema,
  items: z.array(CorpusItemSchema).min(1),
});

export type CorpusItem = z.output<typeof CorpusItemSchema>;
export type CorpusFile = z.output<typeof CorpusFileSchema>;

/**
 * Actors and places the corpus's texts name beyond the project's registry (content/actors, content/places):
 * the registry of the imagined newsroom that wrote them. File: tests/eval/<split>/entities.yaml.
 */
export const CorpusEntitiesSchema = z.strictObject({
  actors: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        kind: z.enum(['armed-group', 'state', 'government-body', 'army', 'international-organisation', 'media', 'ngo', 'person']),
        gender: z.enum(['f', 'm']).optional(),
        aliases: z.array(z.string().min(1)).default([]),
        affiliation: z.string().optional(),
      }),
    )
    .default([]),
  places: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: z.string().min(1),
        aliases: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
});

export type CorpusEntities = z.output<typeof CorpusEntitiesSchema>;
