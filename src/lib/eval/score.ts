import type { BlockAnalysis } from '../annotate/analyze';
import type { LabelledText } from './check-labels';
import { nthIndexOf } from './gold';
import { excerpt } from '../text/excerpt';

export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  /** What was expected and not found, and found but not expected: the eval prints both. */
  missed: string[];
  spurious: string[];
}

/** Strict: the exact answer (span, entity, speaker, kind, value, precision). Lenient: the right place and the main fact. */
export interface Scored {
  strict: Score;
  lenient: Score;
}

export interface TextScores {
  mentions: Scored;
  dates: Scored;
  statements: Scored;
  /** Among statements found with the right span, speaker and kind: how many carry the right date of speech. */
  statementDates: Score;
  /** Unresolved dates and unknown speakers the engine should report rather than decide. */
  warnings: Score;
}

interface Item {
  block: number;
  start: number;
  end: number;
  /** What must agree for a strict match, besides the span. */
  strictKey: string;
  /** What must agree for a lenient match. */
  lenientKey: string;
  label: string;
}

/**
 * Compares the engine's analysis of a text's blocks with the labels written for it.
 * Mentions: strict = same span and entity; lenient = overlapping span and same entity.
 * Dates: strict = overlapping span, same value, precision, time of day, end and month part; lenient = overlapping span and same value.
 * Statements: strict = same span, speaker and kind; lenient = same speaker and an overlap of at least half the shorter span.
 * Labels whose words are not in their block are skipped here: the label check reports them.
 */
