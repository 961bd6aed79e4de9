import type { CalendarDate, Contact } from '../domain/model';
import { updateContact } from './contacts-repo';
import type { RapportDatabase } from './open';

/** Marks one occurrence of a contact's important date as done: its reminder goes, next year's will come. */
export async function markDateHandled(
  db: RapportDatabase,
  contactId: string,
  dateId: string,
  occursOn: CalendarDate,
  now = Date.now(),
): Promise<Contact> {
  const contact = await db.get('contacts', contactId);
  const dates = contact?.importantDates ?? [];
  if (!dates.some((date) => date.id === dateId)) throw new Error(`No important date ${dateId} for this contact.`);
  const importantDates = dates.map((date) =>
    date.id === dateId && (date.handledOn === undefined || date.handledOn < occursOn) ? { ...date, handledOn: occursOn } : date,
  );
  return updateContact(db, contactId, { importantDates }, now);
}
