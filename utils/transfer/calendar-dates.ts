import type { CalendarDate, Contact, ImportantDate } from '../domain/model';
import { datePartsOf, formatDateParts, occurrenceInYear, repeatsYearly } from '../schedule/important-dates';

export interface DateEvent {
  uid: string;
  /** DTSTART: the date itself when its year is known, else its day in this year. */
  start: CalendarDate;
  stamp: string;
  summary: string;
  /** RRULE of a yearly date. */
  rule: string;
  once: boolean;
  remindDaysBefore: number;
}

/**
 * The calendar events of a contact's important dates. A yearly date repeats with FREQ=YEARLY; a
 * 29 February with BYMONTH=2;BYMONTHDAY=-1, so it falls on the 28th in common years (a plain yearly
 * rule would skip those years, RFC 5545 §3.3.10). A project happens once and is only written while
 * its day is today or ahead.
 */
export function importantDateEvents(
  contact: Pick<Contact, 'id' | 'displayName' | 'importantDates'>,
  today: CalendarDate,
  stamp: string,
  label: (date: ImportantDate, contactName: string) => string,
): DateEvent[] {
  const events: DateEvent[] = [];
  for (const date of contact.importantDates ?? []) {
    const parts = datePartsOf(date.date);
    if (!parts) continue;
    const base = { uid: `date-${contact.id}-${date.id}`, stamp, summary: label(date, contact.displayName), remindDaysBefore: date.remindDaysBefore };
    if (!repeatsYearly(date.kind)) {
      const day = formatDateParts(parts);
      if (parts.year !== undefined && day >= today) events.push({ ...base, start: day, rule: '', once: true });
      continue;
    }
    const leapDay = parts.month === 2 && parts.day === 29;
    const start = parts.year !== undefined ? formatDateParts(parts) : occurrenceInYear(parts, Number(today.slice(0, 4)));
    const rule = leapDay ? 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'FREQ=YEARLY';
    events.push({ ...base, start, rule, once: false });
  }
  return events;
}
