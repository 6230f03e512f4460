import { addDays, isoDay, isRealDay, weekday } from '../text/calendar';
import { isoWeek, previousMonth, shiftMonth } from '../text/calendar-periods';
import { frenchMonths, frenchWeekdays } from '../text/french-date';
import { futureContext } from './tense';

/**
 * - `day`, `part-of-day` (with `timeOfDay`): one day; `night`: from `value` to `until`, the next day;
 * - `range`: `value` to `until`; `since`: an open range from `value`;
 * - `week` ("2024-W48"), `month` ("2024-11", with `monthPart` for "début", "mi-", "fin"), `year`;
 * - `future`: an unnamed time ahead ("dans les prochaines heures"), value null.
 */
export type TemporalPrecision = 'day' | 'part-of-day' | 'night' | 'range' | 'since' | 'week' | 'month' | 'year' | 'future';
export type TimeOfDay = 'nuit' | 'aube' | 'matin' | 'midi' | 'après-midi' | 'soir';
export type MonthPart = 'début' | 'mi' | 'fin';

/** A French temporal expression found in text and what it resolves to. */
export interface TemporalExpression {
  start: number;
  end: number;
  text: string;
  /** "YYYY-MM-DD", "YYYY-Www", "YYYY-MM" or "YYYY"; null for an unnamed future. */
  value: string | null;
  precision: TemporalPrecision;
  timeOfDay?: TimeOfDay;
  /** The last day of a night or a range. */
  until?: string;
  monthPart?: MonthPart;
  /** What the value was computed from: the expression alone, the publication date, or the last date before it. */
  basis: 'explicit' | 'publication' | 'previous-date';
}

export interface DateContext {
  /** The article's publication day. */
  published: string;
  /** The last day the text named before this point, for "la veille" and "trois jours plus tard". */
  previous?: string;
}

export interface UnresolvedDate {
  start: number;
  text: string;
  /** Why the words cannot be placed on the calendar, for the editor. */
  reason: string;
  /** "au lendemain de la chute d'Alep": the event's words and the days to count from its day, if the text dates it. */
  event?: { start: number; end: number; days: number };
}

const weekdays: readonly string[] = frenchWeekdays;
const months: readonly string[] = frenchMonths;
/** Abbreviations as French newsrooms write them ("7 déc. 2024", "janv."). */
const monthAbbreviations: Record<string, number> = { janv: 1, jan: 1, févr: 2, fév: 2, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12, dec: 12 };
const englishMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const englishAbbreviations: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const numbers: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30 };

const apostrophe = "['’]";
const words = (list: readonly string[]) => list.join('|');
const weekday_ = words(weekdays);
const month_ = `(?:${words(months)}|(?:${words(Object.keys(monthAbbreviations))})\\.?)`;
const day_ = '(?:1er|[12]\\d|3[01]|0?[1-9])';
const year_ = '(?:1[89]\\d\\d|20\\d\\d)';
const count_ = `(?:\\d{1,3}|${words(Object.keys(numbers))})`;

/** Parts of the day, as phrases that follow a day ("lundi soir", "le 2 décembre au soir") or stand alone. */
const partPhrases: [string, TimeOfDay][] = [
  [`à${apostrophe}?\\s*l${apostrophe}aube|au\\s+petit\\s+matin|au\\s+lever\\s+du\\s+jour|à\\s+l${apostrophe}aube`, 'aube'],
  [`dans\\s+la\\s+matinée|en\\s+(?:début\\s+de\\s+|fin\\s+de\\s+)?matinée|au\\s+matin|le\\s+matin|matin`, 'matin'],
  [`à\\s+la\\s+mi-journée|à\\s+midi|vers\\s+midi|midi`, 'midi'],
  [`dans\\s+l${apostrophe}après-midi|en\\s+(?:début\\s+d${apostrophe}|fin\\s+d${apostrophe})après-midi|l${apostrophe}après-midi|après-midi`, 'après-midi'],
  [`en\\s+fin\\s+de\\s+journée|en\\s+(?:début\\s+de\\s+|fin\\s+de\\s+)?soirée|dans\\s+la\\s+soirée|au\\s+soir|le\\s+soir|soir`, 'soir'],
  [`dans\\s+la\\s+nuit|pendant\\s+la\\s+nuit|la\\s+nuit|nuit`, 'nuit'],
];
const partSuffix = `(?:,?\\s+(?<part>${partPhrases.map(([pattern]) => pattern).join('|')}))?`;
/** Standalone parts of day: they take the day the narrative is on. */
const standaloneParts = partPhrases.map(([pattern]) => pattern.split('|').filter((phrase) => phrase.includes('\\s')).join('|')).join('|');

