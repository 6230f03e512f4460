import { addDays, toDate, weekday } from './calendar';

/** The ISO 8601 week of a day: "2024-W48" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(isoDay: string): string {
  const thursday = addDays(isoDay, 3 - ((weekday(isoDay) + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04`, 3 - ((weekday(`${year}-01-04`) + 6) % 7));
  const week = 1 + Math.round((toDate(thursday).getTime() - toDate(firstThursday).getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** "2024-12" moved by `months` months: shiftMonth("2024-12", 1) = "2025-01". */
export function shiftMonth(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}
