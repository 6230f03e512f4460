import { stringify } from 'yaml';
import { analyzeBlocks } from '../annotate/analyze';
import type { TemporalExpression } from '../annotate/dates';
import type { Gazetteer } from '../annotate/gazetteer';
import type { MentionMatcher } from '../annotate/mentions';
import { findQuotes } from '../annotate/quotes';
import { splitSentences } from '../annotate/sentences';
import type { StatementSpan } from '../annotate/statements';
import type { Entry } from '../content/project';
import type { Claim, ClaimStance, Event } from '../schemas/event';
import { seedLines } from '../seed/seed-text';
import { addDays, weekday } from '../text/calendar';

/** A passage of the new article that looks like it reports an event of the chronology. */
export interface ClaimProposal {
  line: number;
  /** The sentence, exactly as in the article: the claim's quote. */
  quote: string;
  event: string;
  stance: ClaimStance;
  /** The actor the sentence gives the words to, for claims, denials and confirmations; undefined if none is named. */
  by: string | undefined;
  /** Why, in French: the day, places, actors and action words in common. */
  why: string;
}

/** A dated happening that matches no event: a stub for a new one. */
export interface EventProposal {
  line: number;
  quote: string;
  date: string;
  /** A happening "dans la nuit de samedi à dimanche" is dated by the day after midnight, at night. */
  night: boolean;
  places: string[];
  actors: string[];
  stance: ClaimStance;
  by: string | undefined;
}

export interface ChronologyProposals {
  claims: ClaimProposal[];
  events: EventProposal[];
}

