import { findDates, type TemporalExpression } from '../annotate/dates';
import type { BoilerplateLine } from '../schemas/article';
import { corpusPeriod } from '../schemas/article';

/** A line of the seed as the date search reads it. */
export interface DatedLine {
  line: number;
  text: string;
  /** Proposed as boilerplate: its dates are listed but never chosen as a happening (a "NEXT" link dates another article). */
  boilerplate: boolean;
  /** The kind of boilerplate: a byline is the dateline, an embed's signature dates a post the article cites. */
  kind?: BoilerplateLine['kind'];
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

export type Confidence = 'high' | 'medium' | 'low';

export interface PublicationChoice {
  /** The date proposed for `published`; undefined when the text does not allow a decision. */
  published: string | undefined;
  /** The expression it was taken from. */
  source: DateCandidate | undefined;
  /** high: a dateline; medium: the latest dated happening, with its year or weekday; low: a day and month alone. */
  confidence: Confidence | undefined;
  /** What the choice rests on, in French, for the report and publishedNote. */
  evidence: string;
  candidates: DateCandidate[];
}

const weekdayWord = /(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L})/iu;
const weekdayStart = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L})/iu;
/** Words before a date in its sentence that make it an announcement, not a happening ("prévue le 15 décembre"). */
const announcement = /(?<!\p{L})(?:prévu|prévue|prévus|prévues|doit|doivent|devrait|devraient|se tiendra|aura lieu|attendu|attendue|programmé|programmée|d'ici|jusqu'au|reporté|reportée|ultimatum)(?!\p{L})[^.!?]*$/iu;
/** A dateline at the head of a dispatch: "BEYROUTH, 8 décembre (AFP) –", "Damas, le 7 décembre 2024 —". */
const bodyDateline = /^[\p{Lu}][\p{L}'’ -]{1,40},\s+(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?\s*(?:\([^)]{2,20}\)\s*)?[-–—:]/u;
const headLines = 3;

/**
 * Proposes a publication date, never today's: a dateline first ("Publié le …", "BEYROUTH, 8 décembre
 * (AFP) –"); else the latest day the text says something happened (or a post it embeds was written),
 * its year the one whose weekday agrees, else the corpus's; else nothing, for the editor to write.
 * Captions, related links and other boilerplate never count. Every expression is then listed,
 * resolved against the chosen day as the annotator will resolve it against `published`.
 */
export function findPublicationCandidates(lines: readonly DatedLine[], today: string): PublicationChoice {
  // Until a day is chosen, dates without a year are read in the corpus's calendar, not today's.
  const provisional = resolveLines(lines, corpusPeriod.end);
  const limit = today < corpusPeriod.end ? today : corpusPeriod.end;
  const usable = (candidate: DateCandidate) => candidate.value !== null && candidate.value.length === 10 && candidate.value <= limit;

  const choice = dateline(lines, provisional, usable) ?? latestHappening(lines, provisional, usable);
  const reference = choice?.source.value ?? corpusPeriod.end;
  const candidates = resolveLines(lines, reference).map((candidate) =>
    candidate.value !== null && candidate.value.length === 10 && candidate.value > limit ? { ...candidate, reason: `${candidate.reason}, postérieure au ${limit} : une annonce, pas la date de publication` } : candidate,
  );
  if (!choice) {
    return { published: undefined, source: undefined, confidence: undefined, evidence: 'aucune date de mise en ligne ni aucun fait daté dans le texte : la date reste à écrire', candidates };
  }
  return { published: choice.source.value!, source: choice.source, confidence: choice.confidence, evidence: choice.evidence, candidates };
}

interface Choice {
  source: DateCandidate;
  confidence: Confidence;
  evidence: string;
}

function dateline(lines: readonly DatedLine[], candidates: readonly DateCandidate[], usable: (candidate: DateCandidate) => boolean): Choice | undefined {
  const head = lines.filter((line) => !line.boilerplate).slice(1, 1 + headLines);
  for (const line of lines) {
    const isByline = line.kind === 'byline';
    const isHead = head.includes(line) && bodyDateline.test(line.text);
    if (!isByline && !isHead) continue;
    // "Publié le 8 décembre, mis à jour le 9 décembre": the first date is the publication's.
    const first = candidates.find((candidate) => candidate.line === line.line && usable(candidate) && (candidate.kind === 'full-date' || candidate.kind === 'date-without-year'));
    if (!first) continue;
    const what = isByline ? 'ligne de mise en ligne' : 'date en tête de dépêche';
    return { source: first, confidence: 'high', evidence: `${what}, ligne ${line.line} : « ${first.text} »` };
  }
  return undefined;
}

function latestHappening(lines: readonly DatedLine[], candidates: readonly DateCandidate[], usable: (candidate: DateCandidate) => boolean): Choice | undefined {
  const byLine = new Map(lines.map((line) => [line.line, line]));
  const happenings = candidates.filter((candidate) => {
    const line = byLine.get(candidate.line)!;
    if (line.boilerplate && line.kind !== 'embed') return false;
    if (candidate.kind !== 'full-date' && candidate.kind !== 'date-without-year') return false;
    if (!usable(candidate)) return false;
    const before = line.text.slice(0, Math.max(0, line.text.indexOf(candidate.text)));
    return !announcement.test(before);
  });
  const latest = happenings.reduce<DateCandidate | undefined>((best, candidate) => (!best || candidate.value! > best.value! ? candidate : best), undefined);
  if (!latest) return undefined;
  const sure = latest.kind === 'full-date' || weekdayWord.test(latest.text);
  const embed = byLine.get(latest.line)!.kind === 'embed';
  const evidence = `${embed ? 'date du message intégré le plus récent' : 'fait daté le plus récent du texte'}, ligne ${latest.line} : « ${latest.text} »${
    latest.kind === 'full-date' ? ' (avec l’année)' : sure ? ' (l’année où ce jour de la semaine tombe juste)' : ` (sans jour de la semaine : année de la période du corpus, ${corpusPeriod.start.slice(0, 4)})`
  } ; le texte a pu paraître plus tard`;
  return { source: latest, confidence: sure ? 'medium' : 'low', evidence };
}

function resolveLines(lines: readonly DatedLine[], reference: string): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  let previous: string | undefined;
  for (const line of lines) {
    // A boilerplate line belongs to another page: it neither uses nor sets the article's last date.
    const found = findDates(line.text, { published: reference, ...(previous && !line.boilerplate ? { previous } : {}) });
    if (!line.boilerplate) previous = found.previous;
    const inLine: { start: number; candidate: DateCandidate }[] = [
      ...found.expressions.map((expression) => ({ start: expression.start, candidate: candidate(line, expression.text, valueOf(expression), ...classify(expression, reference)) })),
      ...found.unresolved.map(({ start, text }) => ({ start, candidate: candidate(line, text, null, 'unresolved', 'non résolue : pas de date citée avant elle à laquelle la rapporter, ou jour impossible') })),
    ];
    candidates.push(...inLine.sort((a, b) => a.start - b.start).map((found) => found.candidate));
  }
  return candidates;
}

