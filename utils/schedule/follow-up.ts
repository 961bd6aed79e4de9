import type { Agreement, CalendarDate, Contact } from '../domain/model';
import { addDays, calendarDateOf } from './calendar';

export type FollowUpFacts = Pick<Contact, 'cadenceDays' | 'lastContactAt' | 'createdAt' | 'snoozedUntil'>;

/**
 * Last contact + cadence (so any logged call, meeting or email resets it), never before a snooze ends.
 * A contact without a cadence has no follow-up and is never overdue.
 */
export function nextFollowUp(contact: FollowUpFacts, timeZone?: string): CalendarDate | undefined {
  if (!contact.cadenceDays || contact.cadenceDays <= 0) return undefined;
  const from = calendarDateOf(contact.lastContactAt ?? contact.createdAt, timeZone);
  const due = addDays(from, contact.cadenceDays);
  return contact.snoozedUntil && contact.snoozedUntil > due ? contact.snoozedUntil : due;
}

export type FollowUpState = 'none' | 'scheduled' | 'due-today' | 'overdue';

export function followUpState(contact: Pick<Contact, 'nextFollowUp'>, today: CalendarDate): FollowUpState {
  if (!contact.nextFollowUp) return 'none';
  if (contact.nextFollowUp < today) return 'overdue';
  return contact.nextFollowUp === today ? 'due-today' : 'scheduled';
}

export function isAgreementOverdue(agreement: Pick<Agreement, 'status' | 'dueDate'>, today: CalendarDate): boolean {
  return agreement.status === 'open' && agreement.dueDate !== undefined && agreement.dueDate < today;
}
