import { addDays } from '../text/calendar';
import type { TemporalExpression, UnresolvedDate } from './dates';
import type { Mention } from './mentions';

/**
 * "Au lendemain de la chute d'Alep", "trois jours après l'offensive": a day counted from an event. The
 * event is dated only if the text dated it before: an earlier sentence with a day that names the same
 * actor or place, or tells the same happening ("Alep est tombée samedi" for "la chute de la ville").
 * Otherwise the expression stays unresolved, and the editor is told.
 */

/** A day the text has given, with what its sentence was about. */
export interface DatedSentence {
  value: string;
  /** Where the day is in its block; -1 for the blocks before. */
  start: number;
  entities: ReadonlySet<string>;
  /** The sentence's words, lower case, to find the happening an event noun names. */
  words: string;
}

/** Event nouns and the stems of the words that tell the same happening. */
const happenings: [RegExp, RegExp][] = [
  [/\bchute\b/u, /\b(?:tomb|chut)/u],
  [/\bprise\b/u, /\b(?:pris|prend|prise|contrôle)/u],
  [/\bréunion\b|\bsommet\b|\brencontre\b/u, /\b(?:réuni|réunion|retrouv|rencontr|sommet)/u],
  [/\battaque\b|\boffensive\b|\bassaut\b/u, /\b(?:attaqu|offensive|assaut|lanc)/u],
  [/\bentrée\s+en\s+vigueur\b/u, /\b(?:vigueur|entr|début|commenc)/u],
  [/\bentrée\b/u, /\b(?:entr)/u],
  [/\bdiscours\b|\bdéclaration\b|\bannonce\b/u, /\b(?:discours|déclar|annon)/u],
  [/\bcessez-le-feu\b|\btrêve\b/u, /\b(?:cessez-le-feu|trêve)/u],
];

/** The sentences of a block that give one day, for later event anchors. */
export function datedSentences(text: string, dates: readonly TemporalExpression[], mentions: readonly Mention[]): DatedSentence[] {
  const sentences: DatedSentence[] = [];
  for (const date of dates) {
    if ((date.precision !== 'day' && date.precision !== 'part-of-day') || !date.value) continue;
    const start = Math.max(0, text.lastIndexOf('.', date.start) + 1);
    const stop = text.indexOf('.', date.end);
    const end = stop === -1 ? text.length : stop;
    const entities = new Set(mentions.filter((mention) => mention.start >= start && mention.end <= end).map((mention) => `${mention.entity.kind}:${mention.entity.id}`));
    sentences.push({ value: date.value, start: date.start, entities, words: text.slice(start, end).toLocaleLowerCase('fr') });
  }
  return sentences;
}

/** Resolves what it can of a block's event-relative dates against the days given before. */
export function anchorEvents(text: string, unresolved: readonly UnresolvedDate[], mentions: readonly Mention[], before: readonly DatedSentence[]): { resolved: TemporalExpression[]; unresolved: UnresolvedDate[] } {
  const resolved: TemporalExpression[] = [];
  const left: UnresolvedDate[] = [];
  for (const date of unresolved) {
    const anchor = date.event ? findAnchor(text, date.event, mentions, before) : undefined;
    if (!anchor || !date.event) {
      left.push(date);
      continue;
    }
    resolved.push({ start: date.start, end: date.start + date.text.length, text: date.text, value: addDays(anchor.value, date.event.days), precision: 'day', basis: 'previous-date' });
  }
  return { resolved, unresolved: left };
}

function findAnchor(text: string, event: { start: number; end: number }, mentions: readonly Mention[], before: readonly DatedSentence[]): DatedSentence | undefined {
  const phrase = text.slice(event.start, event.end).toLocaleLowerCase('fr');
  const named = new Set(mentions.filter((mention) => mention.start >= event.start && mention.end <= event.end).map((mention) => `${mention.entity.kind}:${mention.entity.id}`));
  const told = happenings.find(([noun]) => noun.test(phrase))?.[1];
  const earlier = before.filter((sentence) => sentence.start < event.start).reverse();
  const sharesName = (sentence: DatedSentence) => [...named].some((key) => sentence.entities.has(key));
  const tellsIt = (sentence: DatedSentence) => told?.test(sentence.words) ?? false;
  // Best, the same actor or place and the same happening; then the same actor or place; for "la chute
  // de la ville", which names nothing, the same happening told with a day.
  return earlier.find((sentence) => sharesName(sentence) && tellsIt(sentence)) ?? earlier.find(sharesName) ?? (named.size === 0 ? earlier.find(tellsIt) : undefined);
}
