import { scaleBand, scaleLinear } from 'd3-scale';
import { dayOfMonth, round, shortDay } from './numbers';

export interface DayCount {
  date: string;
  events: number;
  statements: number;
}

export interface DayStrip {
  width: number;
  height: number;
  layout: 'wide' | 'narrow';
  /** `month` under the first day of each month (narrow layout, where days show their number only). */
  bars: { date: string; label: string; month?: string | undefined; x: number; center: number; width: number; eventsY: number; eventsHeight: number; statementsY: number; statementsHeight: number }[];
}

/**
 * The chronology at a glance: one column per day, events stacked under statements.
 * Computed once at build time; the SVG reads without JavaScript.
 */
export function dayStrip(days: readonly DayCount[], width = 720, height = 96, layout: 'wide' | 'narrow' = 'wide'): DayStrip {
  const narrow = layout === 'narrow';
  const labelHeight = narrow ? 36 : 18;
  const x = scaleBand<string>().domain(days.map((day) => day.date)).range([0, width]).paddingInner(0.15);
  const max = Math.max(1, ...days.map((day) => day.events + day.statements));
  const y = scaleLinear().domain([0, max]).range([0, height - labelHeight - 4]);
  const baseline = height - labelHeight;
  return {
    width,
    height,
    layout,
    bars: days.map((day, index) => {
      const eventsHeight = y(day.events);
      const statementsHeight = y(day.statements);
      return {
        date: day.date,
        label: narrow ? dayOfMonth(day.date) : shortDay(day.date),
        month: narrow && (index === 0 || day.date.endsWith('-01')) ? shortDay(day.date).split('\u00a0')[1] : undefined,
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
