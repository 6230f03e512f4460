import { z } from 'astro/zod';
import { addDays } from '../text/calendar';
import { corpusPeriod, eventMarginDays } from './article';
import { IdSchema, IsoDateSchema, ProseSchema, SourceWordsSchema, TitleSchema } from './shared';

/** The earliest day an event other than `background` may have. */
export const earliestEventDay = addDays(corpusPeriod.start, -eventMarginDays);

/**
 * What kind of happening an event is. Each maps to ACLED's vocabulary in the CSV export
 * (see `src/lib/chronology/acled.ts`).
 */
export const eventTypes = [
  'offensive',
  'capture',
  'withdrawal',
  'counter-offensive',
  'airstrike',
  'diplomacy',
  'statement',
  'border',
  'displacement',
  'background',
] as const;

export const eventDatePrecisions = ['day', 'part-of-day', 'approximate', 'range'] as const;
export const timesOfDay = ['nuit', 'matin', 'après-midi', 'soir'] as const;

/**
 * How a source stands to the event: `reports` it in its own voice; relays an actor who `claims` it;
 * relays an actor who `denies` it; relays an actor who `confirms` it.
 */
export const claimStances = ['reports', 'claims', 'denies', 'confirms'] as const;

export const ClaimSchema = z.strictObject({
  /** Slug of the article (`content/articles/<slug>.mdx`). */
  article: IdSchema,
  /** The passage, copied exactly from the article (spaces may differ). */
  quote: SourceWordsSchema.min(10, { error: 'Unexpected short quote, expected the exact passage of the article (10 characters at least)' }),
  stance: z.enum(claimStances),
  /** The actor who claims, denies or confirms; required for those stances. */
  by: IdSchema.optional(),
});

/** A dated happening. File: `content/events/<id>.yaml`. */
export const EventSchema = z
  .strictObject({
    date: IsoDateSchema,
    datePrecision: z.enum(eventDatePrecisions),
    endDate: IsoDateSchema.optional(),
    timeOfDay: z.enum(timesOfDay).optional(),
    type: z.enum(eventTypes),
    title: TitleSchema,
    summary: ProseSchema,
    places: z.array(IdSchema).default([]),
    actors: z.array(IdSchema).default([]),
    /** The sources disagree on what happened; `dispute` says how, in one sentence. */
    disputed: z.boolean().default(false),
    dispute: ProseSchema.optional(),
    claims: z.array(ClaimSchema).min(1, { error: 'Unexpected event without claims, expected at least one source passage' }),
  })
  .superRefine((event, context) => {
    for (const field of ['date', 'endDate'] as const) {
      const day = event[field];
      if (day === undefined) continue;
      if (day > corpusPeriod.end) {
        context.addIssue({ code: 'custom', path: [field], message: `Unexpected ${field} ${day}, after the corpus period, expected a day up to ${corpusPeriod.end}`, input: day, params: { fix: `correct the day, or widen corpusPeriod in src/lib/schemas/article.ts if the corpus grows` } });
      } else if (day < earliestEventDay && event.type !== 'background') {
        context.addIssue({ code: 'custom', path: [field], message: `Unexpected ${field} ${day}, long before the corpus period, expected a day from ${earliestEventDay} (${eventMarginDays} days before ${corpusPeriod.start})`, input: day, params: { fix: 'correct the year, or give the event type: background if it belongs to the history of the war' } });
      }
    }
    if (event.datePrecision === 'range' && !event.endDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'Missing endDate, expected the last day of the range (datePrecision is "range")' });
    }
    if (event.endDate && event.datePrecision !== 'range') {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'Unexpected endDate, expected datePrecision "range" when an end date is given' });
    }
    if (event.endDate && event.endDate <= event.date) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: `Unexpected endDate ${event.endDate}, expected a day after date ${event.date}` });
    }
    if (event.datePrecision === 'part-of-day' && !event.timeOfDay) {
      context.addIssue({ code: 'custom', path: ['timeOfDay'], message: 'Missing timeOfDay, expected one of nuit, matin, après-midi, soir (datePrecision is "part-of-day")' });
    }
    if (event.disputed && !event.dispute) {
      context.addIssue({ code: 'custom', path: ['dispute'], message: 'Missing dispute, expected one sentence saying what the sources disagree on' });
    }
    event.claims.forEach((claim, index) => {
      if (claim.stance !== 'reports' && !claim.by) {
        context.addIssue({
          code: 'custom',
          path: ['claims', index, 'by'],
          message: `Missing by, expected the id of the actor who ${claim.stance === 'claims' ? 'claims' : claim.stance === 'denies' ? 'denies' : 'confirms'} it`,
        });
      }
    });
  });

export type Event = z.output<typeof EventSchema>;
export type Claim = z.output<typeof ClaimSchema>;
export type EventType = (typeof eventTypes)[number];
export type ClaimStance = (typeof claimStances)[number];
