import { addDays, isoDay, isRealDay, weekday } from '../text/calendar';

export type TemporalPrecision = 'day' | 'part-of-day' | 'approximate' | 'year' | 'future';
export type TimeOfDay = 'nuit' | 'matin' | 'après-midi' | 'soir';

/** A French temporal expression found in text and what it resolves to. */
export interface TemporalExpression {
  start: number;
  end: number;
  text: string;
  /** "YYYY-MM-DD", or "YYYY" for a year; null for the future ("dans les prochaines heures"). */
  value: string | null;
  precision: TemporalPrecision;
  timeOfDay?: TimeOfDay;
  /** What the value was computed from: the expression alone, the publication date, or the last date before it. */
  basis: 'explicit' | 'publication' | 'previous-date';
}

export interface DateContext {
  /** The article's publication day. */
  published: string;
  /** The last day the text named before this point, for "la veille" and "trois jours plus tard". */
  previous?: string;
}

const weekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const numbers: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30 };
const partsOfDay: Record<string, TimeOfDay> = { matin: 'matin', 'après-midi': 'après-midi', soir: 'soir', nuit: 'nuit', 'dans la nuit': 'nuit', 'en soirée': 'soir', 'en fin de journée': 'soir' };

const words = (list: readonly string[]) => list.join('|');
const weekdayGroup = `(?<weekday>${words(weekdays)})`;
const partGroup = `(?:\\s+(?<part>${words(Object.keys(partsOfDay))}))?`;
const numberWord = `(?<count>\\d{1,3}|${words(Object.keys(numbers))})`;

/**
 * One alternative per kind of expression, longest first. `(?<!…)` and `(?!…)` keep matches to
 * whole words; the `i` flag accepts a capital at a sentence start ("Mercredi matin").
 */
const pattern = new RegExp(
  [
    `(?<explicit>(?:${weekdayGroup.replace('weekday', 'explicitWeekday')}\\s+)?(?<day>1er|[12]\\d|3[01]|0?[1-9])\\s+(?<month>${words(months)})(?:\\s+(?<year>\\d{4}))?)`,
    `(?<relative>${numberWord}\\s+(?<unit>jours?|semaines?|mois)\\s+(?<direction>plus\\s+tard|plus\\s+tôt|auparavant))`,
    `(?<named>avant-hier|hier(?:\\s+(?<namedPart>soir|matin))?|aujourd['’]hui|la\\s+veille|le\\s+lendemain|après\\s+minuit|cette\\s+nuit)`,
    `(?<future>dans\\s+les\\s+(?:prochaines\\s+heures|prochains\\s+jours|heures\\s+qui\\s+viennent|jours\\s+qui\\s+viennent))`,
    `${weekdayGroup}${partGroup}`,
    `(?<yearOnly>(?<=\\ben\\s)\\d{4})`,
  ].join('|'),
  'giu',
);
const boundary = /[\p{L}\p{N}]/u;

/**
 * Finds the temporal expressions of a block of text, resolving each against the publication date
 * and the last date named before it. Returns them in order, and the last day named, for the next block.
 */
export function findDates(text: string, context: DateContext): { expressions: TemporalExpression[]; unresolved: { start: number; text: string }[]; previous: string | undefined } {
  const expressions: TemporalExpression[] = [];
  const unresolved: { start: number; text: string }[] = [];
  let previous = context.previous;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if ((start > 0 && boundary.test(text[start - 1]!)) || (end < text.length && boundary.test(text[end]!))) continue;
    const resolved = resolve(match.groups!, context.published, previous);
    if (!resolved) {
      unresolved.push({ start, text: match[0] });
      continue;
    }
    expressions.push({ start, end, text: match[0], ...resolved });
    if (resolved.value && resolved.value.length === 10) previous = resolved.value;
  }
  return { expressions, unresolved, previous };
}

type Resolution = Omit<TemporalExpression, 'start' | 'end' | 'text'>;

function resolve(groups: Record<string, string | undefined>, published: string, previous: string | undefined): Resolution | undefined {
  const lower = (value: string | undefined) => value?.toLocaleLowerCase('fr').replace(/\s+/g, ' ');
  if (groups['explicit']) {
    const day = groups['day'] === '1er' ? 1 : Number(groups['day']);
    const month = months.indexOf(lower(groups['month'])!) + 1;
    const publishedYear = Number(published.slice(0, 4));
    let year = groups['year'] ? Number(groups['year']) : publishedYear;
    if (!groups['year'] && isoDay(year, month, day) > published) year -= 1;
    if (!isRealDay(year, month, day)) return undefined;
    return { value: isoDay(year, month, day), precision: 'day', basis: 'explicit' };
  }
  if (groups['relative']) {
    if (!previous) return undefined;
    const countWord = lower(groups['count'])!;
    const count = numbers[countWord] ?? Number(countWord);
    const unit = lower(groups['unit'])!;
    const sign = lower(groups['direction'])!.startsWith('plus tard') ? 1 : -1;
    if (unit.startsWith('jour')) return { value: addDays(previous, sign * count), precision: 'day', basis: 'previous-date' };
    const days = unit.startsWith('semaine') ? 7 * count : 30 * count;
    return { value: addDays(previous, sign * days), precision: 'approximate', basis: 'previous-date' };
  }
  if (groups['named']) {
    const named = lower(groups['named'])!.replace('’', "'");
    if (named.startsWith('hier')) {
      const part = lower(groups['namedPart']);
      return { value: addDays(published, -1), precision: part ? 'part-of-day' : 'day', ...(part ? { timeOfDay: partsOfDay[part]! } : {}), basis: 'publication' };
    }
    if (named === 'avant-hier') return { value: addDays(published, -2), precision: 'day', basis: 'publication' };
    if (named === "aujourd'hui") return { value: published, precision: 'day', basis: 'publication' };
    if (named === 'la veille') return previous ? { value: addDays(previous, -1), precision: 'day', basis: 'previous-date' } : undefined;
    if (named === 'le lendemain') return previous ? { value: addDays(previous, 1), precision: 'day', basis: 'previous-date' } : undefined;
    // "Après minuit", "cette nuit": the night that opens the day being told, else the publication day.
    return { value: previous ?? published, precision: 'part-of-day', timeOfDay: 'nuit', basis: previous ? 'previous-date' : 'publication' };
  }
  if (groups['future']) return { value: null, precision: 'future', basis: 'publication' };
  if (groups['weekday']) {
    const target = weekdays.indexOf(lower(groups['weekday'])!);
    const back = (weekday(published) - target + 7) % 7;
    const part = lower(groups['part']);
    return { value: addDays(published, -back), precision: part ? 'part-of-day' : 'day', ...(part ? { timeOfDay: partsOfDay[part]! } : {}), basis: 'publication' };
  }
  if (groups['yearOnly']) return { value: groups['yearOnly'], precision: 'year', basis: 'explicit' };
  return undefined;
}