/**
 * One alternative per kind of expression, longest first. Every alternative is bounded: no nested
 * quantifier, so the whole expression runs in linear time on any text.
 */
const pattern = new RegExp(
  [
    // "la nuit du 7 au 8 décembre", "dans la nuit de samedi à dimanche"
    `(?<nightDates>(?:dans\\s+|pendant\\s+)?la\\s+nuit\\s+du\\s+(?:(?:${weekday_})\\s+)?(?<nightDay1>${day_})(?:\\s+(?<nightMonth1>${month_}))?\\s+au\\s+(?:(?:${weekday_})\\s+)?(?<nightDay2>${day_})\\s+(?<nightMonth2>${month_})(?:\\s+(?<nightYear>${year_}))?)`,
    `(?<nightWeekdays>(?:dans\\s+|pendant\\s+)?la\\s+nuit\\s+de\\s+(?<nightFrom>${weekday_})\\s+à\\s+(?<nightTo>${weekday_}))`,
    // "du 27 novembre au 1er décembre", "entre le 5 et le 7 décembre"
    `(?<range>(?:du|entre\\s+le)\\s+(?:(?:${weekday_})\\s+)?(?<rangeDay1>${day_})(?:\\s+(?<rangeMonth1>${month_}))?(?:\\s+(?<rangeYear1>${year_}))?\\s+(?:au|et\\s+le)\\s+(?:(?:${weekday_})\\s+)?(?<rangeDay2>${day_})\\s+(?<rangeMonth2>${month_})(?:\\s+(?<rangeYear2>${year_}))?)`,
    // "depuis le 27 novembre", "depuis mercredi"
    `(?<since>depuis\\s+(?:le\\s+)?(?:(?:(?<sinceWeekday>${weekday_})(?:\\s+(?<sinceWeekdayDay>${day_})\\s+(?<sinceWeekdayMonth>${month_}))?)|(?<sinceDay>${day_})\\s+(?<sinceMonth>${month_}))(?:\\s+(?<sinceYear>${year_}))?(?!\\s*(?:\\d|${year_})))`,
    // "samedi 7 décembre 2024 au soir", "le 2 décembre", "7 déc. 2024"
    `(?<explicit>(?:(?<explicitWeekday>${weekday_})\\s+)?(?<day>${day_})\\s+(?<month>${month_})(?:\\s+(?<year>${year_}))?${partSuffix.replace('part', 'explicitPart')})`,
    // "07/12/2024", "7/12", "2024-12-07"
    `(?<numeric>(?<numDay>[0-3]?\\d)/(?<numMonth>[01]?\\d)(?:/(?<numYear>\\d{4}))?)`,
    `(?<iso>(?<isoYear>\\d{4})-(?<isoMonth>[01]\\d)-(?<isoDay>[0-3]\\d))`,
    // English, in embedded posts: "December 8, 2024", "Dec. 8"
    `(?<english>(?<enMonth>${words(englishMonths)}|(?:${words(Object.keys(englishAbbreviations))})\\.?)\\s+(?<enDay>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<enYear>\\d{4}))?)`,
    // "il y a deux jours", "trois jours plus tard", "deux jours auparavant"
    `(?<ago>il\\s+y\\s+a\\s+(?<agoCount>${count_})\\s+(?<agoUnit>jours?|semaines?|ans|années))`,
    `(?<thisYear>cette\\s+année|l${apostrophe}an\\s+(?:dernier|passé|prochain)|l${apostrophe}année\\s+(?:dernière|passée|prochaine))`,
    `(?<monthEnd>d${apostrophe}ici\\s+(?:à\\s+)?la\\s+fin\\s+du\\s+mois)`,
    `(?<relative>(?<count>${count_})\\s+(?<unit>jours?|semaines?|mois)\\s+(?<direction>plus\\s+tard|plus\\s+tôt|auparavant|après|avant)(?!\\s+(?:la|le|l${apostrophe}|les|de|d${apostrophe}|que|qu${apostrophe})))`,
    // "au lendemain de …", "à la veille de …": a day counted from an event the text must have dated.
    `(?<eventRelative>(?<eventWhen>au\\s+lendemain|à\\s+la\\s+veille|au\\s+surlendemain|(?<eventCount>${count_}|quelques)\\s+(?<eventUnit>jours?|heures?)\\s+(?<eventSide>après|avant))\\s+(?:de\\s+la|du|des|de\\s+l${apostrophe}|d${apostrophe}|de|la|le|l${apostrophe}|les|une?)\\s*)`,
    `(?<named>avant-hier|hier(?:\\s+(?<namedPart>soir|matin|après-midi))?|aujourd${apostrophe}hui|l${apostrophe}avant-veille|la\\s+veille|le\\s+surlendemain|le\\s+lendemain(?:\\s+(?<nextPart>matin|soir))?|cette\\s+nuit|ce\\s+matin|ce\\s+soir|cet\\s+après-midi)`,
    `(?<future>dans\\s+les\\s+(?:prochaines\\s+heures|prochains\\s+jours|heures\\s+qui\\s+viennent|jours\\s+qui\\s+viennent|semaines\\s+à\\s+venir|prochaines\\s+semaines)|prochainement)`,
    `(?<week>la\\s+semaine\\s+(?<weekWhich>dernière|passée|prochaine)|cette\\s+semaine)`,
    `(?<monthRelative>le\\s+mois\\s+(?<monthWhich>dernier|passé|prochain)|ce\\s+mois-ci)`,
    // "début décembre", "mi-décembre", "fin novembre 2024", "décembre 2024", "en novembre"
    `(?<monthPartExpr>(?:(?:au\\s+|en\\s+|dès\\s+le\\s+|à\\s+la\\s+)?(?<partWord>début|fin)\\s+(?:du\\s+mois\\s+de\\s+|de\\s+|d${apostrophe})?|(?:à\\s+la\\s+)?mi-)(?<partMonth>${words(months)})(?:\\s+(?<partYear>${year_}))?)`,
    `(?<monthYear>(?<myMonth>${words(months)})\\s+(?<myYear>${year_}))`,
    `(?<inMonth>(?<=\\ben\\s)(?<inMonthName>${words(months)}))`,
    // "samedi", "lundi prochain", "jeudi dernier", "mardi soir"
    `(?<weekdayExpr>(?:ce\\s+)?(?<weekday>${weekday_})(?:\\s+(?<which>dernier|prochain|passé))?${partSuffix.replace('part', 'weekdayPart')})`,
    `(?<standalonePart>${standaloneParts})`,
    `(?<yearOnly>(?<=\\b(?:en|depuis|dès|jusqu${apostrophe}en|avant|après|de)\\s)${year_}(?![\\d/-]))`,
  ].join('|'),
  'giu',
);
const boundary = /[\p{L}\p{N}]/u;

