import type { CalendarDate, ImportantDate, ImportantDateKind } from '../domain/model';
import { addDays, daysBetween, daysInMonth, isCalendarDate } from './calendar';

/**
 * Birthdays, anniversaries of working together, completed projects and custom dates. All of it is
 * calendar arithmetic on `YYYY-MM-DD` in the user's time zone: the caller says what today is.
 *
 * - Yearly dates (all but `project`) come back every year on the same month and day. A 29 February
 *   comes on 28 February in years without one (the day before March, as German law counts a
 *   birthday's year, §188 BGB).
 * - A date without a year (`--MM-DD`) repeats from this year on; with a year, from the year after
 *   (the first birthday, the first year of working together).
 * - `project` happens once, on its date.
 * - A reminder shows from `remindDaysBefore` days before the day until the day itself, unless the user
 *   marked that occurrence done (`handledOn`).
 */

export const MAX_REMIND_DAYS_BEFORE = 60;
/** Kinds that need a year: years of working together are counted, a project happened on one day. */
export const KINDS_WITH_YEAR: ReadonlySet<ImportantDateKind> = new Set(['anniversary', 'project']);

const YEARLESS = /^--(\d{2})-(\d{2})$/;

export interface DateParts {
  year?: number;
  month: number;
  day: number;
}

/** `YYYY-MM-DD` or `--MM-DD` (29 February allowed without a year); anything else: undefined. */
export function datePartsOf(value: string): DateParts | undefined {
  const yearless = YEARLESS.exec(value);
  if (yearless) {
    const [month, day] = [Number(yearless[1]), Number(yearless[2])];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month) ? { month, day } : undefined;
  }
  if (!isCalendarDate(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function isImportantDateValue(value: string, kind?: ImportantDateKind): boolean {
  const parts = datePartsOf(value);
  return parts !== undefined && (kind === undefined || !KINDS_WITH_YEAR.has(kind) || parts.year !== undefined);
}

/** `YYYY-MM-DD`, or `--MM-DD` without a year. */
export function formatDateParts({ year, month, day }: DateParts): string {
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === undefined ? `--${md}` : `${String(year).padStart(4, '0')}-${md}`;
}

/** The day a month and day fall on in a year: 29 February is 28 February in a common year. */
export function occurrenceInYear(parts: Pick<DateParts, 'month' | 'day'>, year: number): CalendarDate {
  const day = Math.min(parts.day, daysInMonth(year, parts.month));
  return formatDateParts({ year, month: parts.month, day });
}

export const repeatsYearly = (kind: ImportantDateKind) => kind !== 'project';

/**
 * The next day the date falls on, today included, that the user has not marked done; undefined for a
 * project in the past or a malformed date.
 */
export function nextOccurrence(date: Pick<ImportantDate, 'kind' | 'date' | 'handledOn'>, today: CalendarDate): CalendarDate | undefined {
  const parts = datePartsOf(date.date);
  if (!parts || !isCalendarDate(today)) return undefined;
  const handled = date.handledOn !== undefined && isCalendarDate(date.handledOn) ? date.handledOn : undefined;
  const notBefore = handled && handled >= today ? addDays(handled, 1) : today;
  if (!repeatsYearly(date.kind)) {
    if (parts.year === undefined) return undefined;
    const once = formatDateParts(parts);
    return once >= notBefore ? once : undefined;
  }
  const fromYear = Math.max(Number(notBefore.slice(0, 4)), parts.year === undefined ? 0 : parts.year + 1);
  for (let year = fromYear; year <= fromYear + 1 && year <= 9999; year += 1) {
    const candidate = occurrenceInYear(parts, year);
    if (candidate >= notBefore) return candidate;
  }
  return undefined;
}

export interface UpcomingDate {
  date: ImportantDate;
  occursOn: CalendarDate;
  /** First day the reminder shows. */
  remindFrom: CalendarDate;
  /** 0 on the day. */
  daysUntil: number;
  /** Years since the date's year on this occurrence (age, years of working together), when the year is known. */
  years?: number;
}

export function upcomingOf(date: ImportantDate, today: CalendarDate): UpcomingDate | undefined {
  const occursOn = nextOccurrence(date, today);
  if (!occursOn) return undefined;
  const year = datePartsOf(date.date)?.year;
  const years = year !== undefined && repeatsYearly(date.kind) ? Number(occursOn.slice(0, 4)) - year : undefined;
  return {
    date,
    occursOn,
    remindFrom: addDays(occursOn, -remindDays(date.remindDaysBefore)),
    daysUntil: daysBetween(today, occursOn),
    ...(years !== undefined ? { years } : {}),
  };
}

/** The dates whose reminder shows today, the soonest first. */
export function datesDueOn(dates: readonly ImportantDate[] | undefined, today: CalendarDate): UpcomingDate[] {
  return (dates ?? [])
    .map((date) => upcomingOf(date, today))
    .filter((upcoming): upcoming is UpcomingDate => upcoming !== undefined && upcoming.remindFrom <= today)
    .sort((a, b) => a.daysUntil - b.daysUntil || a.date.id.localeCompare(b.date.id));
}

const remindDays = (value: number) =>
  Number.isFinite(value) ? Math.min(MAX_REMIND_DAYS_BEFORE, Math.max(0, Math.trunc(value))) : 0;

export interface DateReminderKeys {
  dateRemindFrom: string[];
  dateOccursOn: string[];
}

const KEY_SEPARATOR = '~';

/** The index entries of a contact's dates: their next occurrence's first reminder day and the day itself. */
export function dateReminderKeys(dates: readonly ImportantDate[] | undefined, today: CalendarDate): DateReminderKeys | undefined {
  const upcoming = (dates ?? []).map((date) => upcomingOf(date, today)).filter((u): u is UpcomingDate => u !== undefined);
  if (upcoming.length === 0) return undefined;
  return {
    dateRemindFrom: upcoming.map((u) => `${u.remindFrom}${KEY_SEPARATOR}${u.date.id}`),
    dateOccursOn: upcoming.map((u) => `${u.occursOn}${KEY_SEPARATOR}${u.date.id}`),
  };
}

/** Index range of reminders showing on `today` or earlier: every key whose date part is at most today. */
export function keysUpTo(today: CalendarDate, open = false): { upper: string; open: boolean } {
  // `~` sorts after the digits and `-`; `today~` is below every `today~<id>` key.
  return open ? { upper: `${today}${KEY_SEPARATOR}`, open: true } : { upper: `${today}${KEY_SEPARATOR}\uffff`, open: false };
}

/**
 * The anniversary of working together, as first suggested: the day of the first interaction or the
 * first agreement, whichever came first.
 */
export function workingSince(firstDays: ReadonlyArray<CalendarDate | undefined>): CalendarDate | undefined {
  const days = firstDays.filter((day): day is CalendarDate => day !== undefined && isCalendarDate(day)).sort();
  return days[0];
}
