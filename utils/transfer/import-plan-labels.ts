import type { Contact } from '../domain/model';
import { tagKey, uniqueTags } from '../domain/tags';
import { uniqueImportedDates, type ImportedDate } from './import-labels-dates';
import type { ImportedPerson } from './imported-person';

const dateKey = (date: Pick<ImportedDate, 'kind' | 'date' | 'label'>) => `${date.kind}|${date.date}|${(date.label ?? '').toLowerCase()}`;

/** The tags and dates of every row folded into one new contact. */
export function labelsAndDatesOf(people: readonly ImportedPerson[]): { tags?: string[]; importantDates?: ImportedDate[] } {
  const tags = uniqueTags(people.flatMap((person) => person.tags ?? []));
  const importantDates = oneBirthday(uniqueImportedDates(people.flatMap((person) => person.importantDates ?? [])) ?? []);
  return { ...(tags.length > 0 ? { tags } : {}), ...(importantDates.length > 0 ? { importantDates } : {}) };
}

/**
 * Adds to a merge what the contact lacks: tags it does not have (in any case), dates it does not
 * have; a birthday only when it has none (a second birthday is a mistake in one of the two).
 */
export function addLabelsAndDates(
  adds: { tags?: string[]; importantDates?: ImportedDate[] },
  contact: Pick<Contact, 'tags' | 'importantDates'>,
  person: ImportedPerson,
): void {
  const has = new Set((contact.tags ?? []).map(tagKey));
  const tags = uniqueTags([...(adds.tags ?? []), ...(person.tags ?? [])]).filter((tag) => !has.has(tagKey(tag)));
  if (tags.length > 0) adds.tags = tags;
  else delete adds.tags;

  const known = new Set((contact.importantDates ?? []).map(dateKey));
  const hasBirthday = (contact.importantDates ?? []).some((date) => date.kind === 'birthday');
  const dates = (uniqueImportedDates([...(adds.importantDates ?? []), ...(person.importantDates ?? [])]) ?? []).filter(
    (date) => !known.has(dateKey(date)) && !(date.kind === 'birthday' && hasBirthday),
  );
  const kept = oneBirthday(dates);
  if (kept.length > 0) adds.importantDates = kept;
  else delete adds.importantDates;
}

/** The first birthday only: rows that disagree about one are not two birthdays. */
function oneBirthday(dates: readonly ImportedDate[]): ImportedDate[] {
  const first = dates.findIndex((date) => date.kind === 'birthday');
  return dates.filter((date, index) => date.kind !== 'birthday' || index === first);
}
