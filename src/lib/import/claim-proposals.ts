import { stringify } from 'yaml';
import { findDates } from '../annotate/dates';
import type { MentionMatcher } from '../annotate/mentions';
import type { Entry } from '../content/project';
import type { Event } from '../schemas/event';
import { seedLines } from '../seed/seed-text';
import { addDays } from '../text/calendar';

/** A passage of the new article that looks like it reports an event of the chronology. */
export interface ClaimProposal {
  line: number;
  /** The sentence, exactly as in the article: the claim's quote. */
  quote: string;
  event: string;
  stance: 'reports' | 'claims' | 'denies' | 'confirms';
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
  places: string[];
  actors: string[];
}

const actionWords: Record<Event['type'], RegExp> = {
  capture: /(?<!\p{L})(?:pris|prise|prennent|tomb\p{L}*|chute|contr[ôo]l\p{L}*|entr[ée]\p{L}*|conqu\p{L}*|empar\p{L}*|hiss\p{L}*)/iu,
  withdrawal: /(?<!\p{L})(?:retir\p{L}*|retrait|quitt\p{L}*|repli\p{L}*|abandonn\p{L}*)/iu,
  offensive: /(?<!\p{L})(?:offensive|assaut|attaqu\p{L}*|lanc\p{L}*|avanc\p{L}*|progress\p{L}*|atteint\p{L}*|aux portes)/iu,
  'counter-offensive': /(?<!\p{L})(?:contre-offensive|repris|reprise|reprendre|contre-attaqu\p{L}*|repouss\p{L}*)/iu,
  airstrike: /(?<!\p{L})(?:frapp\p{L}*|frappe|bombard\p{L}*|raid|drone|a[ée]rien\p{L}*)/iu,
  displacement: /(?<!\p{L})(?:fui\p{L}*|fuite|exode|d[ée]plac\p{L}*|quitt\p{L}*)/iu,
  diplomacy: /(?<!\p{L})(?:rencontr\p{L}*|entretien|r[ée]union|appel\p{L}*|discut\p{L}*|consult\p{L}*)/iu,
  statement: /(?<!\p{L})(?:d[ée]clar\p{L}*|affirm\p{L}*|annonc\p{L}*|promet\p{L}*)/iu,
  border: /(?<!\p{L})(?:fronti[èe]re|ferm\p{L}*)/iu,
  background: /$^/u,
};
const denial = /(?<!\p{L})(?:d[ée]ment\p{L}*|d[ée]menti|ni[ée]\p{L}*|nie|r[ée]fut\p{L}*|conteste\p{L}*)(?!\p{L})/iu;
const confirmation = /(?<!\p{L})confirm\p{L}*/iu;
const attribution = /(?<!\p{L})(?:selon|d'après|d’après|affirm\p{L}*|assur\p{L}*|annonc\p{L}*|revendiqu\p{L}*|a déclaré|affirme)(?!\p{L})/iu;
const hypothesis = /(?:^|[«"“]\s*)Si\s/u;
const stopWords = new Set(['les', 'des', 'une', 'dans', 'pour', 'avec', 'sur', 'par', 'qui', 'que', 'est', 'ont', 'son', 'ses', 'leur', 'leurs', 'aux', 'du', 'de', 'la', 'le', 'et', 'en', 'au']);

/** Content words two texts share, a rough sign that they tell the same happening. */
function sharedWords(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLocaleLowerCase('fr').split(/[^\p{L}]+/u).filter((word) => word.length > 3 && !stopWords.has(word)));
  const other = words(b);
  return [...words(a)].filter((word) => other.has(word)).length;
}
const sentenceEnd = /(?<=[.!?…])\s+(?=[«"“\p{Lu}])/u;

/** "gouvernorat-hama", "nord-de-hama", "campagne-de-hama" and "hama" are about the same place. */
const placeKey = (id: string) => id.replace(/^(?:gouvernorat|nord-de|nord-d|sud-de|sud-d|campagne-de|campagne-d|campagne-orientale|region-de|rural-de)-/, '');

/**
 * Reads the new article sentence by sentence: a sentence whose day (or the last day named before it)
 * is the event's or adjacent, that names one of its places, and uses an action word of its type, or
 * names one of its actors, is proposed as a claim of that event, with a stance from its words.
 * A dated sentence with a place and an action that fits no event is proposed as a new event.
 */
export function proposeClaims(
  lines: readonly { line: number; text: string }[],
  published: string,
  events: ReadonlyMap<string, Entry<Event>>,
  matcher: MentionMatcher,
): { claims: ClaimProposal[]; events: EventProposal[] } {
  const claims: ClaimProposal[] = [];
  const newEvents: EventProposal[] = [];
  let previous: string | undefined;
  for (const line of lines) {
    for (const sentence of line.text.split(sentenceEnd)) {
      const found = findDates(sentence, { published, ...(previous ? { previous } : {}) });
      const days = found.expressions.filter((expression) => expression.value?.length === 10).map((expression) => expression.value!);
      const day = days.at(-1) ?? previous;
      previous = found.previous ?? previous;
      // Too short to quote, or a hypothesis ("Si Homs tombe, …") rather than a happening.
      if (sentence.trim().length < 10 || hypothesis.test(sentence)) continue;
      const mentions = matcher.find(sentence);
      const places = new Set(mentions.filter((mention) => mention.entity.kind === 'place').map((mention) => mention.entity.id));
      const actors = new Set(mentions.filter((mention) => mention.entity.kind === 'actor').map((mention) => mention.entity.id));
      let best: { event: Entry<Event>; score: number; why: string[] } | undefined;
      for (const event of events.values()) {
        const start = addDays(event.data.date, -1);
        const end = addDays(event.data.endDate ?? event.data.date, 1);
        const sameDay = day !== undefined && start <= day && day <= end;
        const place = event.data.places.find((id) => [...places].some((mentioned) => placeKey(mentioned) === placeKey(id)));
        const actor = event.data.actors.find((id) => actors.has(id));
        const action = actionWords[event.data.type].exec(sentence)?.[0];
        if (!sameDay || !place || (!action && !actor)) continue;
        const shared = sharedWords(sentence, `${event.data.title} ${event.data.summary}`);
        const score = (action ? 2 : 0) + (actor ? 1 : 0) + (day && day >= event.data.date && day <= (event.data.endDate ?? event.data.date) ? 1 : 0) + Math.min(shared, 4) / 2;
        if (best && best.score >= score) continue;
        const why = [`jour ${day} (événement du ${event.data.date})`, `lieu ${place}`, ...(actor ? [`acteur ${actor}`] : []), ...(action ? [`« ${action} »`] : [])];
        best = { event, score, why };
      }
      // The one who speaks: the actor after "selon"/"d'après", else the first actor named.
      const source = /(?<!\p{L})(?:selon|d['’]après)(?!\p{L})/iu.exec(sentence);
      const speaker = (source ? mentions.find((mention) => mention.entity.kind === 'actor' && mention.start > source.index) : undefined)?.entity.id ?? [...actors][0];
      const stance = denial.test(sentence) ? 'denies' : confirmation.test(sentence) ? 'confirms' : attribution.test(sentence) && speaker ? 'claims' : 'reports';
      if (best) {
        claims.push({ line: line.line, quote: sentence.trim(), event: best.event.id, stance, by: stance === 'reports' ? undefined : speaker, why: best.why.join(', ') });
      } else if (day !== undefined && places.size > 0 && Object.values(actionWords).some((pattern) => pattern.test(sentence))) {
        newEvents.push({ line: line.line, quote: sentence.trim(), date: day, places: [...places], actors: [...actors] });
      }
    }
  }
  return { claims, events: newEvents };
}

export const claimReviewPath = (slug: string) => `review/${slug}-chronologie.yaml`;

/** The review file: claims ready to paste under an event's `claims:`, and stubs of new events. */
export function renderClaimReview(slug: string, proposals: { claims: readonly ClaimProposal[]; events: readonly EventProposal[] }): string {
  const header = [
    `# Passages de content/articles/${slug}.mdx qui semblent rapporter un événement de la chronologie, à examiner.`,
    '# Pour en accepter un, copiez son bloc « claim » dans la liste claims: du fichier indiqué ; la construction vérifie la citation.',
    '# Vérifiez la position (reports, claims, denies, confirms) et, sauf pour reports, l’acteur qui parle (by).',
    '',
  ];
  const claims = proposals.claims.map((claim) => ({
    fichier: `content/events/${claim.event}.yaml`,
    ligne_du_seed: claim.line,
    pourquoi: claim.why,
    claim: [{ article: slug, quote: claim.quote, stance: claim.stance, ...(claim.stance !== 'reports' ? { by: claim.by ?? 'À compléter : id de l’acteur qui parle' } : {}) }],
  }));
  const events = proposals.events.map((event) => ({
    fichier: `content/events/${event.date}-a-completer.yaml`,
    ligne_du_seed: event.line,
    yaml: stringify(
      {
        date: event.date,
        datePrecision: 'day',
        type: 'À compléter : capture, withdrawal, offensive, counter-offensive, airstrike, displacement, diplomacy, statement, border ou background',
        title: 'À compléter',
        summary: 'À compléter : ce qui s’est passé, en une ou deux phrases.',
        places: event.places,
        actors: event.actors,
        claims: [{ article: slug, quote: event.quote, stance: 'reports' }],
      },
      { lineWidth: 0 },
    ),
  }));
  return [...header, stringify({ evenements_existants: claims, nouveaux_evenements: events }, { lineWidth: 0 })].join('\n');
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
