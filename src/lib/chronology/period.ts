import { addDays } from '../text/calendar';

/** The days Chronique tells, one page each, even when no source covers a day. */
export const period = { start: '2024-11-27', end: '2024-12-08' } as const;

/** Every ISO day from `start` to `end`, both included. */
export function daysBetweenInclusive(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}
