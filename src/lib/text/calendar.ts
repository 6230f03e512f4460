/** Calendar arithmetic on ISO days ("2024-12-05"), in UTC so no time zone can shift a day. */

export function toDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDay: string, days: number): string {
  const date = toDate(isoDay);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDay(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(isoDay: string): number {
  return toDate(isoDay).getUTCDay();
}

export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