/** A night or a range is over on its last day. */
function valueOf(expression: TemporalExpression): string | null {
  return expression.until ?? expression.value;
}

function candidate(line: DatedLine, text: string, value: string | null, kind: DateCandidateKind, reason: string): DateCandidate {
  const note = !line.boilerplate ? '' : line.kind === 'byline' ? ' (ligne de mise en ligne)' : line.kind === 'embed' ? ' (message intégré)' : ' (ligne proposée en boilerplate : non retenue)';
  return { line: line.line, text, value, kind, boilerplate: line.boilerplate, reason: reason + note };
}

function classify(expression: TemporalExpression, reference: string): [DateCandidateKind, string] {
  if (expression.precision === 'future') return ['future', 'futur : ne désigne pas de jour'];
  if (expression.precision === 'year') return ['year', 'année seule : ne date pas la publication'];
  if (expression.basis === 'explicit') {
    if (/\d{4}\)?$/.test(expression.text) || /\b\d{4}\b/.test(expression.text)) return ['full-date', 'date explicite avec l’année'];
    return weekdayWord.test(expression.text)
      ? ['date-without-year', 'date explicite sans l’année : l’année où ce jour de la semaine tombe juste']
      : ['date-without-year', `date explicite sans l’année : année de la date de référence ${reference} (l’année d’avant si le jour tombait après elle)`];
  }
  if (expression.basis === 'previous-date') return ['relative', 'comptée depuis la dernière date citée avant elle dans le texte'];
  if (weekdayStart.test(expression.text)) {
    return ['weekday', `jour de la semaine : le dernier ${expression.text.split(/\s/)[0]!.toLocaleLowerCase('fr')} au plus tard le ${reference} (date de référence)`];
  }
  return ['relative', `comptée depuis la date de référence ${reference}`];
}
