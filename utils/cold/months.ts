import type { CalendarDate, Timestamp } from '../domain/model';
import { addMonths, calendarDateOf, daysBetween } from '../schedule/calendar';

/** `YYYY-MM`. */
export type CalendarMonth = string;

/** Calendar months ending with the current one, and the instants they start at in the user's time zone. */
export interface MonthWindow {
  /** Oldest first; the last one is the month of `today`. */
  months: CalendarMonth[];
  /** `months.length + 1` instants: each month's first moment, then the first moment after the last month. */
  bounds: Timestamp[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The first instant of a calendar date in a time zone (midnight, or the first moment after a gap when a
 * clock change skips midnight). Every time zone is within 14 hours of UTC, so a search between those bounds
 * finds it whatever the zone's rules.
 */
export function startOfDay(date: CalendarDate, timeZone?: string): Timestamp {
  const utcMidnight = utcDayStart(date);
  let low = utcMidnight - 15 * HOUR; // before the date begins anywhere
  let high = utcMidnight + 15 * HOUR; // the date has begun everywhere
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (calendarDateOf(middle, timeZone) >= date) high = middle;
    else low = middle;
  }
  return high;
}

/** The `count` calendar months ending with the month of `today`. */
export function monthWindow(today: CalendarDate, count: number, timeZone?: string): MonthWindow {
  const firstOfThisMonth = `${today.slice(0, 7)}-01`;
  const firsts: CalendarDate[] = [];
  for (let back = count - 1; back >= -1; back -= 1) firsts.push(addMonths(firstOfThisMonth, -back));
  return { months: firsts.slice(0, count).map((first) => first.slice(0, 7)), bounds: firsts.map((first) => startOfDay(first, timeZone)) };
}

/** How many of `times` (from index `from` to before `to`) fall in each month of the window (times outside it are not counted). */
export function countPerMonth(times: ArrayLike<Timestamp>, window: MonthWindow, from = 0, to = times.length): number[] {
  const counts = new Array<number>(window.months.length).fill(0);
  const { bounds } = window;
  const first = bounds[0] ?? Infinity;
  const end = bounds[bounds.length - 1] ?? -Infinity;
  for (let index = from; index < to; index += 1) {
    const at = times[index] ?? Number.NaN;
    if (!(at >= first && at < end)) continue;
    let low = 0;
    let high = bounds.length - 1; // bounds[low] <= at < bounds[high]
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (at >= (bounds[middle] ?? Infinity)) low = middle;
      else high = middle;
    }
    counts[low] = (counts[low] ?? 0) + 1;
  }
  return counts;
}

/**
 * Whole calendar days from the date of a moment (where the user is) to `today`, as
 * `daysBetween(calendarDateOf(at), today)` but without a time-zone lookup per moment: within a month of the
 * window whose first and last moments have the same UTC offset, the local date is the UTC date of
 * `at + offset`. Moments in a month with a clock change, or outside the window, are looked up.
 */
export function dayCounter(today: CalendarDate, window: MonthWindow, timeZone?: string): (at: Timestamp) => number {
  const { months, bounds } = window;
  const todayNumber = utcDayStart(today) / DAY;
  const offsets = months.map((month, index) => {
    const next = months[index + 1] ?? addMonths(`${month}-01`, 1).slice(0, 7);
    const start = utcDayStart(`${month}-01`) - (bounds[index] ?? Number.NaN);
    const end = utcDayStart(`${next}-01`) - (bounds[index + 1] ?? Number.NaN);
    return start === end ? start : undefined;
  });
  const first = bounds[0] ?? Infinity;
  const end = bounds[bounds.length - 1] ?? -Infinity;
  return (at) => {
    if (at >= first && at < end) {
      let low = 0;
      let high = bounds.length - 1;
      while (high - low > 1) {
        const middle = (low + high) >> 1;
        if (at >= (bounds[middle] ?? Infinity)) low = middle;
        else high = middle;
      }
      const offset = offsets[low];
      if (offset !== undefined) return todayNumber - Math.floor((at + offset) / DAY);
    }
    return daysBetween(calendarDateOf(at, timeZone), today);
  };
}

function utcDayStart(date: CalendarDate): Timestamp {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/** The last `count` entries of a month series (the sidebar's 12 of the view's 24). */
export function lastMonths<T>(series: readonly T[], count: number): T[] {
  return series.slice(Math.max(0, series.length - count));
}
