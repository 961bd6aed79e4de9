import type { CalendarDate, Timestamp } from '../domain/model';
import { daysBetween, todayIn } from '../schedule/calendar';
import { dateFormat, relativeTimeFormat } from './formatters';

/** "today", "yesterday", "3 weeks ago", "vor 2 Monaten": calendar days, in the UI language. */
export function relativeDay(date: CalendarDate, language: string, today: CalendarDate = todayIn()): string {
  const days = daysBetween(today, date);
  const format = relativeTimeFormat(language, { numeric: 'auto' });
  const size = Math.abs(days);
  if (size < 14) return format.format(days, 'day');
  if (size < 60) return format.format(Math.round(days / 7), 'week');
  if (size < 730) return format.format(Math.round(days / 30.44), 'month');
  return format.format(Math.round(days / 365.25), 'year');
}

export function formatDate(date: CalendarDate, language: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export function formatMoment(at: Timestamp, language: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
