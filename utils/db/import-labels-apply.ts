import type { Contact, ImportantDate } from '../domain/model';
import type { Settings } from '../domain/settings';
import { uniqueTags } from '../domain/tags';
import type { ImportedDate } from '../transfer/import-labels-dates';
import { withFollowUp } from './follow-up-sync';

/**
 * Adds an import's tags (in the spelling the address book already uses) and dates (each with an id,
 * reminded on the day) to a contact, and refreshes what they schedule.
 */
export function withLabelsAndDates(
  contact: Contact,
  adds: { tags?: readonly string[]; importantDates?: readonly ImportedDate[] },
  spellings: ReadonlyMap<string, string>,
  settings: Settings,
): Contact {
  if (!adds.tags?.length && !adds.importantDates?.length) return contact;
  const tags = uniqueTags([...(contact.tags ?? []), ...(adds.tags ?? [])], spellings);
  const dates: ImportantDate[] = [
    ...(contact.importantDates ?? []),
    ...(adds.importantDates ?? []).map((date) => ({
      id: crypto.randomUUID(),
      kind: date.kind,
      date: date.date,
      ...(date.label ? { label: date.label } : {}),
      remindDaysBefore: 0,
    })),
  ];
  const next: Contact = { ...contact, ...(tags.length > 0 ? { tags } : {}), ...(dates.length > 0 ? { importantDates: dates } : {}) };
  // A merge target may have open agreements; that only matters to the between-projects rhythm, which a
  // tag cannot change, so the follow-up is kept as it was and only the date reminders are recomputed.
  const { nextFollowUp } = contact;
  const scheduled = withFollowUp(next, { hasOpenAgreements: false, settings });
  return nextFollowUp === undefined ? scheduled : { ...scheduled, nextFollowUp };
}
