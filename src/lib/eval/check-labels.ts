import { nthIndexOf } from './gold';
import type { DateLabel, MentionLabel, StatementLabel, WarningLabel } from './labels';

export interface LabelledText {
  /** Where the labels come from, for messages: "tests/eval/test/dates.json#test-date-004". */
  where: string;
  blocks: readonly string[];
  mentions: readonly MentionLabel[];
  dates: readonly DateLabel[];
  statements: readonly StatementLabel[];
  warnings: readonly WarningLabel[];
}

/** The ids a mention or a speaker may name, by kind. */
export interface KnownIds {
  actor: ReadonlySet<string>;
  place: ReadonlySet<string>;
  term: ReadonlySet<string>;
}

/**
 * Mistakes in a labelled text, not in the engine: a label whose words are not in its block,
 * an unknown id, two labels on the same words. An empty list means the labels can be scored.
 */
export function checkLabels(text: LabelledText, ids: KnownIds): string[] {
  const problems: string[] = [];
  const locate = (kind: string, label: { block: number; occurrence: number }, words: string) => {
    const block = text.blocks[label.block];
    if (block === undefined) {
      problems.push(`${text.where}: ${kind} ${JSON.stringify(words)} is in block ${label.block}, but there are ${text.blocks.length} blocks`);
      return;
    }
    if (nthIndexOf(block, words, label.occurrence) === -1) {
      problems.push(`${text.where}: ${kind} ${JSON.stringify(words)} (occurrence ${label.occurrence}) is not in block ${label.block}`);
    }
  };
  const unique = (kind: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`${text.where}: ${kind} labelled twice: ${key}`);
      seen.add(key);
    }
  };

  for (const mention of text.mentions) {
    locate('mention', mention, mention.text);
    if (!ids[mention.kind].has(mention.id)) problems.push(`${text.where}: mention ${JSON.stringify(mention.text)} names unknown ${mention.kind} "${mention.id}"`);
  }
  for (const date of text.dates) locate('date', date, date.text);
  for (const statement of text.statements) {
    locate('statement', statement, statement.quote);
    if (statement.speaker !== null && !ids.actor.has(statement.speaker)) problems.push(`${text.where}: statement speaker "${statement.speaker}" is not a known actor`);
  }
  for (const warning of text.warnings) locate('warning', warning, warning.text);

  unique('mention', text.mentions.map((m) => `${m.block}:${m.text}#${m.occurrence}`));
  unique('date', text.dates.map((d) => `${d.block}:${d.text}#${d.occurrence}`));
  unique('statement', text.statements.map((s) => `${s.block}:${s.quote}#${s.occurrence}`));
  return problems;
}
