import { timeFormatLocale } from 'd3-time-format';
import { frenchMonths, frenchWeekdays } from '../text/french-date';

/** Coordinates rounded to 0.01: enough for the eye, and two builds give byte-identical SVG. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** d3's French dates: "5 déc. 2024". */
export const frenchTime = timeFormatLocale({
  dateTime: '%A %e %B %Y à %X',
  date: '%d/%m/%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: [...frenchWeekdays],
  shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  months: [...frenchMonths],
  shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
});

/** "27", "1er": the day of the month as French writes it (the first is "premier"). */
export const dayOfMonth = (isoDay: string) => (Number(isoDay.slice(8, 10)) === 1 ? '1er' : String(Number(isoDay.slice(8, 10))));

/** "5 déc.", "1er déc." for an ISO day, in UTC. */
export const shortDay = (isoDay: string) => `${dayOfMonth(isoDay)}\u00a0${frenchTime.utcFormat('%b')(new Date(`${isoDay}T00:00:00Z`))}`;