export function scoreText(labels: LabelledText, analyses: readonly BlockAnalysis[]): TextScores {
  const where = labels.where;
  const blockText = (block: number) => labels.blocks[block] ?? '';
  const at = (block: number, words: string, occurrence: number) => nthIndexOf(blockText(block), words, occurrence);
  const show = (block: number, start: number, end: number) => `${where} [${block}] ${JSON.stringify(excerpt(blockText(block).slice(start, end), 70))}`;

  const expectedMentions: Item[] = labels.mentions.flatMap((mention) => {
    const start = at(mention.block, mention.text, mention.occurrence);
    if (start === -1) return [];
    const key = `${mention.kind}:${mention.id}`;
    return [{ block: mention.block, start, end: start + mention.text.length, strictKey: key, lenientKey: key, label: `${show(mention.block, start, start + mention.text.length)} → ${key}` }];
  });
  const predictedMentions: Item[] = analyses.flatMap((analysis, block) =>
    analysis.mentions.map((mention) => {
      const key = `${mention.entity.kind}:${mention.entity.id}`;
      return { block, start: mention.start, end: mention.end, strictKey: key, lenientKey: key, label: `${show(block, mention.start, mention.end)} → ${key}` };
    }),
  );

  const dateKey = (value: string | null, precision: string, extra: { timeOfDay?: string | undefined; end?: string | undefined; part?: string | undefined }) =>
    [value ?? 'null', precision, extra.timeOfDay ?? '', extra.end ?? '', extra.part ?? ''].join('|');
  const expectedDates: Item[] = labels.dates.flatMap((date) => {
    const start = at(date.block, date.text, date.occurrence);
    if (start === -1) return [];
    const key = dateKey(date.value, date.precision, date);
    return [{ block: date.block, start, end: start + date.text.length, strictKey: key, lenientKey: date.value ?? 'null', label: `${show(date.block, start, start + date.text.length)} = ${key}` }];
  });
  const predictedDates: Item[] = analyses.flatMap((analysis, block) => [
    ...analysis.dates.map((date) => {
      // The engine names a range's last day `until` (`end` is the offset where the words end).
      const found = date as { timeOfDay?: string; until?: string; monthPart?: string };
      const key = dateKey(date.value, date.precision, { timeOfDay: found.timeOfDay, end: found.until, part: found.monthPart });
      return { block, start: date.start, end: date.end, strictKey: key, lenientKey: date.value ?? 'null', label: `${show(block, date.start, date.end)} = ${key}` };
    }),
    // What the engine reports as impossible to date answers a label of precision "unresolved".
    ...analysis.unresolvedDates.map((date) => {
      const key = dateKey(null, 'unresolved', {});
      return { block, start: date.start, end: date.start + date.text.length, strictKey: key, lenientKey: 'null', label: `${show(block, date.start, date.start + date.text.length)} = ${key}` };
    }),
  ]);

  const statementKey = (speaker: string | null, kind: string) => `${speaker ?? 'null'}|${kind}`;
  const expectedStatements: (Item & { date: string | null })[] = labels.statements.flatMap((statement) => {
    const start = at(statement.block, statement.quote, statement.occurrence);
    if (start === -1) return [];
    const end = start + statement.quote.length;
    return [{ block: statement.block, start, end, strictKey: statementKey(statement.speaker, statement.kind), lenientKey: statement.speaker ?? 'null', label: `${show(statement.block, start, end)} ← ${statementKey(statement.speaker, statement.kind)}`, date: statement.date }];
  });
  const predictedStatements: (Item & { date: string | null })[] = analyses.flatMap((analysis, block) =>
    analysis.statements.map((statement) => ({
      block,
      start: statement.start,
      end: statement.end,
      strictKey: statementKey(statement.speaker, statement.kind),
      lenientKey: statement.speaker ?? 'null',
      label: `${show(block, statement.start, statement.end)} ← ${statementKey(statement.speaker, statement.kind)}`,
      date: statement.date?.value ?? null,
    })),
  );

  const sameSpan = (a: Item, b: Item) => a.start === b.start && a.end === b.end;
  const overlaps = (a: Item, b: Item) => a.start < b.end && b.start < a.end;
  const halfOverlap = (a: Item, b: Item) => Math.min(a.end, b.end) - Math.max(a.start, b.start) >= 0.5 * Math.min(a.end - a.start, b.end - b.start);

  const strictStatements = match(expectedStatements, predictedStatements, (a, b) => sameSpan(a, b) && a.strictKey === b.strictKey);
  const datedPairs = strictStatements.pairs.map(([expected, found]) => ({ expected, found }));
  const rightDates = datedPairs.filter(({ expected, found }) => expected.date === found.date).length;
  const statementDates = summarise(
    rightDates,
    datedPairs.length,
    datedPairs.length,
    datedPairs.filter(({ expected, found }) => expected.date !== found.date).map(({ expected, found }) => `${expected.label}: date ${expected.date ?? 'null'}, found ${found.date ?? 'null'}`),
    [],
  );

  const expectedWarnings: Item[] = labels.warnings.flatMap((warning) => {
    const start = at(warning.block, warning.text, warning.occurrence);
    if (start === -1) return [];
    return [{ block: warning.block, start, end: start + warning.text.length, strictKey: warning.kind, lenientKey: warning.kind, label: `${show(warning.block, start, start + warning.text.length)} ! ${warning.kind}` }];
  });
  const predictedWarnings: Item[] = analyses.flatMap((analysis, block) => [
    ...analysis.unresolvedDates.map((date) => ({ block, start: date.start, end: date.start + date.text.length, strictKey: 'unresolved-date', lenientKey: 'unresolved-date', label: `${show(block, date.start, date.start + date.text.length)} ! unresolved-date` })),
    ...analysis.ambiguousMentions.map((mention) => ({ block, start: mention.start, end: mention.end, strictKey: 'ambiguous-alias', lenientKey: 'ambiguous-alias', label: `${show(block, mention.start, mention.end)} ! ambiguous-alias` })),
    ...analysis.statements
      .filter((statement) => statement.speaker === null)
      .map((statement) => ({ block, start: statement.start, end: statement.end, strictKey: 'unknown-speaker', lenientKey: 'unknown-speaker', label: `${show(block, statement.start, statement.end)} ! unknown-speaker` })),
  ]);

  return {
    mentions: {
      strict: match(expectedMentions, predictedMentions, (a, b) => sameSpan(a, b) && a.strictKey === b.strictKey).score,
      lenient: match(expectedMentions, predictedMentions, (a, b) => overlaps(a, b) && a.lenientKey === b.lenientKey).score,
    },
    dates: {
      strict: match(expectedDates, predictedDates, (a, b) => overlaps(a, b) && a.strictKey === b.strictKey).score,
      lenient: match(expectedDates, predictedDates, (a, b) => overlaps(a, b) && a.lenientKey === b.lenientKey).score,
    },
    statements: {
      strict: strictStatements.score,
      lenient: match(expectedStatements, predictedStatements, (a, b) => halfOverlap(a, b) && a.lenientKey === b.lenientKey).score,
    },
    statementDates,
    // A warning is only counted where one was expected: the engine's other warnings (unknown speakers
    // the labels leave null without a warning) are not mistakes.
    warnings: (() => {
      const result = match(expectedWarnings, predictedWarnings, (a, b) => overlaps(a, b) && a.strictKey === b.strictKey).score;
      return summarise(result.truePositives, result.truePositives, result.expected, result.missed, []);
    })(),
  };
}

/** One-to-one matching, in reading order: each expected item takes the first unused prediction that agrees. */
function match<Entry extends Item>(expected: readonly Entry[], predicted: readonly Entry[], agrees: (expected: Entry, predicted: Entry) => boolean): { score: Score; pairs: [Entry, Entry][] } {
  const used = new Set<Entry>();
  const pairs: [Entry, Entry][] = [];
  const missed: string[] = [];
  for (const item of expected) {
    const found = predicted.find((candidate) => !used.has(candidate) && candidate.block === item.block && agrees(item, candidate));
    if (found) {
      used.add(found);
      pairs.push([item, found]);
    } else {
      missed.push(item.label);
    }
  }
  const spurious = predicted.filter((item) => !used.has(item)).map((item) => item.label);
  return { score: summarise(pairs.length, predicted.length, expected.length, missed, spurious), pairs };
}

export function summarise(truePositives: number, predicted: number, expected: number, missed: string[] = [], spurious: string[] = []): Score {
  return {
    truePositives,
    predicted,
    expected,
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: expected === 0 ? 1 : truePositives / expected,
    missed,
    spurious,
  };
}

/** Micro-averaged totals over several texts. */
export function total(scores: readonly Score[]): Score {
  const sum = (pick: (score: Score) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  return summarise(sum((s) => s.truePositives), sum((s) => s.predicted), sum((s) => s.expected), scores.flatMap((s) => s.missed), scores.flatMap((s) => s.spurious));
}


