import { addDays, addMonths, startOfWeek, weekdayOf, zonedToInstant, type CivilDate } from '../../utils/zoned-time';

export type CalendarView = 'week' | 'month';

export interface CalendarRange {
  /** The days shown, Monday first, in whole weeks. */
  days: CivilDate[];
  /** The first instant shown and the first one after, in the calendar's time zone. */
  from: Date;
  to: Date;
}

/** The week (Mon–Sun) around `anchor`, or the whole weeks that cover its month. */
export function rangeFor(view: CalendarView, anchor: CivilDate, timeZone: string): CalendarRange {
  const first = view === 'week' ? startOfWeek(anchor) : startOfWeek({ ...anchor, day: 1 });
  let count = 7;
  if (view === 'month') {
    const nextMonth = addMonths(anchor, 1);
    const lastDay = addDays(nextMonth, -1);
    const end = addDays(lastDay, 6 - weekdayOf(lastDay));
    count =
      Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(first.year, first.month - 1, first.day)) / 86_400_000) +
      1;
  }
  const days = Array.from({ length: count }, (_, i) => addDays(first, i));
  const after = addDays(days[days.length - 1], 1);
  return {
    days,
    from: zonedToInstant({ ...first, hour: 0, minute: 0 }, timeZone),
    to: zonedToInstant({ ...after, hour: 0, minute: 0 }, timeZone),
  };
}

/** The anchor one step back or forward. */
export function step(view: CalendarView, anchor: CivilDate, direction: -1 | 1): CivilDate {
  return view === 'week' ? addDays(anchor, 7 * direction) : addMonths(anchor, direction);
}
