import type { TextBlock } from '../article/blocks';
import { findDates, type TemporalExpression, type UnresolvedDate } from './dates';
import type { Gazetteer } from './gazetteer';
import type { MentionMatcher, Mention } from './mentions';
import { speakingFor } from './capitals';
import { anchorEvents, datedSentences, type DatedSentence } from './event-anchors';
import { newDiscourse } from './speakers';
import { newSurnameMemory, peopleBySurname, resolveSurnames, type AmbiguousMention } from './surnames';
import { findStatements, type StatementSpan } from './statements';

/** A block's text, with the spans an editor's directives already decided. */
export interface BlockInput {
  text: string;
  /** Mentions fixed by directives (`:actor[le régime]{#gouvernement-syrien}`): never re-matched. */
  fixed: Mention[];
  /** Spans marked `:plain`: left unannotated. */
  plain?: { start: number; end: number }[];
}

export interface BlockAnalysis {
  mentions: Mention[];
  dates: TemporalExpression[];
  statements: StatementSpan[];
  /** Temporal expressions the resolver could not place ("la veille" with no date before it). */
  unresolvedDates: UnresolvedDate[];
  /** Surnames several people of the registry share, where the text does not say whom it means. */
  ambiguousMentions: AmbiguousMention[];
}

export interface ArticleContext {
  published: string;
  gazetteer: Gazetteer;
  matcher: MentionMatcher;
}

/**
 * Reads an article's blocks in order, as a reader does: dates are resolved against the
 * publication date and the last date named; "il" and "la source" take the last speaker.
 */
export function analyzeBlocks(blocks: readonly BlockInput[], context: ArticleContext): BlockAnalysis[] {
  let previousDate: string | undefined;
  const discourse = newDiscourse();
  const surnames = newSurnameMemory();
  const people = peopleBySurname(context.gazetteer);
  const dated: DatedSentence[] = [];
  return blocks.map((block) => {
    const found = context.matcher.find(block.text, [...block.fixed, ...(block.plain ?? [])]);
    const { mentions, ambiguous } = resolveSurnames(block.text, [...block.fixed, ...found].sort((a, b) => a.start - b.start), people, surnames);
    const dateResult = findDates(block.text, { published: context.published, ...(previousDate ? { previous: previousDate } : {}) });
    previousDate = dateResult.previous;
    const plainDates = dateResult.expressions.filter((date) => !mentions.some((mention) => date.start < mention.end && date.end > mention.start));
    const anchored = anchorEvents(block.text, dateResult.unresolved, mentions, [...dated, ...datedSentences(block.text, plainDates, mentions)]);
    const dates = [...plainDates, ...anchored.resolved].sort((a, b) => a.start - b.start);
    dated.push(...datedSentences(block.text, dates, mentions).map((sentence) => ({ ...sentence, start: -1 })));
    const statementResult = findStatements(block.text, mentions, dates, { discourse, speakingFor: (place) => speakingFor(place, context.gazetteer) });
    return { mentions, dates, statements: statementResult.statements, unresolvedDates: anchored.unresolved, ambiguousMentions: ambiguous };
  });
}

/** Plain blocks (no directives) from an article's text blocks. */
export function plainBlocks(blocks: readonly TextBlock[]): BlockInput[] {
  return blocks.map((block) => ({ text: block.text, fixed: [], plain: [] }));
}
