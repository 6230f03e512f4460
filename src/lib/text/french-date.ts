/** French month and weekday names, lower case, January and Sunday first (as Date numbers them). */
export const frenchMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;
export const frenchWeekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

function utc(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** "jeudi 5 décembre 2024"; the first of the month is written "1er" as French typography wants. */
export function formatLongDay(isoDay: string): string {
  return firstOfMonth(dayFormat.format(utc(isoDay)));
}

/** "5 décembre 2024". */
export function formatDay(isoDay: string): string {
  return firstOfMonth(shortFormat.format(utc(isoDay)));
}

function firstOfMonth(text: string): string {
  return text.replace(/(^|\s)1 (?=\p{L})/u, '$11er ');
}

const precisionWords: Record<string, string> = {
  day: '',
  approximate: 'vers le ',
  month: 'en ',
};

/** A publication date with its precision, as a reader should read it ("vers le 5 décembre 2024"). */
export function formatPublished(isoDay: string, precision: 'day' | 'approximate' | 'month'): string {
  if (precision === 'month') return `en ${new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(utc(isoDay))}`;
  return `${precisionWords[precision]}${formatDay(isoDay)}`;
}

/** How an event's date reads: "jeudi 5 décembre 2024, soir", "vers le 6 décembre 2024", "du 30 novembre au 1er décembre 2024". */
export function formatEventDate(event: { date: string; datePrecision: string; endDate?: string | undefined; timeOfDay?: string | undefined }): string {
  if (event.datePrecision === 'range' && event.endDate) return `du ${formatDay(event.date).replace(/ \d{4}$/, '')} au ${formatDay(event.endDate)}`;
  if (event.datePrecision === 'approximate') return `vers le ${formatDay(event.date)}`;
  return `${formatLongDay(event.date)}${event.timeOfDay ? `, ${event.timeOfDay}` : ''}`;
}
