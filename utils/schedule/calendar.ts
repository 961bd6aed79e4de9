import type { CalendarDate, Timestamp } from '../domain/model';

/**
 * Calendar dates (`YYYY-MM-DD`, years 0000–9999) in the user's time zone.
 * Follow-ups are about days, not instants: all arithmetic here is on dates, so a DST change, a
 * late-evening interaction or a flight to another zone never shifts a due date by an hour's worth of day.
 */

const MS_PER_DAY = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const SYSTEM_ZONE_TTL_MS = 60_000;
let systemZone: { zone: string; checkedAt: number } | undefined;

/**
 * The system's time zone, looked up again at most once a minute: a page that stays open while the
 * user flies (a sidebar in a Gmail tab) follows the new zone, without the cost of a lookup per call.
 */
export function systemTimeZone(): string {
  const now = Date.now();
  if (!systemZone || Math.abs(now - systemZone.checkedAt) > SYSTEM_ZONE_TTL_MS) {
    systemZone = { zone: new Intl.DateTimeFormat().resolvedOptions().timeZone, checkedAt: now };
  }
  return systemZone.zone;
}

/** The calendar date a moment falls on in a time zone (default: the system's). Throws RangeError for an unknown zone. */
export function calendarDateOf(at: Timestamp, timeZone?: string): CalendarDate {
  const parts = formatterFor(timeZone ?? systemTimeZone()).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

export function todayIn(timeZone?: string, now: Timestamp = Date.now()): CalendarDate {
  return calendarDateOf(now, timeZone);
}

export function isCalendarDate(value: string): value is CalendarDate {
  return dayNumberOf(value) !== undefined;
}

/** Calendar arithmetic: days are days, whatever the clocks do. Throws RangeError on a malformed date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isFinite(days)) throw new RangeError(`Not a number of days: ${days}.`);
  return dateOfDayNumber(requireDayNumber(date) + Math.trunc(days));
}

/** Whole days from `from` to `to` (positive when `to` is later). Throws RangeError on a malformed date. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return requireDayNumber(to) - requireDayNumber(from);
}

/**
 * Calendar months later (or earlier), the day clamped to the target month's end:
 * Jan 31 + 1 → Feb 28 (Feb 29 in a leap year), Feb 29 2028 + 12 → Feb 28 2029, Mar 31 + 1 → Apr 30.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isFinite(months)) throw new RangeError(`Not a number of months: ${months}.`);
  const [year, month, day] = requireParts(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  if (index < 0) throw new RangeError('Date out of range (years 0000–9999).');
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dateOfDayNumber(dayNumber(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))));
}

/** 28–31; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The later of two dates (dates sort as strings). */
export function laterDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

function partsOf(value: string): [number, number, number] | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

function requireParts(value: string): [number, number, number] {
  const parts = partsOf(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}.`);
  return parts;
}

function dayNumberOf(value: string): number | undefined {
  const parts = partsOf(value);
  return parts && dayNumber(...parts);
}

function requireDayNumber(value: string): number {
  return dayNumber(...requireParts(value));
}

/** Days since 1970-01-01. `setUTCFullYear`, unlike `Date.UTC`, does not read years 0–99 as 1900–1999. */
function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function dateOfDayNumber(days: number): CalendarDate {
  const date = new Date(days * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError('Date out of range (years 0000–9999).');
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