/**
 * Finds the temporal expressions of a block of text, resolving each against the publication date and
 * the last day named before it. Returns them in order, the expressions that cannot be placed (never a
 * guessed date), and the last day named, for the next block.
 */
export function findDates(text: string, context: DateContext): { expressions: TemporalExpression[]; unresolved: UnresolvedDate[]; previous: string | undefined } {
  const expressions: TemporalExpression[] = [];
  const unresolved: UnresolvedDate[] = [];
  let previous = context.previous;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    let end = start + match[0].length;
    if ((start > 0 && boundary.test(text[start - 1]!)) || (end < text.length && boundary.test(text[end]!) && !match.groups!['eventRelative'])) continue;
    const groups = match.groups!;
    if (groups['eventRelative']) {
      // The event's words run to the next comma or the end of the sentence.
      const eventStart = end;
      const rest = /^[^,.;:!?]*/u.exec(text.slice(end))![0];
      end += rest.trimEnd().length;
      unresolved.push({ start, text: text.slice(start, end), reason: 'it counts from an event the text does not date', event: { start: eventStart, end, days: eventOffset(groups) } });
      continue;
    }
    const future = futureContext(text, start, end);
    const resolved = resolve(groups, { published: context.published, previous, future });
    if (!resolved) {
      if (groups['named'] || groups['relative']) unresolved.push({ start, text: match[0], reason: 'no date before it to count from' });
      continue;
    }
    expressions.push({ start, end, text: text.slice(start, end), ...resolved });
    if (resolved.value && resolved.value.length === 10 && resolved.precision !== 'since') previous = resolved.until ?? resolved.value;
  }
  return { expressions, unresolved, previous };
}

