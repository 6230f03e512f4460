import { z } from 'astro/zod';
import { aliasFields, checkAliases } from './aliases';
import { IdSchema, NameSchema, ProseSchema } from './shared';

/** A term a reader may not know. File: `content/glossary/<id>.yaml`; its id is the anchor on `/glossaire/`. */
export const GlossaryTermSchema = z.strictObject({
  term: NameSchema,
  ...aliasFields,
  /** When the term names an actor, mentions link to the actor and the glossary explains the name. */
  actor: IdSchema.optional(),
  /** When the term names a place (a road, a region). */
  place: IdSchema.optional(),
  definition: ProseSchema,
})
  .superRefine(checkAliases('term'));

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
