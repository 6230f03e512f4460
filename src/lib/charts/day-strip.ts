import { scaleBand, scaleLinear } from 'd3-scale';
import { round, shortDay } from './numbers';

export interface DayCount {
  date: string;
  events: number;
  statements: number;
}

export interface DayStrip {
  width: number;
  height: number;
  bars: { date: string; label: string; x: number; center: number; width: number; eventsY: number; eventsHeight: number; statementsY: number; statementsHeight: number }[];
}

/**
 * The chronology at a glance: one column per day, events stacked under statements.
 * Computed once at build time; the SVG reads without JavaScript.
 */
export function dayStrip(days: readonly DayCount[], width = 720, height = 96): DayStrip {
  const labelHeight = 18;
  const x = scaleBand<string>().domain(days.map((day) => day.date)).range([0, width]).paddingInner(0.15);
  const max = Math.max(1, ...days.map((day) => day.events + day.statements));
  const y = scaleLinear().domain([0, max]).range([0, height - labelHeight - 4]);
  const baseline = height - labelHeight;
  return {
    width,
    height,
    bars: days.map((day) => {
      const eventsHeight = y(day.events);
      const statementsHeight = y(day.statements);
      return {
        date: day.date,
        label: shortDay(day.date),
        x: round(x(day.date)!),
        center: round(x(day.date)! + x.bandwidth() / 2),
        width: round(x.bandwidth()),
        eventsY: round(baseline - eventsHeight),
        eventsHeight: round(eventsHeight),
        statementsY: round(baseline - eventsHeight - statementsHeight),
        statementsHeight: round(statementsHeight),
      };
    }),
  };
}