/** Days from an event: "au lendemain de" +1, "à la veille de" −1, "trois jours après" +3, "quelques heures après" 0. */
function eventOffset(groups: Record<string, string | undefined>): number {
  const when = lower(groups['eventWhen'])!;
  if (when.startsWith('au lendemain')) return 1;
  if (when.startsWith('au surlendemain')) return 2;
  if (when.startsWith('à la veille')) return -1;
  const unit = lower(groups['eventUnit'])!;
  const count = unit.startsWith('heure') || lower(groups['eventCount']) === 'quelques' ? 0 : countOf(groups['eventCount']);
  return lower(groups['eventSide']) === 'avant' ? -count : count;
}

type Resolution = Omit<TemporalExpression, 'start' | 'end' | 'text'>;
interface Anchor {
  published: string;
  previous: string | undefined;
  /** The sentence speaks of what is to come: a bare weekday or date lies ahead. */
  future: boolean;
}

const lower = (value: string | undefined) => value?.toLocaleLowerCase('fr').replace(/\s+/g, ' ').replace(/’/g, "'");

function monthNumber(word: string | undefined): number {
  const name = lower(word)!.replace(/\.$/, '');
  const full = months.indexOf(name);
  return full >= 0 ? full + 1 : (monthAbbreviations[name] ?? 0);
}

function partOf(phrase: string | undefined): TimeOfDay | undefined {
  if (!phrase) return undefined;
  const normalised = lower(phrase)!;
  return partPhrases.find(([pattern]) => new RegExp(`^(?:${pattern})$`, 'iu').test(normalised))?.[1];
}

/** A day with its part, as the resolution of an expression. */
function dayResolution(value: string, basis: Resolution['basis'], part?: TimeOfDay): Resolution {
  return part ? { value, precision: 'part-of-day', timeOfDay: part, basis } : { value, precision: 'day', basis };
}

/**
 * The year of a day and month the text gives without one: the year whose weekday agrees when a weekday
 * is given; otherwise the publication's year, unless that puts a past event well after the publication.
 */
function yearFor(month: number, day: number, anchor: Anchor, weekdayName?: string): number | undefined {
  const year = Number(anchor.published.slice(0, 4));
  const candidates = [year, year - 1, year + 1].filter((candidate) => isRealDay(candidate, month, day));
  if (weekdayName) {
    const target = weekdays.indexOf(lower(weekdayName)!);
    const agreeing = candidates.filter((candidate) => weekday(isoDay(candidate, month, day)) === target);
    if (agreeing.length > 0) return agreeing[0];
  }
  if (candidates.length === 0) return undefined;
  const publishedMonth = Number(anchor.published.slice(5, 7));
  // Two months ahead at most is still this year's calendar (a meeting "prévue le 15 décembre");
  // further ahead, in a text that tells the past, it is last year's.
  const monthsAhead = (month - publishedMonth + 12) % 12;
  if (isoDay(year, month, day) > anchor.published && !anchor.future && monthsAhead > 2) return year - 1;
  if (anchor.future && isoDay(year, month, day) < anchor.published && monthsAhead > 0 && monthsAhead <= 2 && month < publishedMonth) return year + 1;
  return year;
}

function explicitDay(dayWord: string, monthWord: string | undefined, yearWord: string | undefined, anchor: Anchor, weekdayName?: string): string | undefined {
  const day = dayWord === '1er' ? 1 : Number(dayWord);
  const month = monthNumber(monthWord);
  if (!month) return undefined;
  const year = yearWord ? Number(yearWord) : yearFor(month, day, anchor, weekdayName);
  if (year === undefined || !isRealDay(year, month, day)) return undefined;
  return isoDay(year, month, day);
}

/** The weekday `name` nearest the reference day: on or before it, or after it when the text looks ahead. */
function nearestWeekday(name: string, reference: string, direction: 'past' | 'future' | 'next'): string {
  const target = weekdays.indexOf(lower(name)!);
  const today = weekday(reference);
  if (direction === 'past') return addDays(reference, -((today - target + 7) % 7));
  const ahead = (target - today + 7) % 7;
  return addDays(reference, direction === 'next' && ahead === 0 ? 7 : ahead === 0 ? 7 : ahead);
}

function countOf(word: string | undefined): number {
  const key = lower(word)!;
  return numbers[key] ?? Number(key);
}

