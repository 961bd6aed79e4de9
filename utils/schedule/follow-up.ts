import type { Agreement, CalendarDate, Contact } from '../domain/model';
import { calendarDateOf, daysBetween, isCalendarDate, laterDate } from './calendar';
import { addCadence, toCadence } from './cadence';

/** `cadence` is the one to schedule with: the contact's own, or the result of `effectiveCadence` (between projects). */
export type FollowUpFacts = Pick<Contact, 'cadence' | 'lastContactAt' | 'createdAt' | 'snoozedUntil'>;

/**
 * Last contact + cadence (so any logged call, meeting or email resets it), never before a snooze ends.
 * Counted from the calendar date of the last contact (or of the contact's creation) in `timeZone`.
 * A contact without a cadence has no follow-up and is never overdue.
 * A snooze is the contact's `snoozedUntil`; getting in touch should clear it (the data layer does).
 */
export function nextFollowUp(contact: FollowUpFacts, timeZone?: string): CalendarDate | undefined {
  const cadence = toCadence(contact.cadence);
  if (!cadence) return undefined;
  const from = calendarDateOf(contact.lastContactAt ?? contact.createdAt, timeZone);
  const due = addCadence(from, cadence);
  const snoozed = contact.snoozedUntil;
  return snoozed !== undefined && isCalendarDate(snoozed) ? laterDate(due, snoozed) : due;
}

export type FollowUpState = 'none' | 'scheduled' | 'due-today' | 'overdue';

export function followUpState(contact: Pick<Contact, 'nextFollowUp'>, today: CalendarDate): FollowUpState {
  if (!contact.nextFollowUp) return 'none';
  if (contact.nextFollowUp < today) return 'overdue';
  return contact.nextFollowUp === today ? 'due-today' : 'scheduled';
}

/** Days past a due date: 0 on the day, negative while still ahead. */
export function daysOverdue(dueDate: CalendarDate, today: CalendarDate): number {
  return daysBetween(dueDate, today);
}

/** An open agreement whose due date has passed (due today is not overdue yet). */
export function isAgreementOverdue(agreement: Pick<Agreement, 'status' | 'dueDate'>, today: CalendarDate): boolean {
  return agreement.status === 'open' && agreement.dueDate !== undefined && agreement.dueDate < today;
}
