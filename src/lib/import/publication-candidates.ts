import { findDates, type TemporalExpression } from '../annotate/dates';

/** A line of the seed as the date search reads it. */
export interface DatedLine {
  line: number;
  text: string;
  /** Proposed as boilerplate: its dates are listed but never chosen (a "NEXT" link dates another article). */
  boilerplate: boolean;
}

export type DateCandidateKind = 'full-date' | 'date-without-year' | 'weekday' | 'relative' | 'year' | 'future' | 'unresolved';

export interface DateCandidate {
  line: number;
  text: string;
  /** "YYYY-MM-DD", "YYYY" for a year alone, null when it names no day. */
  value: string | null;
  kind: DateCandidateKind;
  boilerplate: boolean;
  /** Why it resolves to `value`, in French for the report. */
  reason: string;
}

export interface PublicationChoice {
  /** The date proposed for `published`. */
  published: string;
  /** The expression it was taken from; undefined when it is the day of the import. */
  source: DateCandidate | undefined;
  candidates: DateCandidate[];
}

const weekdayStart = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L})/iu;

/**
 * Lists the dates of the text and proposes a publication date: the latest explicit date with a
 * year (an article is published on or after the last day it names), else `today`. A date after
 * `today` is an announcement, not a publication date. Every other expression is then resolved
 * against that reference, as the annotator will resolve it against `published`.
 */
export function findPublicationCandidates(lines: readonly DatedLine[], today: string): PublicationChoice {
  // Explicit dates with a year do not depend on the reference: a first pass finds them.
  const published = latestFullDate(resolveLines(lines, today), today)?.value ?? today;
  const candidates = resolveLines(lines, published).map((candidate) =>
    candidate.kind === 'full-date' && candidate.value! > today ? { ...candidate, reason: `${candidate.reason}, postérieure à aujourd’hui (${today}) : une annonce, pas la date de publication` } : candidate,
  );
  return { published, source: latestFullDate(candidates, today), candidates };
}

function latestFullDate(candidates: readonly DateCandidate[], today: string): DateCandidate | undefined {
  return candidates
    .filter((candidate) => candidate.kind === 'full-date' && !candidate.boilerplate && candidate.value! <= today)
    .reduce<DateCandidate | undefined>((latest, candidate) => (!latest || candidate.value! > latest.value! ? candidate : latest), undefined);
}

function resolveLines(lines: readonly DatedLine[], reference: string): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  let previous: string | undefined;
  for (const line of lines) {
    // A boilerplate line belongs to another page: it neither uses nor sets the article's last date.
    const found = findDates(line.text, { published: reference, ...(previous && !line.boilerplate ? { previous } : {}) });
    if (!line.boilerplate) previous = found.previous;
    const inLine: { start: number; candidate: DateCandidate }[] = [
      ...found.expressions.map((expression) => ({ start: expression.start, candidate: candidate(line, expression.text, expression.value, ...classify(expression, reference)) })),
      ...found.unresolved.map(({ start, text }) => ({ start, candidate: candidate(line, text, null, 'unresolved', 'non résolue : pas de date citée avant elle à laquelle la rapporter, ou jour impossible') })),
    ];
    candidates.push(...inLine.sort((a, b) => a.start - b.start).map((found) => found.candidate));
  }
  return candidates;
}

function candidate(line: DatedLine, text: string, value: string | null, kind: DateCandidateKind, reason: string): DateCandidate {
  const note = line.boilerplate ? ' (ligne proposée en boilerplate : non retenue)' : '';
  return { line: line.line, text, value, kind, boilerplate: line.boilerplate, reason: reason + note };
}

function classify(expression: TemporalExpression, reference: string): [DateCandidateKind, string] {
  if (expression.precision === 'future') return ['future', 'futur : ne désigne pas de jour'];
  if (expression.precision === 'year') return ['year', 'année seule : ne date pas la publication'];
  if (expression.basis === 'explicit') {
    return /\d{4}$/.test(expression.text)
      ? ['full-date', 'date explicite avec l’année']
      : ['date-without-year', `date explicite sans l’année : année de la date de référence ${reference} (l’année d’avant si le jour tombait après elle)`];
  }
  if (expression.basis === 'previous-date') return ['relative', 'comptée depuis la dernière date citée avant elle dans le texte'];
  if (weekdayStart.test(expression.text)) {
    return ['weekday', `jour de la semaine : le dernier ${expression.text.split(/\s/)[0]!.toLocaleLowerCase('fr')} au plus tard le ${reference} (date de référence)`];
  }
  return ['relative', `comptée depuis la date de référence ${reference}`];
}
