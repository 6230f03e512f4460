import type { AnnotatedBlock } from '../annotate/annotate-article';
import { nthIndexOf, type Gold } from './gold';

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

export interface ArticleScores {
  mentions: Score;
  dates: Score;
  statements: Score;
  /** Gold labels whose text is not in their block: a mistake in the gold file, not in the engine. */
  goldErrors: string[];
}

interface Item {
  block: number;
  start: number;
  end: number;
  key: string;
  label: string;
}

/**
 * Compares the engine's annotations of one article to its gold labels.
 * Mentions match on exact span and entity; dates on overlapping span and equal value;
 * statements on the same block, an overlap of at least half the shorter span, and the same speaker.
 */
export function scoreArticle(blocks: readonly AnnotatedBlock[], gold: Gold): ArticleScores {
  const goldErrors: string[] = [];
  const locate = (block: number, text: string, occurrence: number) => {
    const source = blocks[block]?.text ?? '';
    const start = nthIndexOf(source, text, occurrence);
    if (start === -1) goldErrors.push(`block ${block}: ${JSON.stringify(text)} (occurrence ${occurrence}) not found`);
    return start;
  };

  const expectedMentions: Item[] = gold.mentions.flatMap((mention) => {
    const start = locate(mention.block, mention.text, mention.occurrence);
    return start === -1 ? [] : [{ block: mention.block, start, end: start + mention.text.length, key: `${mention.kind}:${mention.id}`, label: `${mention.block}: ${mention.text} → ${mention.id}` }];
  });
  const predictedMentions: Item[] = blocks.flatMap((block, index) =>
    block.analysis.mentions.map((mention) => ({ block: index, start: mention.start, end: mention.end, key: `${mention.entity.kind}:${mention.entity.id}`, label: `${index}: ${block.text.slice(mention.start, mention.end)} → ${mention.entity.id}` })),
  );

  const expectedDates: Item[] = gold.dates.flatMap((date) => {
    const start = locate(date.block, date.text, date.occurrence);
    return start === -1 ? [] : [{ block: date.block, start, end: start + date.text.length, key: String(date.value), label: `${date.block}: ${date.text} = ${date.value}` }];
  });
  const predictedDates: Item[] = blocks.flatMap((block, index) =>
    block.analysis.dates.map((date) => ({ block: index, start: date.start, end: date.end, key: String(date.value), label: `${index}: ${date.text} = ${date.value}` })),
  );

  const expectedStatements: Item[] = gold.statements.flatMap((statement) => {
    const start = locate(statement.block, statement.quote, 1);
    return start === -1 ? [] : [{ block: statement.block, start, end: start + statement.quote.length, key: String(statement.speaker), label: `${statement.block}: [${statement.speaker}] ${excerpt(statement.quote)}` }];
  });
  const predictedStatements: Item[] = blocks.flatMap((block, index) =>
    block.analysis.statements.map((statement) => ({ block: index, start: statement.start, end: statement.end, key: String(statement.speaker), label: `${index}: [${statement.speaker}] ${excerpt(block.text.slice(statement.start, statement.end))}` })),
  );

  return {
    mentions: match(expectedMentions, predictedMentions, (a, b) => a.start === b.start && a.end === b.end),
    dates: match(expectedDates, predictedDates, (a, b) => a.start < b.end && b.start < a.end),
    statements: match(expectedStatements, predictedStatements, (a, b) => overlap(a, b) >= 0.5 * Math.min(a.end - a.start, b.end - b.start)),
    goldErrors,
  };
}

function overlap(a: Item, b: Item): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function match(expected: Item[], predicted: Item[], sameSpan: (a: Item, b: Item) => boolean): Score {
  const used = new Set<Item>();
  const missed: string[] = [];
  let truePositives = 0;
  for (const item of expected) {
    const found = predicted.find((candidate) => !used.has(candidate) && candidate.block === item.block && candidate.key === item.key && sameSpan(item, candidate));
    if (found) {
      used.add(found);
      truePositives++;
    } else {
      missed.push(item.label);
    }
  }
  const spurious = predicted.filter((item) => !used.has(item)).map((item) => item.label);
  return summarise(truePositives, predicted.length, expected.length, missed, spurious);
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

/** Micro-averaged totals over several articles. */
export function total(scores: readonly Score[]): Score {
  const sum = (pick: (score: Score) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  return summarise(sum((s) => s.truePositives), sum((s) => s.predicted), sum((s) => s.expected), scores.flatMap((s) => s.missed), scores.flatMap((s) => s.spurious));
}

function excerpt(text: string): string {
  return text.length > 50 ? `${text.slice(0, 50)}…` : text;
}
