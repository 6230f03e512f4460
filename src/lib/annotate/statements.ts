import type { TemporalExpression } from './dates';
import type { Entity } from './gazetteer';
import type { Mention } from './mentions';
import { findQuotes, quoteAround, wordCount, type QuoteSpan } from './quotes';
import { complementsOf, isFiniteVerb, isInfinitive } from './reporting-verbs';
import { splitSentences, type Sentence } from './sentences';
import { anonymousPeople, followingSpeaker, remember, resolveDescription, resolvePronoun, subjectSpeaker, type Discourse } from './speakers';
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
  /** A pronoun stood for the speaker and no actor named before fits it: the editor is told. */
  unresolvedSpeaker?: boolean;
}

export interface StatementContext {
  /** The actors named so far in the article and who spoke last, carried from block to block. */
  discourse: Discourse;
  /** The actor a place speaks for ("Moscou a appelé à …"), when it is a capital the registry's actors govern. */
  speakingFor?: (place: Entity) => Entity | undefined;
}

interface Span {
  start: number;
  end: number;
}

/**
 * An opening phrase that is not the subject, ended by a comma: "Samedi,", "Dans un communiqué,",
 * "Lors de sa rencontre avec X,", "De son côté,". The subject starts after it.
 */
const introductory = /^(?:(?:dans|lors|face|pour|après|avant|de\s+son\s+côté|de\s+leur\s+côté|d['’]autre\s+part|en\s+revanche|malgré|par\s+ailleurs|au\s+cours|à\s+la\s+suite|depuis|jusqu['’]|en\s+fin|en\s+début|plus\s+tôt|plus\s+tard|peu|quelques|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|le\s+\d|la\s+veille|le\s+lendemain|mardi|interrogée?s?|invitée?s?|jointe?s?|contactée?s?|sollicitée?s?|interviewée?s?|citée?s?\s+par|sur|à|au|en|dès|cette|ce|ainsi|or|mais|enfin|toutefois|pourtant|cependant|de\s+plus|en\s+outre)[^,«»“”"]{0,90},\s*)+/iu;

/** What may stand between a verb and its complement: adverbs, an addressee, a medium, a day. */
const insertion = new RegExp(
  [
    String.raw`\s*,?\s*(?:également|aussi|encore|déjà|désormais|toujours|notamment|ensuite|enfin|pourtant|toutefois|cependant|clairement|publiquement|officiellement|formellement|catégoriquement|fermement|vivement|de\s+nouveau|à\s+nouveau|pour\s+sa\s+part|pour\s+leur\s+part|de\s+son\s+côté|quant\s+à\s+(?:lui|elle|eux)|pas|plus|jamais|ne|n['’]|d['’]emblée|sans\s+détour)(?![\p{L}])`,
    // A medium or an audience: "à la télévision d'État", "à l'AFP", "aux journalistes", "sur la chaîne Al-Arabiya".
    String.raw`\s*,?\s*(?:à|au|aux|sur|devant)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?:AFP|Reuters|AP|presse|journalistes|médias|télévision(?:\s+(?:d['’]État|publique|nationale|officielle))?|radio(?:\s+publique)?|chaîne\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?|agence\s+[\p{Lu}][\p{L}-]*)(?![\p{L}])`,
    // "a promis mercredi, cité par la chaîne Al-Manar, que …": the relay between the verb and what was said.
    String.raw`\s*,\s*citée?s?\s+par\s+[^,;:«»“”".]{1,60},`,
    String.raw`\s*,?\s*(?:dans|par)\s+(?:un|une|le|la|son|sa|leur)\s+(?:communiqué|déclaration|message|vidéo|entretien|interview|allocution|discours|lettre|publication|post|tweet|texte|conférence\s+de\s+presse|point\s+de\s+presse|note)(?:\s+(?:publiée?|diffusée?|transmise?|mise?\s+en\s+ligne|télévisée?|adressée?|conjointe?|écrite?|officielle?|vidéo|de\s+presse))?(?:\s+(?:sur|à|au|aux|par|dans|de|du|des)\s+[^,«“"]{1,40}?)?(?=\s*(?:,|(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:|[«“"]))`,
    String.raw`\s*,?\s*(?:sur|via)\s+(?:son|sa|leur|les?|la|X|Telegram|Twitter|Facebook)(?:\s+[\p{L}’'-]+){0,4}?(?=\s*(?:,|(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:|[«“"]))`,
    String.raw`\s*,?\s*lors\s+d['’]une?\s+[^,«“"]{1,60}?(?=\s*(?:,|(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:|[«“"]))`,
    // Any other circumstance before "que" or a quotation: "dans la mosquée des Omeyyades de Damas", "en marge du sommet".
    String.raw`\s*,?\s*(?:devant|auprès\s+d(?:e|u|es))\s[^,;:«»“”".!?]{1,60}?(?=\s+(?:pour|contre)\s)`,
    String.raw`\s*,?\s*(?:dans|en|depuis|sur|sous|devant|lors|pendant|après|avant|au\s+cours|en\s+marge|à\s+l['’]issue|à\s+la\s+sortie|de\s+retour)\s[^,;:«»“”".!?]{1,70}?(?=\s*,?\s*(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:\s*[«“"]))`,
  ].join('|'),
  'iyu',
);

/** An addressee before "que" or a quotation: "à l'AFP", "à Bachar al-Assad", "aux journalistes réunis à Doha". */
const addressee = new RegExp(
  String.raw`\s*,?\s*(?:à|au|aux|devant|auprès\s+(?:de|du|des|d['’]))\s+[^,;:«»“”".]{1,70}?(?=\s*,?\s*(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:\s*[«“"]|[«“"]))`,
  'iyu',
);

/**
 * Finds the statements of one block: quotations and reported speech introduced or followed by a
 * reporting verb (any tense, mood, voice or inversion), "selon X", "X : « … »"; a quotation standing
 * alone after a direct statement continues it. Speakers are the head of the subject, an apposition,
 * or what a pronoun or description stands for in the article so far.
 */
export function findStatements(text: string, mentions: readonly Mention[], dates: readonly TemporalExpression[], context: StatementContext): { statements: StatementSpan[] } {
  const { discourse } = context;
  const quotes = findQuotes(text);
  const insideQuote = (start: number, end: number) => {
    const quote = quoteAround(quotes, start);
    return quote !== undefined && start > quote.start && end < quote.end;
  };
  const withinQuote = (start: number, end: number) => {
    const quote = quoteAround(quotes, start);
    return quote !== undefined && end <= quote.end;
  };
  const actorMentions = mentions.filter((mention) => mention.entity.kind === 'actor');
  // A capital may be the subject of a verb of saying; it then speaks for its government, but a reader
  // does not take it as someone a later "il" could stand for.
  const speakers = [
    ...actorMentions,
    ...mentions.flatMap((mention) => {
      const actor = mention.entity.kind === 'place' ? context.speakingFor?.(mention.entity) : undefined;
      return actor ? [{ ...mention, entity: actor }] : [];
    }),
  ].sort((a, b) => a.start - b.start);
  // Who a reader meets, in order: named actors and people described without a name.
  const referents = [
    ...actorMentions.map((mention) => ({ start: mention.start, end: mention.end, entity: namedInPlural(text, mention.start) ? { ...mention.entity, plural: true } : mention.entity })),
    ...anonymousPeople(text)
      // "un responsable du Hezbollah" is the Hezbollah's; "des soldats ont été interrogés par l'OSDH" are no one's.
      .filter((person) => !actorMentions.some((mention) => mention.start >= person.start && mention.start <= person.start + 40 && !hasFiniteVerb(text.slice(person.start, mention.start))))
      .map((person) => ({ start: person.start, end: person.start + 1, entity: person.entity })),
  ].sort((a, b) => a.start - b.start);
  let remembered = 0;
  const rememberUntil = (position: number) => {
    while (remembered < referents.length && referents[remembered]!.end <= position) {
      const referent = referents[remembered++]!;
      if (!insideQuote(referent.start, referent.end)) remember(discourse, referent.entity);
    }
  };
  const statements: StatementSpan[] = [];
  const quoteCursor = { at: 0 };
  const speakerCursor = { at: 0 };
  const dateCursor = { at: 0 };

  for (const sentence of splitSentences(text, quotes)) {
    const allCues = findSpeechCues(text, (start, end) => !withinQuote(start, end), sentence.start, sentence.end);
    // "a répondu : « … »": the colon belongs to the verb before it, not to a speaker of its own.
    const cues = allCues.filter((cue, index) => {
      const before = allCues[index - 1];
      return cue.kind !== 'colon' || !before || before.kind === 'colon' || before.kind === 'according-to' || !/^[^.;«»“”"]{0,60}$/u.test(text.slice(before.end, cue.start));
    });
    // What lies in the sentence, taken by sweeping sorted lists: the whole block is read in linear time.
    const sentenceQuotes = inSentence(quotes, sentence, quoteCursor);
    const sentenceSpeakers = inSentence(speakers, sentence, speakerCursor);
    const sentenceDates = inSentence(dates, sentence, dateCursor);
    const found: StatementSpan[] = [];
    if (cues.length === 0) {
      // A quotation standing alone right after a direct statement continues it ("…", a déclaré X. "…").
      const lone = sentenceQuotes[0];
      const continued = discourse.lastQuotation;
      if (lone && continued && text.slice(sentence.start, lone.start).trim() === '' && wordCount(text.slice(lone.start, lone.end)) >= 3) {
        found.push({ start: lone.start, end: lone.end, kind: 'direct', speaker: continued.speaker, date: null });
      }
    }
    const used = new Set<QuoteSpan>();
    let foundUpTo = 0;
    // A cue that reports nothing ("évoqueront l'avenir …") does not cut the sentence into clauses.
    let previous: SpeechCue | undefined;
    // "La Turquie espère voir rentrer les réfugiés, a déclaré Erdogan": a sentence reported by a verb at its end
    // holds the words said; a verb inside them with no "que" nor quotation reports nothing of its own.
    const closing = cues.at(-1);
    const reportedBefore = closing && isClosingCue(text, sentence, closing) ? closing.start : -1;
    cues.forEach((cue, index) => {
      rememberUntil(cue.start);
      if (cue.start < reportedBefore && cue.kind === 'verb' && !/^[^.;«»“”"]{0,60}?(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:|[«“"])/u.test(text.slice(cue.end, cue.end + 64))) return;
      // Inside what a statement reports, a verb is the reported words' own ("que Washington soutiendrait …").
      if (cue.start < foundUpTo && found.some((statement) => cue.start >= statement.start && cue.end <= statement.end)) return;
      // "X a rapporté qu'une source avait déclaré que …": X relays; the words are the source's.
      const relayed = cues[index + 1];
      if (relayed && cue.kind === 'verb' && relayed.kind === 'verb' && /^\s*(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’])[^«»“”".;:]{1,80}$/u.test(text.slice(cue.end, relayed.start)) && /^\s*,?\s*(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:\s*[«“"])/u.test(text.slice(relayed.end, relayed.end + 12))) return;
      const next = cues.slice(index + 1).find((candidate) => opensClause(text, sentence.start, candidate));
      const clauseStart = previous ? clauseStartAfter(text, previous, cue) : sentence.start;
      const clauseEnd = next ? clauseEndBefore(text, cue.end, next.start) : trimEnd(text, sentence.start, sentence.end);
      // What the cue may use: its stretch of the sentence, from a few hundred characters back to the clause's end.
      const [from, to] = [windowStart(sentence.start, cue.start) - reach, clauseEnd + 2];
      const produced = statementsOf(text, cue, {
        sentence,
        clauseStart,
        clauseEnd,
        quotes: spansBetween(sentenceQuotes, from, to).filter((quote) => !used.has(quote)),
        mentions: spansBetween(sentenceSpeakers, from, to),
        dates: spansBetween(sentenceDates, from, to),
        discourse,
        previous: found.at(-1),
        previousCue: previous,
        nextCue: next,
        laterCues: () => cues.slice(index + 1),
      });
      for (const statement of produced) {
        for (const quote of spansBetween(sentenceQuotes, statement.start, statement.end)) if (quote.end <= statement.end) used.add(quote);
        if (statement.start < foundUpTo && found.some((known) => known.start < statement.end && statement.start < known.end)) continue;
        found.push(statement);
        foundUpTo = Math.max(foundUpTo, statement.end);
      }
      if (produced.length > 0) previous = cue;
    });
    rememberUntil(sentence.end);
    for (const statement of found) {
      statements.push(statement);
      // After words nobody in the registry said, a pronoun is free to find its own antecedent.
      discourse.lastSpeaker = statement.speaker ? (discourse.actors.find((actor) => actor.id === statement.speaker) ?? discourse.lastSpeaker) : null;
      if (discourse.lastSpeaker) discourse.lastNamedSpeaker = discourse.lastSpeaker;
      discourse.lastQuotation = statement.kind === 'direct' ? { speaker: statement.speaker } : null;
    }
    if (found.length === 0 && cues.length === 0 && sentenceQuotes.length === 0) discourse.lastQuotation = null;
  }
  rememberUntil(text.length);
  const reportedWithin = statements.filter((statement) => statement.kind === 'direct').flatMap((quotation) => statementsInQuotation(text, quotation, mentions, dates, context));
  return { statements: [...statements, ...reportedWithin].sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** A subject in the first or second person: the one quoted speaks of their own words ("je vous assure que", "nous affirmons que"). */
const ownVoice = /(?<![\p{L}])(?:(?:je|me|nous|vous|tu|te)(?![\p{L}])|[jmt]['’])/iu;
/** Inside a quotation only the plainest reported speech counts: a clause after "que", or what "selon X" frames. */
const thatClause = /(?<![\p{L}])(?:que|qu['’])\s*$/iu;
/** What any statement inside a quotation needs (see below): a quick test before reading the quotation again. */
const reportedInside = /(?<![\p{L}])(?:que|qu['’]|selon|d['’]après)/iu;
const accordingToFrame = /(?<![\p{L}])(?:selon|d['’]après)\s/iu;
const thirdPersonSubject = /^\s*(?:il|elle|ils|elles)(?![\p{L}])/iu;

/**
 * "« L'opposition rapporte que … », a déclaré X": the quoted words report someone else's; each such
 * statement is found inside the quotation, with its own speaker, and the quotation stays X's. What
 * the quoted speaker says of their own words ("je vous assure que …") is not another statement, nor
 * is one whose subject is a pronoun nothing in the article stands for ("« Ils affirment que … »").
 * Verbs that are also verbs of saying elsewhere ("jugera les dirigeants sur leurs actes") count
 * inside a quotation only with "que" or "selon".
 */
function statementsInQuotation(text: string, quotation: StatementSpan, mentions: readonly Mention[], dates: readonly TemporalExpression[], context: StatementContext): StatementSpan[] {
  const [start, end] = [quotation.start + 1, quotation.end - 1];
  const inner = text.slice(start, end);
  if (!reportedInside.test(inner)) return [];
  const within = <Item extends Span>(items: readonly Item[]): Item[] => items.filter((item) => item.start >= start && item.end <= end).map((item) => ({ ...item, start: item.start - start, end: item.end - start }));
  // The quoted words are read with what the article has said so far, without changing it.
  const discourse = { ...context.discourse, actors: [...context.discourse.actors], lastQuotation: null };
  const found = findStatements(inner, within(mentions), within(dates), { ...context, discourse }).statements;
  const sentences = splitSentences(inner, findQuotes(inner));
  return found
    .filter((statement) => {
      const sentence = sentences.find((candidate) => statement.start >= candidate.start && statement.start < candidate.end);
      const before = inner.slice(sentence?.start ?? 0, statement.start);
      // A pronoun the article cannot resolve belongs to the quoted speaker's own story: nobody to name.
      const unnamedPronoun = !statement.speaker && thirdPersonSubject.test(before);
      const framed = thatClause.test(before) || accordingToFrame.test(before) || accordingToFrame.test(inner.slice(statement.end, statement.end + 12));
      return framed && !ownVoice.test(before) && !unnamedPronoun && !statement.unresolvedSpeaker;
    })
    .map((statement) => ({ ...statement, start: statement.start + start, end: statement.end + start }));
}


/** Whether a verb is negated: "ne" or "n'" before it, "pas", "jamais", "plus", "guère" or "point" in or right after its group. */
function isNegated(text: string, sentenceStart: number, cue: SpeechCue): boolean {
  const before = text.slice(Math.max(sentenceStart, cue.start - 12), cue.start);
  const group = text.slice(cue.start, cue.end);
  const negation = /(?:^|[\s'’])(?:ne|n['’])\s*(?:\p{L}+['’]?\s*){0,2}$/iu.test(before) || /(?:^|\s)(?:ne\s|n['’])/iu.test(group);
  return negation && (/(?:^|\s)(?:pas|jamais|plus|guère|point)(?![\p{L}])/iu.test(group) || /^\s*(?:pas|jamais|plus|guère|point)(?![\p{L}])/iu.test(text.slice(cue.end)));
}

/** "…, a déclaré Recep Tayyip Erdogan." ending a sentence: a verb after a comma with only its speaker after it. */
function isClosingCue(text: string, sentence: Sentence, cue: SpeechCue): boolean {
  if (cue.kind !== 'verb' && cue.kind !== 'inverted') return false;
  if (!/,\s*$/u.test(text.slice(Math.max(sentence.start, cue.start - 4), cue.start))) return false;
  const after = text.slice(cue.end, sentence.end);
  return after.length <= 120 && !/[«»“”":;]|(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]/u.test(after);
}

/** Whether a name comes after a plural article ("les Casques blancs", "des rebelles", "aux Houthis"). */
function namedInPlural(text: string, start: number): boolean {
  return /(?:^|[\s'’(])(?:les|des|aux|ces|leurs|nos)\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
}

/** How far before a verb its subject, links and circumstances are looked for: a long sentence stays linear. */
const reach = 400;
const windowStart = (from: number, to: number) => Math.max(from, to - reach);

/**
 * Whether a cue starts a clause of its own rather than sitting inside the words another cue reports:
 * "selon X", "X :", an inversion, or a verb after a comma, a semicolon or "et", "puis", "mais".
 */
function opensClause(text: string, sentenceStart: number, cue: SpeechCue): boolean {
  if (cue.kind === 'according-to' || cue.kind === 'colon' || cue.kind === 'inverted') return true;
  const before = text.slice(windowStart(sentenceStart, cue.start), cue.start);
  // "… auraient pris les villes et menaceraient Homs": a simple verb after "et" continues the reported
  // clause, unless it reports something of its own ("et affirme que …").
  if (cue.kind === 'verb' && /\s(?:et|puis)\s*$/u.test(before) && !/\s/u.test(text.slice(cue.start, cue.end).trim()) && !/^[^.;«»“”"]{0,40}?(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:\s*[«“"]|[«“"])/u.test(text.slice(cue.end, cue.end + 60))) return false;
  return /(?:[,;]|(?:^|\s)(?:et|puis|mais|avant\s+de|après|tout\s+en|en))\s*(?:(?:il|elle|ils|elles|on|l['’]\p{L}+|le\s+\p{L}+|la\s+\p{L}+|[\p{Lu}][\p{L}-]*)\s+){0,3}(?:ne\s+|n['’])?$/u.test(before) || before.trim() === '';
}

/** The spans of a list sorted by start that start in [from, to), by binary search. */
function spansBetween<Span extends { start: number }>(spans: readonly Span[], from: number, to: number): Span[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  const found: Span[] = [];
  for (let index = low; index < spans.length && spans[index]!.start < to; index++) found.push(spans[index]!);
  return found;
}

/** The spans of a sorted list that lie in a sentence, from a cursor that only moves forward. */
function inSentence<Span extends { start: number; end: number }>(spans: readonly Span[], sentence: Sentence, cursor: { at: number }): Span[] {
  while (cursor.at < spans.length && spans[cursor.at]!.start < sentence.start) cursor.at++;
  const found: Span[] = [];
  for (let index = cursor.at; index < spans.length && spans[index]!.start < sentence.end; index++) if (spans[index]!.end <= sentence.end) found.push(spans[index]!);
  return found;
}

interface CueContext {
  sentence: Sentence;
  clauseStart: number;
  clauseEnd: number;
  quotes: readonly QuoteSpan[];
  mentions: readonly Mention[];
  dates: readonly TemporalExpression[];
  discourse: Discourse;
  previous: StatementSpan | undefined;
  previousCue: SpeechCue | undefined;
  nextCue: SpeechCue | undefined;
  /** Every cue after this one in the sentence, whether or not it opens a clause. */
  laterCues: () => readonly SpeechCue[];
}

function statementsOf(text: string, cue: SpeechCue, context: CueContext): StatementSpan[] {
  if (cue.kind === 'according-to') return accordingTo(text, cue, context);
  if (cue.kind === 'colon') return colonQuote(text, cue, context);

  const after = skipInsertions(text, cue.end, context.clauseEnd, context.dates, !complementsOf(cue.lemma ?? '').includes('à'));
  const complement = complementAfter(text, cue, after, context);
  // "ne mentionne pas Tartous", "n'a pas démenti ces informations": words said not to be said (a "que" clause
  // or a quotation after a negated verb is still reported: "n'a pas exclu que …").
  if (!complement?.strong && isNegated(text, context.sentence.start, cue)) return [];
  const subjectStart = afterIntroduction(text, context.clauseStart, cue.start, context.dates);
  const subjectWords = text.slice(subjectStart, cue.start);
  // "…, a annoncé dimanche l'OSDH", "« … », a-t-il déclaré": the statement comes first.
  // "Les Casques blancs, après avoir annoncé que …, ont accusé …": the verb after an inserted participial clause is the subject's.
  const afterInsertedClause = cue.kind === 'verb' && context.previousCue?.kind === 'participial' && context.previous !== undefined && /^[\s,]*$/u.test(text.slice(context.previous.end, cue.start)) && /,\s*(?:après|avant\s+de|avant\s+d['’]|tout\s+en|en|sans)?\s*$/u.test(text.slice(context.sentence.start, context.previousCue.start));
  const trailing = !afterInsertedClause && (cue.kind !== 'participial' && (/^[\s,]*$/u.test(subjectWords) || /[»”"]\s*[,–—-]?\s*$/u.test(subjectWords)) || (cue.kind !== 'participial' && /,\s*$/u.test(subjectWords) && !endsWithSubject(text, subjectStart, cue.start, context.mentions)) || (cue.kind === 'inverted' && /[»”"]\s*,?\s*$/u.test(text.slice(context.clauseStart, cue.start))));
  // "X, qui …, a déclaré que …" has a subject before its comma; "…, a affirmé l'OSDH" has none.
  if (trailing && (!complement || !complement.strong || cue.kind === 'inverted')) {
    const before = trailingStatements(text, cue, context);
    if (before.length > 0 || !complement) return before;
  }
  if (!complement) {
    // "Sur X, Kaja Kallas a réagi dimanche :" ending the paragraph: the quotation opening the next one is hers.
    if (/^\s*:\s*$/u.test(text.slice(after)) && cue.kind === 'verb') {
      const { speaker } = subjectSpeaker(text, subjectStart, cue.start, context.mentions, context.discourse);
      context.discourse.lastQuotation = { speaker: speaker?.id || null };
    }
    return [];
  }

  let speaker: Entity | null;
  let unresolvedSpeaker = false;
  if (cue.kind === 'inverted') {
    ({ speaker, unresolvedPronoun: unresolvedSpeaker = false } = pronounSpeaker(cue.pronoun!, context.discourse));
  } else if (cue.kind === 'passive') {
    const agent = /^\s*par\s+/iu.exec(text.slice(cue.end, context.clauseEnd));
    // "Dans la déclaration faite par l'armée, il a été indiqué que …": the agent names the document's author.
    const document = /(?:déclaration|communiqué|message|texte|rapport|note|lettre)\s+(?:(?:faite?s?|publiée?s?|diffusée?s?|transmise?s?)\s+)?(?:par|de|du|des)\s+(?:l['’]|la\s+|le\s+|les\s+)?$/iu;
    const author = context.mentions.find((mention) => mention.start >= context.sentence.start && mention.end <= cue.start && document.test(text.slice(context.sentence.start, mention.start)));
    const described = /(?:déclaration|communiqué|message|texte|rapport|note|lettre)\s+(?:(?:faite?s?|publiée?s?|diffusée?s?|transmise?s?)\s+)?(?:par|de|du|des)\s+((?:l['’]|la\s+|le\s+)[\p{L}-]+)/iu.exec(text.slice(windowStart(context.sentence.start, cue.start), cue.start));
    if (agent) speaker = followingSpeaker(text, cue.end + agent[0].length, context.clauseEnd, context.mentions, context.discourse).speaker;
    else speaker = author?.entity ?? (described ? (resolveDescription(context.discourse, described[1]!) ?? null) : null);
    if (!speaker) return [];
  } else if (afterInsertedClause) {
    speaker = knownActor(context, context.previous!.speaker) ?? mainSubject(text, cue, context);
  } else if (cue.kind === 'participial' || (/^\s*$/u.test(subjectWords) && /(?:^|\s)(?:et|puis)\s*$/u.test(text.slice(windowStart(context.sentence.start, cue.start), cue.start)) && context.previous)) {
    // The main verb's speaker, even nobody of the registry ("L'ambassade de Russie a appelé …, en précisant que …").
    speaker = context.previous ? knownActor(context, context.previous.speaker) : mainSubject(text, cue, context);
  } else {
    // Within a sentence, who spoke in an earlier clause is who spoke last ("X conteste le bilan, qu'il juge …").
    const earlier = context.previous?.speaker ? knownActor(context, context.previous.speaker) : null;
    const discourse = earlier ? { ...context.discourse, lastSpeaker: earlier } : context.discourse;
    const subject = subjectSpeaker(text, subjectStart, cue.start, context.mentions, discourse);
    speaker = subject.speaker;
    unresolvedSpeaker = subject.unresolvedPronoun ?? false;
  }
  const date = verbDate(text, context.dates, context.sentence, cue, complement.start, complement);
  // "les habitants craignaient l'arrivée des combats": a feeling, not words, unless someone of the registry voices it.
  if (!complement.strong && !speaker?.id && cue.lemma && feelings.has(cue.lemma) && cue.kind !== 'inverted') return [];
  let end = complement.kind === 'reported' ? appositionCut(text, complement.start, circumstanceCut(text, complement.start, complement.end)) : complement.end;
  let spokenOn = date;
  // "Après avoir annoncé que Deraa était tombée, Kaja Kallas a quitté la salle": a participial clause
  // ends where the main clause begins, whatever its complement.
  if ((!complement.strong || cue.kind === 'participial') && complement.kind === 'reported') {
    end = mainClauseCut(text, complement.start, end);
    // "conteste le bilan de l'OSDH, qu'il juge « très exagéré »": the object ends where a relative clause of the speaker's begins.
    const relative = text.slice(complement.start, end).search(/,\s*(?:qu['’](?:il|elle|ils|elles|on)\s|(?:les|la|le|l['’]|lui|leur)\s*\p{L}+ant\s)/u);
    if (relative !== -1) end = trimEnd(text, complement.start, complement.start + relative);
    // "a reconnu son soutien à l'ANS vendredi": the day ends the verb's phrase, not what was said.
    const last = context.dates.find((candidate) => candidate.end === end && (candidate.precision === 'day' || candidate.precision === 'part-of-day') && /\s$/u.test(text.slice(complement.start, candidate.start)) && !/(?:depuis|dès|jusqu['’]à|avant|après|de|le|la|du)\s+$/iu.test(text.slice(complement.start, candidate.start)));
    if (last) {
      end = trimEnd(text, complement.start, last.start);
      spokenOn ??= last;
    }
  }
  return [{ start: complement.start, end, kind: complement.kind, speaker: speaker?.id || null, date: spokenOn, ...(unresolvedSpeaker ? { unresolvedSpeaker } : {}) }];
}

/**
 * A noun or infinitive complement ends at a comma after which the sentence goes on with a clause of its
 * own ("pour annoncer le cessez-le-feu, le Premier ministre a menacé …").
 */
function mainClauseCut(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  for (const comma of slice.matchAll(/,\s*/gu)) {
    const segment = slice.slice(comma.index + comma[0].length).split(',')[0]!;
    if (/^(?:le|la|les|l['’]|un|une|il|elle|ils|elles|\p{Lu})/u.test(segment) && hasFiniteVerb(segment)) return trimEnd(text, start, start + comma.index);
  }
  return end;
}

/**
 * A reported clause ends before a detached noun phrase without article that glosses it in the writer's
 * words ("…, objectif de longue date des États-Unis"); a gloss that quotes someone stays ("…, un « acte … »").
 */
function appositionCut(text: string, start: number, end: number): number {
  const comma = text.lastIndexOf(',', end);
  if (comma <= start) return end;
  const gloss = text.slice(comma + 1, end);
  if (/[«»“”"]/u.test(gloss) || !/^\s*\p{Ll}{3,}\s+(?:de|d['’]|du|des)\s*\S/u.test(gloss)) return end;
  const head = /^\s*(\p{Ll}+)/u.exec(gloss)![1]!;
  if (/^(?:avec|sans|dont|selon|après|avant|parmi|contre|vers|chez|dans|sous|sur|pour|entre|malgré|depuis|ainsi|notamment|surtout|près|loin|lors|faute|hors|autour|face|plus|moins|beaucoup|peu|assez|trop|tant|autant|nombre|tous|toutes|chacun|chacune|certains|certaines|aucun|aucune|environ|voire|soit|puis|mais|donc|car|ou|et|ni)$/u.test(head)) return end;
  // "…, objectif de longue date des États-Unis" has no verb of its own; "…, date de la chute" neither ("date" is no verb here).
  if (isFiniteVerb(head) || isInfinitive(head) || /(?:ant|é|ée|és|ées)$/u.test(head) || /(?:^|\s)(?:qui|que|qu['’]|a|ont|est|sont|avait|avaient|était|étaient|sera|seront|serait|seraient|aurait|auraient)(?![\p{L}])/iu.test(gloss)) return end;
  return trimEnd(text, start, comma);
}

/**
 * Where a reported clause ends before words that are the writer's, not the speaker's: a participle or
 * circumstance after a comma ("…, lors d'un entretien", "…, tout en appelant", "…, après l'entrée des rebelles").
 * A participle that goes on with what was said ("…, ciblant les positions …") stays in it.
 */
function circumstanceCut(text: string, start: number, end: number): number {
  // "qu'il resterait à Damas ; il s'envola …": a semicolon outside quotation marks ends what was said.
  const semicolon = /;\s/u.exec(text.slice(start, end).replace(/[«“][^»”]*[»”]/gu, (quoted) => ' '.repeat(quoted.length)));
  if (semicolon) end = trimEnd(text, start, start + semicolon.index);
  const cut = text.slice(start, end).search(/,\s*(?:aux\s+côtés\s|en\s+compagnie\s|lors\s|après\s|avant\s|tout\s+en(?:\s|$)|en\s+\p{L}+ant\s|pendant\s|au\s+cours\s|malgré\s|sans\s+\p{L}+(?:er|ir|re)\s|dans\s+(?:un|une)\s|sous\s+couvert|à\s+l['’]issue\s|en\s+marge\s|alors\s+qu|tandis\s+qu|au\s+lendemain\s|à\s+la\s+veille\s)|\s+et\s+(?:a|ont|avait|avaient|aurait)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|it|u|us|ert|ait)(?![\p{L}])/u);
  return cut === -1 ? end : start + cut;
}

/**
 * Whether the words before a verb, ending with a comma, still end its subject: an apposition
 * ("Le chef de l'ONU, Antonio Guterres,"), a stressed pronoun ("Fidan, lui,"), a relative clause
 * ("L'OSDH, qui dispose d'un réseau de sources,"). Otherwise they are a clause the verb reports ("…, a affirmé X").
 */
function endsWithSubject(text: string, start: number, end: number, mentions: readonly Mention[]): boolean {
  const words = text.slice(start, end).replace(/[\s,]+$/u, '');
  const lastComma = words.lastIndexOf(',');
  const segment = words.slice(lastComma + 1).trim();
  if (lastComma === -1) return false;
  if (/^(?:lui|elle|eux|elles|lui-même|elle-même|pour\s+sa\s+part|de\s+son\s+côté|quant\s+à\s+(?:lui|elle|eux))$/iu.test(segment)) return true;
  if (/^(?:qui|dont|que|qu['’])\s/iu.test(segment)) return true;
  // "Le porte-parole du Kremlin, Dmitri Peskov," — a name the registry does not know, in apposition.
  if (/^(?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-\p{L}+|el-\p{L}+|de|du|von|van|ben|bin|ibn|abou|abu)){1,3}$/u.test(segment) && lastComma > 0) return true;
  const segmentStart = start + lastComma + 1 + (words.slice(lastComma + 1).length - words.slice(lastComma + 1).trimStart().length);
  if (mentions.some((mention) => mention.entity.kind === 'actor' && mention.start >= segmentStart && mention.start <= segmentStart + 1 && mention.end >= start + words.length - 1)) return true;
  // "L'OSDH, une ONG basée au Royaume-Uni," — an apposition (no verb of its own) after a named subject.
  // "L'UE n'entend pas, « pour l'instant », lever …, a prévenu X": a verb after the name makes it a clause, not a subject.
  const named = mentions.find((mention) => mention.entity.kind === 'actor' && mention.start >= start && mention.start - start <= 40 && mention.end <= start + lastComma);
  return named !== undefined && !hasFiniteVerb(segment) && !hasFiniteVerb(text.slice(named.end, start + lastComma));
}

/** A rough test for a conjugated verb: an auxiliary, or a third-person ending, in a few words. */
function hasFiniteVerb(words: string): boolean {
  const lower = words.toLocaleLowerCase('fr');
  return /(?:^|\s)(?:a(?![\p{L}])|n['’]|ne\s)/u.test(lower) || (lower.match(/\p{L}+/gu) ?? []).some((word) => word.length > 2 && isFiniteVerb(word) && !/^(?:le|la|les|une|des|ses|son|est-ce)$/u.test(word));
}

/** "que …", "« … »", ": « … »", "de …", "à …", an infinitive or a noun phrase: what the verb reports. */
type Complement = Span & { kind: 'direct' | 'reported'; /** "que …", a quotation: certainly what was said. */ strong?: boolean };

function complementAfter(text: string, cue: SpeechCue, from: number, context: CueContext): Complement | undefined {
  const { clauseEnd } = context;
  if (from >= clauseEnd) return undefined;
  const rest = text.slice(from, clauseEnd);
  const quoteAt = (position: number) => context.quotes.find((quote) => quote.start === position);
  const opening = /^\s*,?\s*:?\s*(?=[«“"])/u.exec(rest);
  if (opening) {
    const quote = quoteAt(from + opening[0].length);
    // "qu'il juge « très exagéré »", "les jugeant « sans fondement »": a judgement in quoted words is reported, not a sentence said.
    const judgement = complementsOf(cue.lemma ?? '').includes('any') && !opening[0].includes(':');
    if (quote && judgement && text.slice(quote.end, clauseEnd).trim() === '') return { start: quote.start, end: quote.end, kind: 'reported', strong: true };
    if (quote && wordCount(text.slice(quote.start, quote.end)) >= 2) return { ...clauseOrQuote(text, quote.start, clauseEnd, context, quote), strong: true };
  }
  // "a informé le Conseil de sécurité que …", "a assuré ses partenaires que …": an object before "que".
  const que = /^\s*,?\s*(?:(?:le|la|les|l['’]|ses|son|sa|leurs?)\s*[^,;:«»“”".!?]{1,40}?\s+)?(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’])\s*/iu.exec(rest);
  if (que) {
    const start = from + que[0].length;
    return clauseEnd - start >= 3 ? { ...clauseOrQuote(text, start, clauseEnd, context), strong: true } : undefined;
  }
  const complements = complementsOf(cue.lemma ?? '');
  // "s'est demandé si …", "s'interroge sur …": an indirect question is what was asked.
  const whether = /^\s*,?\s*(?:si\s+|s['’](?=il))/iu.exec(rest);
  if (whether && (cue.lemma === 'demander' || cue.lemma === 'interroger')) {
    const start = from + whether[0].length;
    return clauseEnd - start >= 3 ? { start, end: clauseEnd, kind: 'reported', strong: true } : undefined;
  }
  // "appelait le régime syrien à dialoguer", "accuse Moscou de …", "a exhorté les membres du Conseil de
  // sécurité à …": an object (a determiner or a name first), then the first preposition the verb takes.
  const found = prepositionAfterObject(rest, complements);
  if (found) {
    const word = found[1].toLocaleLowerCase('fr').replace('’', "'");
    // "a appelé à la retenue" → "la retenue"; "a exhorté les parties à …" → the object and what follows,
    // the whole complement after the verb; "au", "aux" keep the article they contain.
    const hasObject = !/^\s*(?:d['’]|(?:de|à|au|aux|pour|contre|sur)(?![\p{L}]))/iu.test(rest);
    const start = hasObject || word === 'au' || word === 'aux' ? from + rest.length - rest.trimStart().length : from + found[0].length;
    // "a insisté sur « … »", "a appelé ses citoyens à « quitter Damas »": the quotation is the words said.
    const quoted = context.quotes.find((quote) => quote.start === from + found[0].length && text.slice(quote.end, clauseEnd).trim() === '');
    if (quoted && wordCount(text.slice(quoted.start, quoted.end)) >= 2) return { start: quoted.start, end: quoted.end, kind: 'direct' };
    return clauseEnd - start >= 3 ? { start, end: clauseEnd, kind: 'reported' } : undefined;
  }
  const nextWords = /^\s*([\p{L}]+['’]?)\s*([\p{L}]+)?/u.exec(rest);
  const first = nextWords?.[1]?.toLocaleLowerCase('fr') ?? '';
  // "s'être retirée", "se retirer": a pronominal infinitive.
  const next = /^(?:s['’]|se)$/u.test(first) ? (nextWords?.[2]?.toLocaleLowerCase('fr') ?? '') : first;
  const start = from + (rest.length - rest.trimStart().length);
  if (complements.includes('infinitive') && (isInfinitive(next) || next === 'ne' || next === "n'" || next === 'n’')) return { start, end: clauseEnd, kind: 'reported' };
  // "se sont dits terrifiés par …", "se sont dits jeudi « prêts » à …": a pronominal "se dire" with an adjective or participle.
  const adjective = /^\s*[«“"]?\s*([\p{L}-]+)/u.exec(rest)?.[1]?.toLocaleLowerCase('fr') ?? '';
  if (complements.includes('adjective') && /^(?:se\s|s['’])/iu.test(text.slice(cue.start, cue.end)) && (knownAdjective.test(adjective) || (adjectiveEnding.test(adjective) && !isFiniteVerb(adjective)))) {
    // "se montrait catégorique : « … »": the quotation after the colon is what was said.
    const colon = /^\s*[\p{L}-]+\s*:\s*/u.exec(rest);
    const quoted = colon ? quoteAt(from + colon[0].length) : undefined;
    if (quoted) return { start: quoted.start, end: quoted.end, kind: 'direct', strong: true };
    return { start, end: clauseEnd, kind: 'reported' };
  }
  if (complements.includes('adjective') && cue.start < start && knownAdjective.test(next)) {
    return { start, end: clauseEnd, kind: 'reported' };
  }
  if (complements.includes('np') && /^(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|cette|ce|ces|toute|tout|tous|toutes|aucune?|plusieurs|\d+)$/u.test(next)) {
    return clauseEnd - start >= 8 ? { start, end: clauseEnd, kind: 'reported' } : undefined;
  }
  if (complements.includes('any') && clauseEnd - start >= 8) return { start, end: clauseEnd, kind: 'reported' };
  // "croit savoir que …": the knowing is the believing.
  const knows = /^\s*savoir\s+(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’])\s*/iu.exec(rest);
  if (knows && (cue.lemma === 'croire' || cue.lemma === 'penser')) return { ...clauseOrQuote(text, from + knows[0].length, clauseEnd, context), strong: true };
  return undefined;
}

/** Adjectives that follow "se dire", "se déclarer" though they look like verbs ("prête", "confiante"). */
const knownAdjective = /^(?:prêts?|prêtes?|favorables?|opposée?s?|confiante?s?|disposée?s?|convaincue?s?|certaine?s?|sûre?s?|inquiète?s?|préoccupée?s?|ouverte?s?|déterminée?s?|satisfaite?s?|résolue?s?|hostiles?|capables?|incapables?)$/u;

/** The endings of French adjectives and participles: "terrifiés", "prête", "favorable", "inquiets", "soucieuse". */
const adjectiveEnding = /(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues|ant|ante|ants|antes|ent|ente|ents|entes|if|ive|ifs|ives|eux|euse|euses|able|ables|ible|ibles|aire|aires|ique|iques|ale|ales|aux|elle|elles|ier|ière|iers|ières|ain|aine|ains|aines|et|ète|ets|ètes|êt|ête|êts|êtes)$/u;

/** The preposition introducing what a verb reports, after its object if it has one: its match over `rest` (index, length, word). */
function prepositionAfterObject(rest: string, complements: readonly string[]): readonly [string, string] | undefined {
  const head = rest.slice(0, 90);
  let objectStart = 0;
  for (const match of head.matchAll(/(?<=^|\s)(de(?![\p{L}])|d['’]|à(?![\p{L}])|au(?![\p{L}])|aux(?![\p{L}])|pour(?![\p{L}])|contre(?![\p{L}])|sur(?![\p{L}]))\s*/giu)) {
    if (match.index < objectStart) continue;
    const object = head.slice(objectStart, match.index);
    if (/[,;:«»“”".!?]/u.test(object)) return undefined;
    if (object.trim() !== '' && !/^\s*(?:(?:le|la|les|l['’]|son|sa|ses|leur|leurs|ce|cette|ces|tous|toutes)(?![\p{L}])|l['’])/iu.test(object) && !/^\s*\p{Lu}/u.test(object)) return undefined;
    const word = match[1]!.toLocaleLowerCase('fr').replace('’', "'");
    // "a appelé mardi à Genève à une transition": a place before the preposition the verb takes.
    const place = object.trim() === '' ? /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?=(?:à|de|d['’])(?![\p{L}]))/u.exec(head.slice(match.index + match[0].length)) : null;
    if (place) {
      objectStart = match.index + match[0].length + place[0].length;
      continue;
    }
    const wanted = word === 'de' || word === "d'" ? 'de' : word === 'pour' || word === 'contre' || word === 'sur' ? word : 'à';
    if (complements.includes(wanted)) return [head.slice(0, match.index + match[0].length), match[1]!];
    // A preposition right after the verb that it does not take ends the search ("a démenti à Damas …" is an addressee).
    if (object.trim() === '') return undefined;
  }
  return undefined;
}

/** A reported clause, or the quotation it wholly is ("a déclaré que « … »"). */
function clauseOrQuote(text: string, start: number, end: number, context: CueContext, quote?: QuoteSpan): Span & { kind: 'direct' | 'reported' } {
  const only = quote ?? context.quotes.find((candidate) => candidate.start === start);
  if (only && text.slice(only.end, end).trim() === '') return { start: only.start, end: only.end, kind: 'direct' };
  if (only) {
    // "« … », a-t-il dit, « … »" is handled by the inverted cue; here a quote then more words: reported.
    return { start, end, kind: 'reported' };
  }
  return { start, end, kind: 'reported' };
}

/** "« A », a déclaré X." / "Les combats continuent, a indiqué l'OSDH." / "« A », a-t-il dit, « B »." */
function trailingStatements(text: string, cue: SpeechCue, context: CueContext): StatementSpan[] {
  const start = context.previousCue ? context.clauseStart : context.sentence.start;
  const before = trimComma(text, start, cue.start);
  if (before - start < 3) return [];
  const precedingQuotes = context.quotes.filter((quote) => quote.start >= start && quote.end <= before);
  const lastQuote = precedingQuotes.at(-1);
  const afterCue = skipInsertions(text, cue.end, context.clauseEnd, context.dates);
  const speakerEnd = nextComma(text, afterCue, context.clauseEnd);
  // The speaker after the day and the medium: "a lancé samedi un responsable du Hezbollah" is "un responsable".
  // "a-t-on appris auprès de l'OSDH", "assure-t-on au ministère russe de la Défense": "on" names its source after it.
  const source = cue.pronoun === 'on' ? onSource(text, afterCue, context) : undefined;
  const named = source ? { speaker: source } : cue.pronoun ? pronounSpeaker(cue.pronoun, context.discourse) : followingSpeaker(text, afterCue, context.clauseEnd, context.mentions, context.discourse);
  // "« … » - a déclaré dans le message.": no subject at all, the one who spoke before goes on.
  const subjectless = !cue.pronoun && named.speaker === null && /^[\s,]*(?:(?:dans|sur|via|par)\s+(?:le|la|les|l['’]|son|sa|ses|un|une)\s*[\p{L}-]+)?[\s.]*$/u.test(text.slice(afterCue, context.clauseEnd + 1));
  // Someone unnamed may have spoken in between ("certains analystes suggèrent …"): the verb without subject goes on with the last one named.
  const continued = context.discourse.lastNamedSpeaker ?? context.discourse.lastSpeaker;
  const { speaker, unresolvedPronoun } = subjectless && continued ? { speaker: continued, unresolvedPronoun: false } : named;
  const date = speechDate(context.dates, [{ start: cue.start, end: speakerEnd }], { start, end: before });
  const base = { speaker: speaker?.id || null, date, ...(unresolvedPronoun ? { unresolvedSpeaker: true } : {}) };
  const statements: StatementSpan[] = [];
  const lead = lastQuote ? text.slice(start, lastQuote.start) : '';
  // The quotation just before the verb, alone or after an opening phrase ("Selon lui, « … »"); with words
  // of the sentence before it, the whole clause is reported and quotes only part of it.
  if (lastQuote && text.slice(lastQuote.end, before).trim() === '' && (lead.trim() === '' || /[:,]\s*$/u.test(lead) || precedingQuotes.length > 1)) {
    // "“A” du processus d'Astana, “B”, a déclaré X": each quotation before the verb is X's.
    for (const quote of precedingQuotes) if (quote === lastQuote || wordCount(text.slice(quote.start, quote.end)) >= 3) statements.push({ start: quote.start, end: quote.end, kind: 'direct', ...base });
  } else if (precedingQuotes.length === 0 || text.slice(start, before).replace(/[«“"][^»”"]*[»”"]/gu, '').trim().length > 0) {
    const subjectStart = start + (leadingConnective.exec(text.slice(start, before))?.[0].length ?? 0);
    statements.push({ start: subjectStart, end: before, kind: 'reported', ...base });
  }
  // "« A », a-t-il dit, « B »": the quotation after the verb is the same speaker's.
  const following = context.quotes.find((quote) => quote.start >= speakerEnd && quote.start <= speakerEnd + 3 && quote.end <= context.clauseEnd + 1);
  if (following && statements.length > 0 && /^\s*,\s*$/u.test(text.slice(speakerEnd, following.start))) statements.push({ start: following.start, end: following.end, kind: 'direct', ...base });
  return statements;
}

/** Verbs of feeling: with a noun phrase they report words only when someone known voices them. */
const feelings = new Set(['craindre', 'redouter', 'espérer', 'souhaiter', 'regretter', 'déplorer', 'penser', 'croire']);

/**
 * "Mais", "Et", "Or", "De leur côté," opening a reported clause are the writer's link, not the
 * speaker's words (a day or a place opening it stays: it is part of what is reported).
 */
const leadingConnective = /^(?:(?:mais|et|or|car|donc)\s+|(?:de\s+(?:son|leur)\s+côté|par\s+ailleurs|en\s+outre|d['’]autre\s+part|dans\s+le\s+même\s+temps|de\s+plus|toutefois|cependant|pourtant|en\s+revanche|quant\s+à\s+(?:lui|elle|eux))\s*,\s*)/iu;

/** A headline's label before a colon: "Homs : …", "Syrie : …". */
const headlineLabel = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s:\s+/u;

/** Sources that are no one: "selon des images satellites", "d'après les photos". */
const mute = /^\s*(?:des|les|de\s+nouvelles|plusieurs)\s+(?:images|photos|photographies|vidéos|cartes|relevés|données)(?![\p{L}])/iu;

/** "Selon X, …", "…, selon X", "d'après lui, …", "cité par X". */
function accordingTo(text: string, cue: SpeechCue, context: CueContext): StatementSpan[] {
  // "…, selon un officier cité par Reuters", "X, cité par l'agence Irna": the relay of a source already given.
  if (/^\s*citée?s?\s/iu.test(text.slice(cue.start, cue.end)) && context.previousCue) return [];
  if (mute.test(text.slice(cue.end, context.clauseEnd))) return [];
  // "Selon l'ONG, basée au Royaume-Uni, …": an apposition without a verb belongs to the source.
  let sourceEnd = nextComma(text, cue.end, context.clauseEnd);
  const apposition = /^,\s*[^,;.«»“”"]{1,60},/u.exec(text.slice(sourceEnd, context.clauseEnd));
  if (apposition && !hasFiniteVerb(apposition[0]) && /^,\s*(?:\p{Ll}{2,}(?:é|ée|és|ées)\s|proches?\s|un\s|une\s|l['’]|(?:directeur|directrice|chef|cheffe|porte-parole|président|présidente|ministre|fondateur|fondatrice|responsable|commandant|chercheur|chercheuse|spécialiste|expert|experte|analyste|ancien|ancienne|secrétaire|représentant|représentante|ambassadeur|ambassadrice|envoyé|envoyée|émissaire|conseiller|conseillère)\s|\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|al-\p{L}+|el-\p{L}+|de|du|ben|bin|ibn|abou|abu)){0,4}\s*,)/u.test(apposition[0])) sourceEnd += apposition[0].length - 1;
  const { speaker, unresolvedPronoun } = followingSpeaker(text, cue.end, sourceEnd, context.mentions, context.discourse);
  // "Pour X, …": X's view is a statement when X is someone of the registry and the clause quotes them.
  if (cue.opinion && !speaker?.id) return [];
  const unresolved = unresolvedPronoun ? { unresolvedSpeaker: true } : {};
  const atStart = text.slice(context.clauseStart, cue.start).replace(introductory, '').trim() === '' || /^[\s,]*$/u.test(text.slice(context.clauseStart, cue.start));
  // "Citée par Sana, une source militaire a indiqué que …": the relay opens a sentence whose own verb speaks.
  if (atStart && /^\s*citée?s?\s/iu.test(text.slice(cue.start, cue.end)) && context.laterCues().some((later) => later.kind === 'verb' || later.kind === 'inverted')) return [];
  // "Selon Al-Watan, Maher al-Assad aurait déclaré que …": the source relays; the words are the inner speaker's.
  if (atStart && context.laterCues().some((later) => (later.kind === 'verb' || later.kind === 'inverted') && /^[^.;«»“”"]{0,80}?(?:(?<![\p{L}])que(?![\p{L}])|(?<![\p{L}])qu['’]|:\s*[«“"])/u.test(text.slice(later.end, later.end + 90)))) return [];
  if (atStart && sourceEnd < context.clauseEnd) {
    const start = skipSpaces(text, sourceEnd + 1);
    if (context.clauseEnd - start < 8) return [];
    const span = clauseOrQuote(text, start, context.clauseEnd, context);
    const date = speechDate(context.dates, [{ start: cue.start, end: sourceEnd }], span);
    return [{ ...span, speaker: speaker?.id || null, date, ...unresolved }];
  }
  const clauseStart = context.previousCue ? context.clauseStart : context.sentence.start;
  // "Homs : les forces gouvernementales auraient quitté la ville, selon l'OSDH": a headline's label is not said.
  const label = headlineLabel.exec(text.slice(clauseStart, cue.start))?.[0].length ?? 0;
  const from = clauseStart + label + (leadingConnective.exec(text.slice(clauseStart + label, cue.start))?.[0].length ?? 0);
  const end = trimComma(text, from, cue.start);
  if (end - from < 10) return [];
  const date = speechDate(context.dates, [{ start: cue.start, end: sourceEnd }], { start: from, end });
  const whole = context.quotes.find((quote) => quote.start === from && quote.end === end);
  return [{ start: from, end, kind: whole ? 'direct' : 'reported', speaker: speaker?.id || null, date, ...unresolved }];
}

/** "Réaction de Kaja Kallas : « … »", "Erdogan : « … »": the last actor before the colon speaks. */
function colonQuote(text: string, cue: SpeechCue, context: CueContext): StatementSpan[] {
  const quote = context.quotes.find((candidate) => candidate.start === cue.end);
  if (!quote || wordCount(text.slice(quote.start, quote.end)) < 2) return [];
  // A verb just before the colon ("a déclaré :") already took this quotation.
  if (context.previousCue && context.previousCue.kind !== 'colon' && /^[^.«»“”"]{0,60}$/u.test(text.slice(context.previousCue.end, cue.start))) return [];
  const lead = text.slice(context.clauseStart, cue.start);
  // "Réaction de Volker Türk, le haut-commissaire de l'ONU : « … »": who reacts, whatever their title names.
  const heading = /^\s*(?:réaction|réponse|commentaire|message|verdict|avertissement|mise\s+en\s+garde|appel|analyse|explication)s?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*/iu.exec(lead);
  const reacting = heading ? context.mentions.find((mention) => mention.entity.kind === 'actor' && mention.start === context.clauseStart + heading[0].length) : undefined;
  if (reacting && lead.length <= 160 && !/[«»“”"]/u.test(lead)) return [{ start: quote.start, end: quote.end, kind: 'direct', speaker: reacting.entity.id, date: null }];
  const actor = context.mentions.filter((mention) => mention.start >= context.clauseStart && mention.end <= cue.start).at(-1);
  // "Réaction de Kaja Kallas sur le réseau social X :" — a few words of circumstance may follow the name.
  if (actor && /^[\s)]*(?:(?:sur|dans|à|au|depuis|via|devant)\s[^.;«»“”"]{0,40})?$/u.test(text.slice(actor.end, cue.start)) && lead.length <= 120) {
    return [{ start: quote.start, end: quote.end, kind: 'direct', speaker: actor.entity.id, date: null }];
  }
  // "Rami Abdel Rahmane se montrait catégorique : « … »": the subject of the clause before the colon.
  const subjectStart = afterIntroduction(text, context.clauseStart, cue.start, context.dates);
  if (cue.start - subjectStart > 120 || /[«»“”"]/u.test(text.slice(subjectStart, cue.start))) return [];
  const { speaker } = subjectSpeaker(text, subjectStart, cue.start, context.mentions, context.discourse);
  if (!speaker?.id) return [];
  const date = speechDate(context.dates, [{ start: context.sentence.start, end: cue.start }], quote);
  return [{ start: quote.start, end: quote.end, kind: 'direct', speaker: speaker.id, date }];
}

/** The actor "on" stands for when the words after it name where the news comes from: "auprès de l'OSDH", "au ministère …". */
function onSource(text: string, from: number, context: CueContext): Entity | undefined {
  const lead = /^\s*(?:\p{L}+\s+){0,2}?(?:auprès\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|de\s+source\s+|à\s+la|à\s+l['’]|au|aux|dans\s+l['’]entourage\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*(?:l['’]|la\s+|le\s+|les\s+)?/iu.exec(text.slice(from, context.clauseEnd));
  if (!lead) return undefined;
  return context.mentions.find((mention) => mention.entity.kind === 'actor' && mention.start === from + lead[0].length)?.entity;
}

function pronounSpeaker(pronoun: string, discourse: Discourse): { speaker: Entity | null; unresolvedPronoun?: boolean } {
  if (pronoun === 'on') return { speaker: null };
  const speaker = resolvePronoun(discourse, pronoun);
  return speaker ? { speaker } : { speaker: null, unresolvedPronoun: true };
}

/** The actor of an id met in the sentence or earlier in the article ("Damas" speaks for its government). */
function knownActor(context: CueContext, id: string | null): Entity | null {
  if (!id) return null;
  return context.mentions.find((mention) => mention.entity.id === id)?.entity ?? context.discourse.actors.find((actor) => actor.id === id) ?? null;
}

/** "…, affirmant que", "après avoir annoncé que …, le ministre a …": the main clause's subject. */
function mainSubject(text: string, cue: SpeechCue, context: CueContext): Entity | null {
  const before = context.mentions.filter((mention) => mention.start >= context.sentence.start && mention.end <= cue.start);
  const head = before.find((mention) => mention.start - context.sentence.start <= 6) ?? before.at(0);
  if (head) return head.entity;
  const cut = mainClauseCut(text, cue.end, context.clauseEnd);
  const after = context.mentions.find((mention) => mention.start >= cut && mention.start <= cut + 40);
  return after?.entity ?? context.discourse.lastSpeaker;
}

/**
 * The day a sentence gives for the speech: a day or part of a day in the introductory phrase or
 * around the verb, never inside what is said nor in a relative clause ("depuis le 27 novembre").
 */
function speechDate(dates: readonly TemporalExpression[], zones: readonly Span[], statement: Span): TemporalExpression | null {
  const candidates = dates.filter(
    (date) =>
      (date.precision === 'day' || date.precision === 'part-of-day') &&
      (date.end <= statement.start || date.start >= statement.end) &&
      zones.some((zone) => date.start >= zone.start && date.end <= zone.end + 1),
  );
  return candidates[0] ?? null;
}

/** The day of speech of a verb: right after the verb first ("a déclaré samedi"), else before it in its sentence, nearest first. */
function verbDate(text: string, dates: readonly TemporalExpression[], sentence: Span, cue: SpeechCue, complementStart: number, statement: Span): TemporalExpression | null {
  const after = speechDate(dates, [{ start: cue.start, end: complementStart }], statement);
  if (after) return after;
  // A day inside "…, qui …," between the subject and the verb is the relative clause's, not the speech's;
  // a day before "tandis que", "mais", ";" belongs to the clause before.
  const from = windowStart(sentence.start, cue.start);
  const before = text.slice(from, cue.start);
  const relative = /,\s*qui\s[^,]*,\s*$/u.exec(before);
  const end = relative ? from + relative.index : cue.start;
  const clause = [...before.matchAll(/(?:,\s*|\s)(?:tandis\s+qu(?:e\s|['’])|alors\s+qu(?:e\s|['’])|mais\s)|;\s/gu)].at(-1);
  const start = clause ? from + clause.index + clause[0].length : from;
  return [...dates].reverse().find((date) => (date.precision === 'day' || date.precision === 'part-of-day') && date.start >= start && date.end <= end && (date.end <= statement.start || date.start >= statement.end)) ?? null;
}

/** Where the subject starts: after an opening phrase ("Samedi,", "La semaine dernière,", "Dans un communiqué,"). */
function afterIntroduction(text: string, from: number, to: number, dates: readonly TemporalExpression[]): number {
  let at = from;
  for (let guard = 0; guard < 4; guard++) {
    const phrase = introductory.exec(text.slice(at, to));
    if (phrase) {
      at += phrase[0].length;
      continue;
    }
    // A date alone before a comma: "La semaine dernière,", "Le 1er décembre au soir,".
    const date = dates.find((candidate) => candidate.start >= at && /^[\s]*(?:\p{L}+\s+){0,2}$/u.test(text.slice(at, candidate.start)) && /^\s*,\s*/u.test(text.slice(candidate.end, to)));
    if (!date) break;
    at = date.end + /^\s*,\s*/u.exec(text.slice(date.end, to))![0].length;
  }
  return at;
}

function skipInsertions(text: string, from: number, to: number, dates: readonly TemporalExpression[], addressees = true): number {
  let at = from;
  for (let guard = 0; guard < 8 && at < to; guard++) {
    // "a affirmé samedi", "a affirmé le 3 décembre", "a annoncé dans la soirée": a day and its article.
    const date = dates.find((candidate) => candidate.start >= at && candidate.start - at <= 12 && /^[\s,]*(?:(?:le|la|l['’]|ce|cette|dans\s+la|dans\s+l['’]|en|dès\s+le|dès)\s*)?$/iu.test(text.slice(at, candidate.start)));
    if (date) {
      at = date.end;
      continue;
    }
    // "a réaffirmé avant son arrivée à Damas dimanche le « soutien ferme » …": a circumstance ending on a day.
    const circumstance = /^\s*,?\s*(?:avant|après|lors|dès|au\s+cours)\s[^,;:«»“”".!?]{1,60}?$/u;
    const closing = dates.find((candidate) => candidate.start > at && candidate.end <= to && circumstance.test(text.slice(at, candidate.start).trimEnd()) && candidate.start - at <= 70);
    if (closing) {
      at = closing.end;
      continue;
    }
    insertion.lastIndex = at;
    addressee.lastIndex = at;
    // "a appelé à une transition « ordonnée »": for a verb whose complement is "à …", "à …" is no addressee.
    const match = insertion.exec(text) ?? (addressees ? addressee.exec(text) : null);
    if (!match || match[0].length === 0 || match.index !== at) break;
    // "a écrit sur Telegram Hassan Abdel Ghani, porte-parole …": the name after the medium is the speaker, not part of it.
    const medium = /^\s*,?\s*(?:sur|via)\s+\S+/iu.exec(match[0]);
    if (medium && /\s\p{Lu}/u.test(match[0].slice(medium[0].length))) {
      at += medium[0].length;
      break;
    }
    at += match[0].length;
  }
  return at;
}

/** Where the clause of a cue ends when another cue follows in the same sentence. */
function clauseEndBefore(text: string, from: number, nextCue: number): number {
  const between = text.slice(from, nextCue);
  const cut = between.search(/,\s*(?:(?:tandis|alors)\s+qu(?:e\s|['’])|mais\s|et\s)|;\s|\s+et\s+(?=(?:a|ont|avait|aurait)\s)|,\s*(?=[«“"][^»”"]*[»”"]\s*,)|,\s*$|,\s*(?=(?:l['’]|le\s+|la\s+|les\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{Lu}a-zé][\p{L}'’-]*){0,3}\s*$)/u);
  if (cut !== -1) return from + cut;
  // "a dénoncé X et annoncé Y", "a salué X, tout en appelant à Y": the link is not said.
  const link = /(?:,?\s+(?:et|puis|mais|tout\s+en|en)|,)\s*$/u.exec(between);
  return trimEnd(text, from, link ? from + link.index : nextCue);
}

function clauseStartAfter(text: string, previousCue: SpeechCue, cue: SpeechCue): number {
  const between = text.slice(previousCue.end, cue.start);
  if (/\s+(?:et|puis)\s*$/u.test(between)) return cue.start;
  const match = /(?:,\s*(?:(?:tandis|alors)\s+qu(?:e\s|['’])|mais\s|et\s)|;\s)(?![^«]*»)/u.exec(between);
  if (match) return previousCue.end + match.index + match[0].length;
  // "…annonçait des « victoires », l'OSDH faisait état …": the next clause's subject after the last comma.
  const subject = /,\s*((?:l['’]|le\s+|la\s+|les\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*)$/u.exec(between);
  return subject ? previousCue.end + subject.index + subject[0].length - subject[1]!.length : previousCue.end;
}

function nextComma(text: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  const comma = slice.search(/[,;]/u);
  return comma === -1 ? to : from + comma;
}

/** End of a sentence without its final punctuation and spaces. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s.!?…,;:]/u.test(text[at - 1]!)) at--;
  return at;
}

function trimComma(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s,–—-]/u.test(text[at - 1]!)) at--;
  return at;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

