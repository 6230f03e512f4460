import type { TemporalExpression } from './dates';
import type { Mention } from './mentions';
import { findQuotes, wordCount, type QuoteSpan } from './quotes';
import { splitSentences } from './sentences';
import { findSpeechCues, type SpeechCue } from './speech-cues';

/** Something someone said, as a source reports it. Offsets are into the block's text. */
export interface StatementSpan {
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  /** Actor id of who speaks, or null when the text does not say. */
  speaker: string | null;
  /** When the sentence says when it was said (outside the quoted words). */
  date: TemporalExpression | null;
}

export interface StatementContext {
  /** Who spoke last in the article: "Il a souligné", "a-t-elle déclaré", "la source a indiqué". */
  previousSpeaker: string | null;
}

/** Words that, as a sentence's subject, stand for the speaker of the previous statement. */
const anaphoricSubject = /^(?:il|elle|ils|elles|la\s+source(?:\s+militaire)?|le\s+ministère|l['’]agence|le\s+porte-parole|le\s+président|le\s+ministre)(?![\p{L}])/iu;
/** An opening phrase that is not the subject: "Dans le même temps,", "Lors de sa rencontre avec X,". */
const introductory = /^(?:dans|lors|face|pour|après|avant|de\s+son\s+côté|de\s+leur\s+côté|d['’]autre\s+part|en\s+revanche|malgré|par\s+ailleurs|au\s+cours|à\s+la\s+suite|selon|d['’]après|citée?s?\s+par|vendredi|jeudi|mercredi|mardi|lundi|samedi|dimanche|le\s+\d|hier)[^,]{0,80},\s*/iu;

/**
 * Finds the statements of one block: direct quotations attributed by a speech verb or "selon X",
 * and reported speech ("X a indiqué que …", "selon X, …"). Speakers are actor mentions of the
 * same sentence; pronouns and "la source" take the previous speaker.
 */
export function findStatements(
  text: string,
  mentions: readonly Mention[],
  dates: readonly TemporalExpression[],
  context: StatementContext,
): { statements: StatementSpan[]; previousSpeaker: string | null } {
  const quotes = findQuotes(text);
  const insideQuote = (start: number, end: number) => quotes.some((quote) => start >= quote.start && end <= quote.end && !(start === quote.start && end === quote.end));
  const statements: StatementSpan[] = [];
  let previousSpeaker = context.previousSpeaker;
  let previousWasDirect = false;

  for (const sentence of splitSentences(text, quotes)) {
    const slice = text.slice(sentence.start, sentence.end);
    const cues = findSpeechCues(slice, (start, end) => !insideQuote(sentence.start + start, sentence.start + end)).map((cue) => shift(cue, sentence.start));
    const sentenceQuotes = quotes.filter((quote) => quote.start >= sentence.start && quote.end <= sentence.end);
    const actorMentions = mentions.filter((mention) => mention.entity.kind === 'actor' && mention.start >= sentence.start && mention.end <= sentence.end && !insideQuote(mention.start, mention.end));

    if (cues.length === 0) {
      // A quotation standing alone right after a direct statement continues it ("…", a déclaré X. "…").
      const lone = sentenceQuotes.find((quote) => wordCount(text.slice(quote.start, quote.end)) >= 4);
      if (lone && previousWasDirect && previousSpeaker && text.slice(sentence.start, lone.start).trim() === '') {
        statements.push({ start: lone.start, end: lone.end, kind: 'direct', speaker: previousSpeaker, date: null });
      } else {
        previousWasDirect = false;
      }
      continue;
    }

    const used = new Set<QuoteSpan>();
    cues.forEach((cue, index) => {
      const next = cues[index + 1];
      const clauseEnd = next ? clauseBoundary(text, cue.end, next.start) : trimEnd(text, sentence.start, sentence.end);
      // "X a rapporté qu'une source avait déclaré que …": X relays; the statement is the source's.
      if (next && clauseEnd === next.start && isRelay(text.slice(cue.end, next.start))) return;
      const clauseStart = index > 0 ? clauseBoundaryAfter(text, cues[index - 1]!.end, cue.start) : sentence.start;
      const available = sentenceQuotes.filter((quote) => !used.has(quote) && quote.start >= clauseStart);
      const span = statementSpan(text, cue, clauseStart, clauseEnd, available);
      if (!span) return;
      for (const quote of available) if (quote.start >= span.start && quote.end <= span.end) used.add(quote);
      // "X a réaffirmé « … » et a exprimé « … »": the second verb shares the first one's subject.
      const sharesSubject = index > 0 && /^[\s,]*(?:et|puis)?\s*$/u.test(text.slice(clauseStart, cue.start));
      const speaker = sharesSubject ? previousSpeaker : resolveSpeaker(text, cue, clauseStart, clauseEnd, actorMentions, previousSpeaker, span, statements.length > 0);
      const date =
        dates.find(
          (expression) =>
            expression.start >= sentence.start &&
            expression.end <= sentence.end &&
            (expression.end <= span.start || expression.start >= span.end) &&
            (expression.precision === 'day' || expression.precision === 'part-of-day'),
        ) ?? null;
      // "il a été signalé que …" with nobody named: no one is said to speak.
      if (cue.kind === 'passive' && speaker === null) return;
      statements.push({ ...span, speaker, date });
      if (speaker) previousSpeaker = speaker;
      previousWasDirect = span.kind === 'direct';
    });
  }
  return { statements, previousSpeaker };
}

function shift(cue: SpeechCue, by: number): SpeechCue {
  return { ...cue, start: cue.start + by, end: cue.end + by, ...(cue.sourceStart !== undefined ? { sourceStart: cue.sourceStart + by } : {}) };
}

/** End of a sentence without its final punctuation and spaces. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s.!?…]/u.test(text[at - 1]!)) at--;
  return at;
}

/** "a rapporté qu'une source avait déclaré": the first verb only introduces the second one's speaker. */
function isRelay(between: string): boolean {
  return !/[«“"]/u.test(between) && /(?:que|qu['’])/u.test(between) && between.length < 80;
}

/** Where the clause of a cue ends when another cue follows in the same sentence. */
function clauseBoundary(text: string, from: number, nextCue: number): number {
  const between = text.slice(from, nextCue);
  const cut = between.search(/,\s*(?:(?:tandis|alors)\s+qu(?:e\s|['’])|mais\s|et\s)|;\s|\s+et\s+(?=(?:a|ont|avait)\s)/u);
  return cut === -1 ? nextCue : from + cut;
}

function clauseBoundaryAfter(text: string, previousCueEnd: number, cue: number): number {
  const between = text.slice(previousCueEnd, cue);
  if (/\s+(?:et|puis)\s*$/u.test(between)) return cue;
  const match = /,\s*(?:(?:tandis|alors)\s+qu(?:e\s|['’])|mais\s|et\s)|;\s/u.exec(between);
  return match ? previousCueEnd + match.index + match[0].length : previousCueEnd;
}

function resolveSpeaker(
  text: string,
  cue: SpeechCue,
  clauseStart: number,
  clauseEnd: number,
  mentions: readonly Mention[],
  previous: string | null,
  span: { start: number; end: number },
  continuesStatement: boolean,
): string | null {
  if (cue.kind === 'according-to') {
    const source = mentions.find((mention) => mention.start >= cue.end && mention.start <= cue.end + 4);
    return source?.entity.id ?? null;
  }
  if (/-t-|-(?:il|elle)/u.test(text.slice(cue.start, cue.end))) return previous;

  // "« … », a déclaré X": the quotation comes first, the speaker after the verb.
  const quoteFirst = span.end <= cue.start;
  const subjectFrom = quoteFirst ? cue.start : clauseStart;
  const before = mentions.filter((mention) => mention.start >= subjectFrom && mention.end <= cue.start);
  const last = before.at(-1);
  if (last) {
    const gap = text.slice(last.end, cue.start);
    if (/^\s*\)?\s*$/u.test(gap)) return last.entity.id;
    if (/^\s*,\s*$/u.test(gap) && isPerson(last)) return last.entity.id;
  }
  const subjectStart = subjectFrom + (introductory.exec(text.slice(subjectFrom, cue.start))?.[0].length ?? 0);
  const subjectText = text.slice(subjectStart, cue.start).trim();
  if (anaphoricSubject.test(subjectText) && !before.some((mention) => mention.start >= subjectStart && mention.start < subjectStart + 40)) return previous;
  const subject = before.find((mention) => mention.start >= subjectStart);
  if (subject) return subject.entity.id;
  // "Il a été déclaré que …" right after someone's statement in the same paragraph continues it.
  if (cue.kind === 'passive') return continuesStatement ? previous : null;
  if ((!quoteFirst && !/^[\s,\-–—]*$/u.test(subjectText))) return null;

  // Inverted subject: "a déclaré mercredi la porte-parole de la diplomatie russe, Maria Zakharova".
  const after = mentions.filter((mention) => mention.start >= cue.end && mention.end <= clauseEnd);
  const tail = text.slice(cue.end, clauseEnd);
  if (/^\s*(?:\p{L}+\s+){0,2}(?:la|le|les|l['’])\s*source/iu.test(tail)) return previous;
  const person = after.find(isPerson);
  return person?.entity.id ?? after[0]?.entity.id ?? null;
}

function isPerson(mention: Mention): boolean {
  return mention.entity.kind === 'actor' && mention.entity.isPerson === true;
}

/** The words the statement consists of: its quotation(s), or the reported clause. */
function statementSpan(text: string, cue: SpeechCue, clauseStart: number, clauseEnd: number, quotes: readonly QuoteSpan[]): { start: number; end: number; kind: 'direct' | 'reported' } | undefined {
  const inClause = quotes.filter((quote) => quote.start >= clauseStart && quote.end <= Math.max(clauseEnd, cue.end) + 1);
  const after = text.slice(cue.end, clauseEnd);
  const leadIn = /^\s*(?:(?:[\p{L}\p{N}'’-]+\s+){0,8}?(?:que|qu['’])\s*|:\s*|,\s*|(?:[\p{L}'’-]+\s+){0,2}?(?=[«“"]))/u.exec(after);

  if (cue.kind === 'according-to') {
    const sourceEnd = text.indexOf(',', cue.end);
    const quoteAfter = inClause.find((quote) => quote.start >= cue.end);
    if (sourceEnd !== -1 && sourceEnd < clauseEnd && cue.start - clauseStart < 3) {
      // "Selon X, …": the rest of the sentence, or its quotation.
      if (quoteAfter && quoteAfter.start <= sourceEnd + 3 && wordCount(text.slice(quoteAfter.start, quoteAfter.end)) >= 4) return { start: quoteAfter.start, end: quoteAfter.end, kind: 'direct' };
      const start = skipSpaces(text, sourceEnd + 1);
      return start < clauseEnd ? { start, end: clauseEnd, kind: 'reported' } : undefined;
    }
    // "…, selon X": what comes before.
    const end = trimComma(text, clauseStart, cue.start);
    const start = clauseStart + (introductory.exec(text.slice(clauseStart, end))?.[0].length ?? 0);
    return end - start >= 10 ? { start, end, kind: 'reported' } : undefined;
  }

  // A quotation the cue introduces ("a déclaré que « … »", "a averti qu'"…"") or follows ("« … », a déclaré X").
  const introduced = inClause.find((quote) => quote.start >= cue.end && leadIn && quote.start <= cue.end + leadIn[0].length + 1);
  const preceding = inClause.filter((quote) => quote.end <= cue.start && cue.start - quote.end <= 200 && !/[.!?]/u.test(text.slice(quote.end, cue.start)));
  if (introduced && wordCount(text.slice(introduced.start, introduced.end)) >= 3) {
    const last = inClause.filter((quote) => quote.start >= introduced.start).at(-1)!;
    return { start: introduced.start, end: last.end, kind: 'direct' };
  }
  if (preceding.length > 0 && wordCount(text.slice(preceding[0]!.start, preceding.at(-1)!.end)) >= 3) {
    return { start: preceding[0]!.start, end: preceding.at(-1)!.end, kind: 'direct' };
  }
  if (leadIn && /(?:que|qu['’])\s*$/u.test(leadIn[0])) {
    const start = cue.end + leadIn[0].length;
    return clauseEnd - start >= 10 ? { start, end: clauseEnd, kind: 'reported' } : undefined;
  }
  const start = skipSpaces(text, cue.end);
  return clauseEnd - start >= 10 ? { start, end: clauseEnd, kind: 'reported' } : undefined;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

function trimComma(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s,]/u.test(text[at - 1]!)) at--;
  return at;
}
