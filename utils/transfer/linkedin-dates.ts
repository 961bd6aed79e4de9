import type { CalendarDate } from '../domain/model';
import { isCalendarDate } from '../schedule/calendar';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * LinkedIn's "Connected On": `07 Dec 2025` / `1 Jan 2026` (since ~2020) or `1/8/18, 6:14 PM`
 * (2018, US month/day/year). Undefined when it is neither or not a real date.
 */
export function parseConnectedOn(value: string): CalendarDate | undefined {
  const text = value.trim();
  const named = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS.indexOf((named[2] ?? '').toLowerCase()) + 1;
    return month ? calendarDate(Number(named[3]), month, Number(named[1])) : undefined;
  }
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?$/i.exec(text);
  if (numeric) {
    const year = Number(numeric[3]);
    return calendarDate(year < 100 ? 2000 + year : year, Number(numeric[1]), Number(numeric[2]));
  }
  return undefined;
}

function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}