function resolve(groups: Record<string, string | undefined>, anchor: Anchor): Resolution | undefined {
  const { published, previous } = anchor;
  if (groups['nightDates']) {
    const second = explicitDay(groups['nightDay2']!, groups['nightMonth2'], groups['nightYear'], anchor);
    if (!second) return undefined;
    return { value: addDays(second, -1), precision: 'night', until: second, basis: 'explicit' };
  }
  if (groups['nightWeekdays']) {
    const second = nearestWeekday(groups['nightTo']!, published, anchor.future ? 'future' : 'past');
    return { value: addDays(second, -1), precision: 'night', until: second, basis: 'publication' };
  }
  if (groups['range']) {
    const last = explicitDay(groups['rangeDay2']!, groups['rangeMonth2'], groups['rangeYear2'], anchor);
    if (!last) return undefined;
    const firstMonth = groups['rangeMonth1'] ?? groups['rangeMonth2'];
    const first = explicitDay(groups['rangeDay1']!, firstMonth, groups['rangeYear1'] ?? (monthNumber(firstMonth) <= Number(last.slice(5, 7)) ? last.slice(0, 4) : String(Number(last.slice(0, 4)) - 1)), anchor);
    if (!first || first > last) return undefined;
    return { value: first, precision: 'range', until: last, basis: 'explicit' };
  }
  if (groups['since']) {
    if (groups['sinceDay']) {
      const value = explicitDay(groups['sinceDay'], groups['sinceMonth'], groups['sinceYear'], { ...anchor, future: false });
      return value ? { value, precision: 'since', basis: 'explicit' } : undefined;
    }
    if (groups['sinceWeekdayDay']) {
      const value = explicitDay(groups['sinceWeekdayDay'], groups['sinceWeekdayMonth'], groups['sinceYear'], { ...anchor, future: false }, groups['sinceWeekday']);
      return value ? { value, precision: 'since', basis: 'explicit' } : undefined;
    }
    return { value: nearestWeekday(groups['sinceWeekday']!, published, 'past'), precision: 'since', basis: 'publication' };
  }
  if (groups['explicit']) {
    const value = explicitDay(groups['day']!, groups['month'], groups['year'], anchor, groups['explicitWeekday']);
    return value ? dayResolution(value, 'explicit', partOf(groups['explicitPart'])) : undefined;
  }
  if (groups['numeric']) {
    const day = Number(groups['numDay']);
    const month = Number(groups['numMonth']);
    const year = groups['numYear'] ? Number(groups['numYear']) : yearFor(month, day, anchor);
    return year !== undefined && month >= 1 && month <= 12 && isRealDay(year, month, day) ? { value: isoDay(year, month, day), precision: 'day', basis: 'explicit' } : undefined;
  }
  if (groups['iso']) {
    const [year, month, day] = [Number(groups['isoYear']), Number(groups['isoMonth']), Number(groups['isoDay'])];
    return isRealDay(year, month, day) ? { value: isoDay(year, month, day), precision: 'day', basis: 'explicit' } : undefined;
  }
  if (groups['english']) {
    const name = lower(groups['enMonth'])!.replace(/\.$/, '');
    const month = englishMonths.indexOf(name) + 1 || englishAbbreviations[name] || 0;
    const day = Number(groups['enDay']);
    const year = groups['enYear'] ? Number(groups['enYear']) : yearFor(month, day, anchor);
    return year !== undefined && month > 0 && isRealDay(year, month, day) ? { value: isoDay(year, month, day), precision: 'day', basis: 'explicit' } : undefined;
  }
  if (groups['thisYear']) {
    const which = lower(groups['thisYear'])!;
    const year = Number(published.slice(0, 4)) + (/prochain/u.test(which) ? 1 : /derni|pass/u.test(which) ? -1 : 0);
    return { value: String(year), precision: 'year', basis: 'publication' };
  }
  if (groups['monthEnd']) return { value: published.slice(0, 7), precision: 'month', monthPart: 'fin', basis: 'publication' };
  if (groups['ago']) {
    const count = countOf(groups['agoCount']);
    const unit = lower(groups['agoUnit'])!;
    if (unit === 'ans' || unit === 'années') return { value: String(Number(published.slice(0, 4)) - count), precision: 'year', basis: 'publication' };
    const days = unit.startsWith('semaine') ? 7 * count : count;
    return { value: addDays(published, -days), precision: 'day', basis: 'publication' };
  }
  if (groups['relative']) {
    if (!previous) return undefined;
    const count = countOf(groups['count']);
    const unit = lower(groups['unit'])!;
    const direction = lower(groups['direction'])!;
    const sign = direction === 'plus tard' || direction === 'après' ? 1 : -1;
    if (unit.startsWith('jour')) return { value: addDays(previous, sign * count), precision: 'day', basis: 'previous-date' };
    if (unit.startsWith('semaine')) return { value: addDays(previous, sign * 7 * count), precision: 'day', basis: 'previous-date' };
    return { value: shiftMonth(previous.slice(0, 7), sign * count), precision: 'month', basis: 'previous-date' };
  }
  if (groups['named']) {
    const named = lower(groups['named'])!;
    const reference = previous ?? published;
    if (named.startsWith('hier')) return dayResolution(addDays(published, -1), 'publication', partOf(groups['namedPart']));
    if (named === 'avant-hier') return dayResolution(addDays(published, -2), 'publication');
    if (named === "aujourd'hui") return dayResolution(published, 'publication');
    if (named === 'ce matin') return dayResolution(published, 'publication', 'matin');
    if (named === 'ce soir') return dayResolution(published, 'publication', 'soir');
    if (named === 'cet après-midi') return dayResolution(published, 'publication', 'après-midi');
    // With no day told yet, "la veille" is the day before the dispatch.
    if (named === 'la veille') return dayResolution(addDays(previous ?? published, -1), previous ? 'previous-date' : 'publication');
    if (named === "l'avant-veille") return previous ? dayResolution(addDays(previous, -2), 'previous-date') : undefined;
    if (named.startsWith('le lendemain')) return previous ? dayResolution(addDays(previous, 1), 'previous-date', partOf(groups['nextPart'])) : undefined;
    if (named === 'le surlendemain') return previous ? dayResolution(addDays(previous, 2), 'previous-date') : undefined;
    // "Après minuit", "cette nuit": the night that opens the day being told, else the publication day.
    return dayResolution(reference, previous ? 'previous-date' : 'publication', 'nuit');
  }
  if (groups['future']) return { value: null, precision: 'future', basis: 'publication' };
  if (groups['week']) {
    const which = lower(groups['weekWhich']);
    const offset = which === 'prochaine' ? 7 : which ? -7 : 0;
    return { value: isoWeek(addDays(published, offset)), precision: 'week', basis: 'publication' };
  }
  if (groups['monthRelative']) {
    const which = lower(groups['monthWhich']);
    const month = published.slice(0, 7);
    return { value: which === 'prochain' ? shiftMonth(month, 1) : which ? previousMonth(month) : month, precision: 'month', basis: 'publication' };
  }
  if (groups['monthPartExpr']) {
    const month = months.indexOf(lower(groups['partMonth'])!) + 1;
    const year = groups['partYear'] ? Number(groups['partYear']) : monthYear(month, anchor);
    const part: MonthPart = groups['partWord'] ? (lower(groups['partWord']) as MonthPart) : 'mi';
    return { value: `${year}-${String(month).padStart(2, '0')}`, precision: 'month', monthPart: part, basis: groups['partYear'] ? 'explicit' : 'publication' };
  }
  if (groups['monthYear']) {
    const month = months.indexOf(lower(groups['myMonth'])!) + 1;
    return { value: `${groups['myYear']}-${String(month).padStart(2, '0')}`, precision: 'month', basis: 'explicit' };
  }
  if (groups['inMonth']) {
    const month = months.indexOf(lower(groups['inMonthName'])!) + 1;
    return { value: `${monthYear(month, anchor)}-${String(month).padStart(2, '0')}`, precision: 'month', basis: 'publication' };
  }
  if (groups['weekdayExpr']) {
    const which = lower(groups['which']);
    const direction = which === 'prochain' ? 'next' : which === 'dernier' || which === 'passé' ? 'past' : anchor.future ? 'future' : 'past';
    const value = direction === 'past' && which ? nearestWeekday(groups['weekday']!, addDays(published, -1), 'past') : nearestWeekday(groups['weekday']!, published, direction);
    return dayResolution(value, 'publication', partOf(groups['weekdayPart']));
  }
  if (groups['standalonePart']) return dayResolution(previous ?? published, previous ? 'previous-date' : 'publication', partOf(groups['standalonePart']));
  if (groups['yearOnly']) return { value: groups['yearOnly'], precision: 'year', basis: 'explicit' };
  return undefined;
}

/** The year of a month named alone: the latest one not after the publication, unless the text looks ahead. */
function monthYear(month: number, anchor: Anchor): number {
  const year = Number(anchor.published.slice(0, 4));
  const publishedMonth = Number(anchor.published.slice(5, 7));
  if (anchor.future) return month >= publishedMonth ? year : year + 1;
  return month <= publishedMonth ? year : year - 1;
}