/** "entrés", "entrée", "entrent", never the preposition "entre". */
const entering = String.raw`entr(?:é|ée|és|ées|ent|er|ait|aient|ant)(?!\p{L})`;
const actionWords: Record<Event['type'], RegExp> = {
  capture: new RegExp(String.raw`(?<!\p{L})(?:pris(?:e|es)?(?!\p{L})|prennent|prendre|tomb\p{L}*|chute|contr[ôo]l\p{L}*|${entering}|p[ée]n[ée]tr\p{L}*|conqu\p{L}*|empar\p{L}*|hiss\p{L}*|lib[ée]r[ée]\p{L}*|pass[ée]\p{L}*\s+sous)`, 'iu'),
  withdrawal: /(?<!\p{L})(?:retir\p{L}*|retrait|quitt\p{L}*|repli\p{L}*|abandonn\p{L}*|c[èée]d\p{L}*)/iu,
  offensive: new RegExp(String.raw`(?<!\p{L})(?:offensive|assaut|attaqu\p{L}*|lanc\p{L}*|avanc\p{L}*|progress\p{L}*|atteint\p{L}*|aux portes|${entering}|p[ée]n[ée]tr\p{L}*)`, 'iu'),
  'counter-offensive': /(?<!\p{L})(?:contre-offensive|repris|reprise|reprendre|contre-attaqu\p{L}*|repouss\p{L}*|renforts?)(?!\p{L})/iu,
  airstrike: /(?<!\p{L})(?:frapp\p{L}*|frappe|bombard\p{L}*|raid|drone|a[ée]rien\p{L}*|aviation|vis[ée]\p{L}*)/iu,
  displacement: /(?<!\p{L})(?:fui\p{L}*|fuite|fuient|exode|d[ée]plac\p{L}*|quitt\p{L}*|r[ée]fugi\p{L}*)/iu,
  diplomacy: /(?<!\p{L})(?:rencontr\p{L}*|entretien|r[ée]union|r[ée]uni\p{L}*|appel\p{L}*|discut\p{L}*|consult\p{L}*|re[çc]u\p{L}*)/iu,
  statement: /(?<!\p{L})(?:d[ée]clar\p{L}*|affirm\p{L}*|annonc\p{L}*|promet\p{L}*|promi[st]\p{L}*|assur\p{L}*|menac\p{L}*|averti\p{L}*)/iu,
  border: /(?<!\p{L})(?:fronti[èe]re\p{L}*|postes?-fronti[èe]res?|ferm\p{L}*|d[ée]ploy\p{L}*|renforts?)(?!\p{L})/iu,
  background: /$^/u,
};
/** The words that tell the source's position, read outside the words it reports. */
const denial = /(?<!\p{L})(?:d[ée]ment\p{L}*|d[ée]menti\p{L}*|ni[ée]\p{L}*|nie|nient|r[ée]fut\p{L}*|contest\p{L}*|rejet\p{L}*)(?!\p{L})/iu;
const confirmation = /(?<!\p{L})(?:confirm\p{L}*|corrobor\p{L}*)/iu;
/** "Si Homs tombe, …": a hypothesis, not a happening. */
const hypothesis = /(?:^|[«"“]\s*)Si\s/u;
/** "les deux villes", "la localité": a settlement named in the sentence before. */
const settlementAnaphora = /(?<!\p{L})(?:la|les|cette|ces)\s+(?:deux\s+|trois\s+)?(?:ville|villes|localité|localités|cité|agglomération)(?!\s+d(?:e|u|es|['’]))(?!\p{L})/iu;
/** Words of titles that say who speaks or who fights rather than what happened. */
const commonStems = new Set(['annon', 'affir', 'décla', 'indiq', 'assur', 'selon', 'disen', 'rebel', 'insur', 'armée', 'force', 'group', 'comba', 'milic', 'syrie']);
/** Function words of four letters or more: they say nothing of what happened. */
const functionWords = new Set(['dans', 'pour', 'avec', 'vers', 'sous', 'sans', 'chez', 'plus', 'moins', 'leur', 'leurs', 'cette', 'entre', 'après', 'avant', 'depuis', 'selon', 'contre', 'dont', 'mais', 'elle', 'elles', 'nous', 'vous', 'être', 'avoir', 'sont', 'était', 'avait', 'avaient', 'aussi', 'encore', 'toujours', 'tous', 'toutes', 'tout', 'toute', 'ainsi', 'alors', 'lors', 'près', 'face']);

/** Content words of at least four letters, cut to five: "entrés" and "entrés" agree, "prise" and "prises". */
function stems(text: string): Set<string> {
  return new Set(
    text
      .toLocaleLowerCase('fr')
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4 && !functionWords.has(word))
      .map((word) => word.slice(0, 5))
      .filter((stem) => !commonStems.has(stem)),
  );
}

/**
 * "Plus tôt dans la semaine", "en début de semaine": days of the publication's week before the day the
 * text was telling; "plus tôt", "auparavant": some time before it, no day (null). Undefined otherwise.
 */
const earlierThisWeek = /(?<!\p{L})(?:plus\s+tôt\s+dans\s+la\s+semaine|en\s+début\s+de\s+semaine|plus\s+tôt\s+cette\s+semaine)(?!\p{L})/iu;
const earlier = /(?<!\p{L})(?:plus\s+tôt|auparavant|précédemment|ces\s+derniers\s+jours|les\s+jours\s+précédents)(?!\p{L})/iu;

function earlierThanNarrated(text: string, published: string, carried: string | undefined): Days | null | undefined {
  if (earlierThisWeek.test(text)) {
    const monday = addDays(published, -((weekday(published) + 6) % 7));
    const before = addDays(carried ?? published, -1);
    return before >= monday ? { from: monday, to: before, night: false } : null;
  }
  return earlier.test(text) ? null : undefined;
}

/** Days a date expression covers, when it is precise enough to place a happening (a week or a month is not). */
interface Days {
  from: string;
  to: string;
  night: boolean;
}

function daysOf(date: TemporalExpression, published: string): Days | undefined {
  if (!date.value) return undefined;
  if (date.precision === 'day' || date.precision === 'part-of-day') return { from: date.value, to: date.value, night: date.timeOfDay === 'nuit' };
  if (date.precision === 'night' || date.precision === 'range') return { from: date.value, to: date.until ?? date.value, night: date.precision === 'night' };
  if (date.precision === 'since') return { from: date.value, to: published, night: false };
  return undefined;
}

/** One sentence of the new article, as the annotation engine reads it. */
interface ReadSentence {
  line: number;
  quote: string;
  /** The days of what happened: dates outside the words that say when it was said. */
  happened: Days[];
  /** "a démenti samedi que …": the day it was said; what it reports happened then or before. */
  saidOn: string | undefined;
  /** The last day the text named before this sentence. */
  carried: string | undefined;
  places: Set<string>;
  /** Actors named, and the speakers the engine found. */
  actors: Set<string>;
  /** Actors named other than the one who speaks: those who act in what the sentence tells. */
  participants: Set<string>;
  /** Who the sentence gives its words to, and how (claims, denies, confirms); reports when nobody speaks. */
  stance: ClaimStance;
  by: string | undefined;
  /** Stems of the sentence's words, names left out. */
  stems: Set<string>;
  future: boolean;
}

export interface ProposalContext {
  gazetteer: Gazetteer;
  matcher: MentionMatcher;
}

/**
 * Reads the body's lines with the annotation engine (mentions, dates resolved against the publication
 * day and what the text said before, statements and their speakers), then splits them into sentences.
 */
function readSentences(lines: readonly { line: number; text: string }[], published: string, context: ProposalContext): ReadSentence[] {
  const analyses = analyzeBlocks(
    lines.map((line) => ({ text: line.text, fixed: [] })),
    { published, gazetteer: context.gazetteer, matcher: context.matcher },
  );
  const sentences: ReadSentence[] = [];
  let carried: string | undefined;
  let previousPlaces = new Set<string>();
  lines.forEach((line, index) => {
    const analysis = analyses[index]!;
    for (const { start, end } of splitSentences(line.text, findQuotes(line.text))) {
      const inside = <T extends { start: number; end: number }>(span: T) => span.start >= start && span.end <= end;
      const statements = analysis.statements.filter((statement) => statement.start < end && statement.end > start);
      const saidDates = new Set(statements.flatMap((statement) => (statement.date ? [statement.date.start] : [])));
      const dates = analysis.dates.filter(inside);
      const happened = dates.filter((date) => !saidDates.has(date.start)).flatMap((date) => daysOf(date, published) ?? []);
      const text = line.text.slice(start, end);
      const earlier = earlierThanNarrated(text, published, carried);
      if (happened.length === 0 && earlier) happened.push(earlier);
      const said = dates.find((date) => saidDates.has(date.start));
      const mentions = analysis.mentions.filter(inside);
      let places = new Set(mentions.filter((mention) => mention.entity.kind === 'place').map((mention) => mention.entity.id));
      if (places.size === 0 && settlementAnaphora.test(text)) places = previousPlaces;
      const actors = new Set(mentions.filter((mention) => mention.entity.kind === 'actor').map((mention) => mention.entity.id));
      const position = stanceOf(line.text, start, statements, mentions);
      const participants = new Set([...actors].filter((actor) => actor !== position.by));
      if (position.by) actors.add(position.by);
      let named = text;
      for (const mention of [...mentions].reverse()) named = `${named.slice(0, mention.start - start)} ${named.slice(mention.end - start)}`;
      sentences.push({
        line: line.line,
        quote: text.trim(),
        happened,
        saidOn: said?.value && said.value.length === 10 ? said.value : undefined,
        carried: earlier === null ? undefined : carried,
        places,
        actors,
        participants,
        ...position,
        stems: stems(named),
        future: dates.length > 0 && dates.every((date) => date.precision === 'future'),
      });
      carried = happened.at(-1)?.to ?? (said?.value?.length === 10 ? said.value : undefined) ?? carried;
      if (places.size > 0) previousPlaces = places;
    }
  });
  return sentences;
}

/**
 * The source's position: an actor speaks (a statement with its speaker, or the actor named in the
 * subject before the reported words) and the words around what it says tell whether it denies,
 * confirms or claims; nobody speaks, or the speaker is unnamed ("ont constaté des témoins"): reports.
 */
function stanceOf(text: string, start: number, statements: readonly StatementSpan[], mentions: readonly { start: number; entity: { kind: string; id: string } }[]): { stance: ClaimStance; by: string | undefined } {
  const statement = statements.find((candidate) => candidate.speaker) ?? statements[0];
  if (!statement) return { stance: 'reports', by: undefined };
  const by = statement.speaker ?? mentions.find((mention) => mention.entity.kind === 'actor' && mention.start >= start && mention.start < statement.start)?.entity.id;
  if (!by) return { stance: 'reports', by: undefined };
  let outside = text;
  for (const span of [...statements].sort((a, b) => b.start - a.start)) outside = `${outside.slice(0, span.start)} ${outside.slice(span.end)}`;
  return { stance: denial.test(outside) ? 'denies' : confirmation.test(outside) ? 'confirms' : 'claims', by };
}

/** "gouvernorat-hama", "nord-de-hama", "campagne-de-hama" and "hama" are about the same place. */
const placeKey = (id: string) => id.replace(/^(?:gouvernorat|nord-de|nord-d|sud-de|sud-d|campagne-de|campagne-d|campagne-orientale|region-de|rural-de)-/, '');

/**
 * Whether the sentence's day fits the event's: a day it names for the happening falls on the event's
 * days (one day either way when the event's day is approximate); a day it was said on comes on the
 * event's last day or up to two days after; with no day of its own, the last day named before is the
 * event's or the next or previous one.
 */
function fitsDay(sentence: ReadSentence, event: Event): { fits: boolean; exact: boolean } {
  const precise = event.datePrecision === 'day' || event.datePrecision === 'part-of-day';
  const from = event.date;
  const to = event.endDate ?? event.date;
  if (sentence.happened.length > 0) {
    const slack = precise ? 0 : 1;
    const fits = sentence.happened.some((days) => days.from <= addDays(to, slack) && days.to >= addDays(from, -slack));
    return { fits, exact: sentence.happened.some((days) => days.from <= to && days.to >= from) };
  }
  if (sentence.saidOn) return { fits: from <= sentence.saidOn && sentence.saidOn <= addDays(to, 2), exact: from <= sentence.saidOn && sentence.saidOn <= to };
  if (sentence.carried) return { fits: addDays(from, -1) <= sentence.carried && sentence.carried <= addDays(to, 1), exact: from <= sentence.carried && sentence.carried <= to };
  return { fits: false, exact: false };
}

interface Candidate {
  event: Entry<Event>;
  score: number;
  place: string | undefined;
  titleStems: string[];
  why: string[];
}

/** How well a sentence matches an event; undefined when the day, the place or the action is missing. */
function match(sentence: ReadSentence, event: Entry<Event>): Candidate | undefined {
  const day = fitsDay(sentence, event.data);
  if (!day.fits) return undefined;
  const place = event.data.places.find((id) => [...sentence.places].some((mentioned) => placeKey(mentioned) === placeKey(id)));
  const actor = event.data.actors.find((id) => sentence.actors.has(id));
  // A sentence that names no place may still tell a happening through one who acts in it ("Le Liban a
  // fermé …"), or who makes it, for a statement; not through its source ("selon l'OSDH").
  const acting = event.data.actors.find((id) => sentence.participants.has(id) || (event.data.type === 'statement' && id === sentence.by));
  if (!place && !(sentence.places.size === 0 && acting)) return undefined;
  const action = actionWords[event.data.type].exec(sentence.quote)?.[0];
  const titleStems = [...stems(event.data.title)].filter((stem) => sentence.stems.has(stem));
  if (!action && titleStems.length === 0 && !(place && actor)) return undefined;
  // An event lists its main place first: "L'armée quitte Hama" (Hama, Homs) is about Hama.
  const placeWeight = place === undefined ? 0 : place === event.data.places[0] ? 1 : 0.5;
  const score = (action ? 2 : 0) + Math.min(titleStems.length, 3) + (actor ? 1 : 0) + placeWeight + (day.exact ? 1 : 0);
  const why = [
    `jour ${sentence.happened.length > 0 ? 'du fait' : sentence.saidOn ? 'de la déclaration' : 'nommé avant'} compatible avec le ${event.data.date}`,
    ...(place ? [`lieu ${place}`] : []),
    ...(actor ? [`acteur ${actor}`] : []),
    ...(action ? [`« ${action} »`] : []),
    ...(titleStems.length > 0 ? [`mots du titre (${titleStems.join(', ')}…)`] : []),
  ];
  return { event, score, place, titleStems, why };
}

/**
 * Reads the new article sentence by sentence and proposes, for each one that tells a happening:
 * the events of the chronology it reports (the best match, and any other as good that is about
 * another place: "la prise de Rastan et de Talbisseh"), with the source's position and speaker;
 * or, when it matches none but names its day (or a place on the day named before) and an action,
 * a stub for a new event.
 */
export function proposeClaims(lines: readonly { line: number; text: string }[], published: string, events: ReadonlyMap<string, Entry<Event>>, context: ProposalContext): ChronologyProposals {
  const claims: ClaimProposal[] = [];
  const newEvents: EventProposal[] = [];
  for (const sentence of readSentences(lines, published, context)) {
    if (sentence.quote.length < 10 || sentence.future || hypothesis.test(sentence.quote)) continue;
    const candidates = [...events.values()].flatMap((event) => match(sentence, event) ?? []).sort((a, b) => b.score - a.score);
    const chosen: Candidate[] = [];
    // Another event as good tells another happening of the sentence if it is about another place, or
    // shares other words of its title: "la prise de Rastan et de Talbisseh".
    for (const candidate of candidates) {
      const best = chosen[0];
      const otherPlace = candidate.place !== undefined && !chosen.some((other) => other.event.data.places.some((id) => placeKey(id) === placeKey(candidate.place!)));
      const otherWords = candidate.titleStems.length > 0 && !chosen.some((other) => other.titleStems.some((stem) => candidate.titleStems.includes(stem)));
      if (!best || (candidate.score >= best.score && (otherPlace || otherWords))) chosen.push(candidate);
    }
    for (const candidate of chosen) {
      claims.push({ line: sentence.line, quote: sentence.quote, event: candidate.event.id, stance: sentence.stance, by: sentence.by, why: candidate.why.join(', ') });
    }
    if (chosen.length > 0 || !Object.values(actionWords).some((pattern) => pattern.test(sentence.quote))) continue;
    const own = sentence.happened.at(-1);
    const date = own ? (own.night ? own.to : own.from) : (sentence.saidOn ?? (sentence.places.size > 0 ? sentence.carried : undefined));
    if (date === undefined) continue;
    newEvents.push({ line: sentence.line, quote: sentence.quote, date, night: own?.night ?? false, places: [...sentence.places], actors: [...sentence.actors], stance: sentence.stance, by: sentence.by });
  }
  return { claims, events: newEvents };
}

export const claimReviewPath = (slug: string) => `review/${slug}-chronologie.yaml`;

/** The review file as YAML: what `--accept` reads back. */
export interface ClaimReview {
  evenements_existants?: { id: string; fichier: string; ligne_du_seed: number; pourquoi: string; claim: Claim[] }[];
  nouveaux_evenements?: { id: string; ligne_du_seed: number; evenement: Record<string, unknown> & { date: string; title: unknown; type: unknown; summary: unknown } }[];
}

const eventTypeList = 'capture, withdrawal, offensive, counter-offensive, airstrike, displacement, diplomacy, statement, border ou background';

/** A claim as the event file holds it; "by" left for the editor when the speaker is unnamed. */
function claimOf(slug: string, quote: string, stance: ClaimStance, by: string | undefined): Claim {
  return { article: slug, quote, stance, ...(stance !== 'reports' ? { by: by ?? 'À compléter : id de l’acteur qui parle' } : {}) };
}

/**
 * The review file: each proposal with an id, the event file it goes to, why, and the claim ready to
 * paste under that event's `claims:`; new events as whole event files to complete. Nothing in it is
 * read by the build; `npm run new:article -- --accept <slug>` copies what the editor leaves in it.
 */
export function renderClaimReview(slug: string, proposals: ChronologyProposals): string {
  const header = [
    `# Passages de content/articles/${slug}.mdx qui semblent rapporter un événement de la chronologie, à examiner.`,
    '# Ce fichier n’est pas lu par la construction. Supprimez les propositions fausses, corrigez stance (reports, claims, denies, confirms)',
    '# et by (l’acteur qui parle, sauf pour reports) ; pour un nouvel événement, remplacez chaque « À compléter ».',
    `# Puis : npm run new:article -- --accept ${slug}   (ou --accept ${slug}:c1,e1 pour quelques-unes ; ou copiez le bloc claim à la main).`,
    '# La construction vérifie ensuite que chaque citation est bien dans l’article.',
    '',
  ];
  const review: ClaimReview = {
    evenements_existants: proposals.claims.map((claim, index) => ({
      id: `c${index + 1}`,
      fichier: `content/events/${claim.event}.yaml`,
      ligne_du_seed: claim.line,
      pourquoi: claim.why,
      claim: [claimOf(slug, claim.quote, claim.stance, claim.by)],
    })),
    nouveaux_evenements: proposals.events.map((event, index) => ({
      id: `e${index + 1}`,
      ligne_du_seed: event.line,
      evenement: {
        date: event.date,
        datePrecision: event.night ? 'part-of-day' : 'day',
        ...(event.night ? { timeOfDay: 'nuit' } : {}),
        type: `À compléter : ${eventTypeList}`,
        title: 'À compléter : le titre de l’événement',
        summary: 'À compléter : ce qui s’est passé, en une ou deux phrases.',
        places: event.places,
        actors: event.actors,
        claims: [claimOf(slug, event.quote, event.stance, event.by)],
      },
    })),
  };
  return [...header, stringify(review, { lineWidth: 0 })].join('\n');
}

/** The lines the chronology proposals read: the seed's non-blank lines less its title (the first) and the boilerplate. */
export function chronologyLines(text: string, boilerplate: readonly { line: number }[]): { line: number; text: string }[] {
  const excluded = new Set(boilerplate.map((entry) => entry.line));
  return seedLines(text)
    .filter((line) => line.text.trim() !== '')
    .slice(1)
    .filter((line) => !excluded.has(line.number))
    .map((line) => ({ line: line.number, text: line.text }));
}
