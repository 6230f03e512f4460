import { findDates, type TemporalExpression, type UnresolvedDate } from './dates';
import type { Gazetteer } from './gazetteer';
import type { MentionMatcher, Mention } from './mentions';
import { speakingFor } from './capitals';
import { anchorEvents, datedSentences, type DatedSentence } from './event-anchors';
import { loneQuotation, postSignature, signatureSpeaker, type Signature } from './embedded-posts';
import { newDiscourse, type Discourse } from './speakers';
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
  const analyses: BlockAnalysis[] = [];
  for (const block of blocks) {
    const found = context.matcher.find(block.text, [...block.fixed, ...(block.plain ?? [])]);
    const { mentions, ambiguous } = resolveSurnames(block.text, [...block.fixed, ...found].sort((a, b) => a.start - b.start), people, surnames);
    const dateResult = findDates(block.text, { published: context.published, ...(previousDate ? { previous: previousDate } : {}) });
    previousDate = dateResult.previous;
    const plainDates = dateResult.expressions.filter((date) => !mentions.some((mention) => date.start < mention.end && date.end > mention.start));
    const anchored = anchorEvents(block.text, dateResult.unresolved, mentions, [...dated, ...datedSentences(block.text, plainDates, mentions)]);
    const dates = [...plainDates, ...anchored.resolved].sort((a, b) => a.start - b.start);
    dated.push(...datedSentences(block.text, dates, mentions).map((sentence) => ({ ...sentence, start: -1 })));
    const statementResult = findStatements(block.text, mentions, dates, { discourse, speakingFor: (place) => speakingFor(place, context.gazetteer) });
    const analysis: BlockAnalysis = { mentions, dates, statements: statementResult.statements, unresolvedDates: anchored.unresolved, ambiguousMentions: ambiguous };
    signPost(blocks, analyses, block, analysis, context.gazetteer, discourse);
    analyses.push(analysis);
  }
  return analyses;
}

/**
 * An embedded post: a paragraph that is only a quotation, signed at its end or by the next paragraph
 * ("— Kaja Kallas (@kajakallas) December 8, 2024"), is a statement of whoever signs it.
 */
function signPost(blocks: readonly BlockInput[], analyses: readonly BlockAnalysis[], block: BlockInput, analysis: BlockAnalysis, gazetteer: Gazetteer, discourse: Discourse): void {
  const sign = (quoteBlock: BlockInput, quoteAnalysis: BlockAnalysis, signature: Signature, signatureAnalysis: BlockAnalysis) => {
    const quote = loneQuotation(quoteBlock.text, quoteAnalysis.statements);
    if (!quote) return;
    const speaker = signatureSpeaker(signature, signatureAnalysis.mentions, gazetteer);
    const date = signatureAnalysis.dates.find((candidate) => candidate.start >= signature.start && candidate.end <= signature.end && candidate.precision === 'day') ?? null;
    quoteAnalysis.statements.push({ start: quote.start, end: quote.end, kind: 'direct', speaker: speaker?.id || null, date });
    quoteAnalysis.statements.sort((a, b) => a.start - b.start);
    if (speaker) discourse.lastSpeaker = discourse.lastNamedSpeaker = speaker;
  };
  const quote = loneQuotation(block.text, analysis.statements);
  const inline = quote ? postSignature(block.text, quote.end) : undefined;
  if (inline) sign(block, analysis, inline, analysis);
  const previous = analyses.at(-1);
  const signature = postSignature(block.text);
  if (previous && signature) sign(blocks[analyses.length - 1]!, previous, signature, analysis);
}
