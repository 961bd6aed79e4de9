import type { Contact } from '../domain/model';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { todayIn } from '../schedule/calendar';
import { effectiveCadence, regularCadenceOf } from '../schedule/cadence';
import { nextFollowUp } from '../schedule/follow-up';
import { dateReminderKeys } from '../schedule/important-dates';

/** The stores a write needs to keep `nextFollowUp` right, as any transaction that includes them offers them. */
export interface ScheduleStores {
  agreementsByContact: { getAll(contactId: string): Promise<Array<{ status: string }>> };
  settings: { get(key: 'app'): Promise<Settings | undefined> };
}

export interface ScheduleFacts {
  hasOpenAgreements: boolean;
  settings: Settings;
}

export async function readScheduleFacts(stores: ScheduleStores, contactId: string): Promise<ScheduleFacts> {
  const [agreements, settings] = await Promise.all([stores.agreementsByContact.getAll(contactId), stores.settings.get('app')]);
  return {
    hasOpenAgreements: agreements.some((agreement) => agreement.status === 'open'),
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

/**
 * Stores the effective next follow-up (kind rhythm, between-projects cadence and snooze included) and
 * the next reminder of each important date, so the badge is an index count.
 */
export function withFollowUp(contact: Contact, facts: ScheduleFacts, today: string = todayIn()): Contact {
  const cadence = effectiveCadence({
    contactCadence: regularCadenceOf(contact, facts.settings)?.cadence,
    contactBetweenProjectsCadence: contact.betweenProjectsCadence,
    hasOpenAgreements: facts.hasOpenAgreements,
    settings: facts.settings,
  });
  const next = { ...contact, nextFollowUp: nextFollowUp({ ...contact, cadence }) };
  if (next.nextFollowUp === undefined) delete next.nextFollowUp;
  return withDateReminders(next, today);
}

/** The contact with the index entries of its important dates' next reminders (none: the fields are gone). */
export function withDateReminders(contact: Contact, today: string): Contact {
  const { dateRemindFrom: _from, dateOccursOn: _on, ...rest } = contact;
  const keys = dateReminderKeys(contact.importantDates, today);
  return keys ? { ...rest, ...keys } : rest;
}
