import { z } from 'astro/zod';

/**
 * What a careful reader finds in a text, written from the text alone: the labels of the seeds'
 * gold files (tests/gold/) and of the evaluation corpus (tests/eval/). The conventions are
 * spelled out in tests/eval/README.md; the engine is judged against them, never the reverse.
 */

const block = z.int().min(0);
const occurrence = z.int().min(1).default(1);

export const TimeOfDaySchema = z.enum(['nuit', 'aube', 'matin', 'midi', 'après-midi', 'soir']);
export type TimeOfDay = z.output<typeof TimeOfDaySchema>;

/**
 * - `day`, `part-of-day` (with `timeOfDay`): one calendar day, `YYYY-MM-DD`;
 * - `night`: a night from `value` to `end` (the next day);
 * - `range`: from `value` to `end`, both days; `since`: an open range that starts at `value`;
 * - `week` (`YYYY-Www`, ISO week), `month` (`YYYY-MM`, with `part` for "début", "mi-", "fin"), `year` (`YYYY`);
 * - `future`: an unnamed time ahead ("dans les prochaines heures"), value null;
 * - `unresolved`: the text gives no way to date it ("au lendemain de la réunion" with no date for
 *   the meeting); value null, and the engine must warn instead of guessing.
 */
export const DatePrecisionSchema = z.enum(['day', 'part-of-day', 'night', 'range', 'since', 'week', 'month', 'year', 'future', 'unresolved']);
export type DatePrecision = z.output<typeof DatePrecisionSchema>;

export const MonthPartSchema = z.enum(['début', 'mi', 'fin']);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const valueShape: Record<DatePrecision, RegExp | null> = {
  day: isoDay,
  'part-of-day': isoDay,
  night: isoDay,
  range: isoDay,
  since: isoDay,
  week: /^\d{4}-W\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  future: null,
  unresolved: null,
};

export const MentionLabelSchema = z.strictObject({
  block,
  text: z.string().min(1),
  occurrence,
  kind: z.enum(['actor', 'place', 'term']),
  id: z.string().min(1),
});

export const DateLabelSchema = z
  .strictObject({
    block,
    text: z.string().min(1),
    occurrence,
    value: z.string().nullable(),
    precision: DatePrecisionSchema,
    timeOfDay: TimeOfDaySchema.optional(),
    end: z.string().regex(isoDay).optional(),
    part: MonthPartSchema.optional(),
  })
  .superRefine((label, context) => {
    const shape = valueShape[label.precision];
    if (shape === null ? label.value !== null : label.value === null || !shape.test(label.value)) {
      context.addIssue({ code: 'custom', path: ['value'], message: `a ${label.precision} date takes ${shape === null ? 'null' : `a value like ${shape.source}`}, not ${JSON.stringify(label.value)}` });
    }
    if ((label.precision === 'part-of-day') !== (label.timeOfDay !== undefined) && label.precision !== 'night') {
      context.addIssue({ code: 'custom', path: ['timeOfDay'], message: 'timeOfDay goes with precision part-of-day, and only with it (or night)' });
    }
    if ((label.precision === 'night' || label.precision === 'range') !== (label.end !== undefined)) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'end goes with precision night or range, and only with them' });
    }
    if (label.part !== undefined && label.precision !== 'month') {
      context.addIssue({ code: 'custom', path: ['part'], message: 'part goes with precision month only' });
    }
  });

export const StatementLabelSchema = z.strictObject({
  block,
  /** The exact words: a quotation with its quotation marks, or the reported clause without "que". */
  quote: z.string().min(1),
  occurrence,
  /** Actor id of who speaks, or null when the text names nobody in the registry. */
  speaker: z.string().min(1).nullable(),
  kind: z.enum(['direct', 'reported']),
  /** The day the sentence gives for the speech, or null when it gives none. */
  date: z.string().regex(isoDay).nullable(),
});

/** Something the engine must report to the editor instead of deciding. */
export const WarningLabelSchema = z.strictObject({
  block,
  text: z.string().min(1),
  occurrence,
  kind: z.enum(['unresolved-date', 'unknown-speaker', 'ambiguous-alias']),
});

export type MentionLabel = z.output<typeof MentionLabelSchema>;
export type DateLabel = z.output<typeof DateLabelSchema>;
export type StatementLabel = z.output<typeof StatementLabelSchema>;
export type WarningLabel = z.output<typeof WarningLabelSchema>;

export const LabelsShape = {
  mentions: z.array(MentionLabelSchema),
  dates: z.array(DateLabelSchema),
  statements: z.array(StatementLabelSchema),
  warnings: z.array(WarningLabelSchema).default([]),
};
