import { z } from 'astro/zod';
import { aliasFields, checkAliases } from './aliases';
import { IdSchema, NameSchema, ProseSchema, TextSchema } from './shared';
import { frenchSpacing } from '../text/typography';

export const actorKinds = [
  'armed-group',
  'state',
  'government-body',
  'army',
  'international-organisation',
  'media',
  'ngo',
  'person',
] as const;

/** An organisation, state or person that acts or speaks in the sources. File: `content/actors/<id>.yaml`. */
export const ActorSchema = z.strictObject({
  name: NameSchema,
  kind: z.enum(actorKinds),
  /** The definite article the name takes in running French text ("la Russie", "le Hezbollah"), if any: generated labels elide and contract it ("de l’Armée arabe syrienne", "du Hezbollah"). */
  article: z.enum(['le', 'la', 'les']).optional(),
  /** What the actor is, in a few words (a person's function, a group's nature). */
  role: TextSchema.min(3).transform(frenchSpacing).optional(),
  ...aliasFields,
  /** For a person: the grammatical gender French uses for them ("elle a déclaré"), so pronouns find them. */
  gender: z.enum(['f', 'm']).optional(),
  /** The actor this one belongs to or answers to (a spokesperson's ministry, an army's state). */
  affiliation: IdSchema.optional(),
  description: ProseSchema,
})
  .superRefine(checkAliases('entity'));

export type Actor = z.output<typeof ActorSchema>;
export type ActorKind = (typeof actorKinds)[number];
