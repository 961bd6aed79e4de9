import type { Agreement, Cadence, CalendarDate, ContactKind } from '../domain/model';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { followUpCadenceOf } from '../schedule/cadence';
import { buildDueList, dueCountsOf, type DueCounts, type DueItem } from '../schedule/due';
import { keysUpTo } from '../schedule/important-dates';
import { matchesFilter, type ContactFilter } from '../domain/tags';
import { withDateReminders } from './follow-up-sync';
import type { RapportDatabase } from './open';
import { putSynced, withSyncMeta } from './sync-marks';

/** A row of the popup's due list: the pure due item plus what its actions and labels need. */
export interface DueRow extends DueItem {
  /** Cadence rows: the cadence that made the follow-up due. */
  cadence?: Cadence;
  /** Cadence rows: the quieter between-projects cadence applies (no open agreement). */
  betweenProjects?: boolean;
  /** Cadence rows: the rhythm is that of this kind of relationship (the contact has none of its own). */
  fromKind?: ContactKind;
  linkedinSlug?: string;
  /** The Gmail conversation of the contact's last email that has one. */
  lastEmailUrl?: string;
}

/** Follow-ups due today or earlier: the badge counts the same range. */
const dueFollowUps = (today: CalendarDate) => IDBKeyRange.upperBound(today);
/** Open agreements due before today. */
const overdueAgreements = (today: CalendarDate) => IDBKeyRange.bound(['open', ''], ['open', today], false, true);
/** Important dates whose reminder has begun to show (their day passed only if not brought forward yet). */
const remindersShowing = (today: CalendarDate) => IDBKeyRange.upperBound(keysUpTo(today).upper);
/** Important dates whose day has passed: their entries still await the next occurrence. */
const remindersPassed = (today: CalendarDate) => IDBKeyRange.upperBound(keysUpTo(today, true).upper, true);

const GMAIL = 'https://mail.google.com/';

/**
 * The `limit` most overdue rows, read through the due indexes in due-date order: only the head of
 * each range (plus every record sharing the last date read, so ties sort as in the full list), the
 * contacts whose important date shows a reminder today, and the contacts and interactions of those
 * rows are read, never a whole store. With a filter (a kind or a tag), every due record is read and
 * only the matching contacts' rows are kept.
 */
export async function readDueRows(db: RapportDatabase, today: CalendarDate, limit: number, filter?: ContactFilter): Promise<DueRow[]> {
  const filtered = filter !== undefined && Object.keys(filter).length > 0;
  const tx = db.transaction(['contacts', 'agreements', 'interactions', 'settings']);
  const contacts = tx.objectStore('contacts');
  const agreements = tx.objectStore('agreements');
  const head = filtered ? Infinity : limit;
  const [dueContacts, lateAgreements, datedContacts, storedSettings] = await Promise.all([
    filtered
      ? contacts.index('byNextFollowUp').getAll(dueFollowUps(today))
      : headOf(contacts.index('byNextFollowUp'), dueFollowUps(today), head, (contact) => IDBKeyRange.only(contact.nextFollowUp ?? '')),
    filtered
      ? agreements.index('byStatusDue').getAll(overdueAgreements(today))
      : headOf(agreements.index('byStatusDue'), overdueAgreements(today), head, (agreement) => IDBKeyRange.only(['open', agreement.dueDate ?? ''])),
    contacts.index('byDateRemindFrom').getAll(remindersShowing(today)),
    tx.objectStore('settings').get('app'),
  ]);
  const byId = new Map([...dueContacts, ...datedContacts].map((contact) => [contact.id, contact]));
  const missing = [...new Set(lateAgreements.map((agreement) => agreement.contactId))].filter((id) => !byId.has(id));
  for (const contact of await Promise.all(missing.map((id) => contacts.get(id)))) if (contact) byId.set(contact.id, contact);
  const keep = (contactId: string) => !filtered || matchesFilter(byId.get(contactId) ?? {}, filter);

  const items = buildDueList({
    contacts: [...byId.values()].filter((contact) => keep(contact.id)),
    overdueAgreements: lateAgreements.filter((agreement) => keep(agreement.contactId)),
    datedContacts: datedContacts.filter((contact) => keep(contact.id)),
    today,
  }).slice(0, limit);
  const settings: Settings = { ...DEFAULT_SETTINGS, ...storedSettings };
  const rowContacts = [...new Set(items.map((item) => item.who.contactId))];
  const [emailUrls, openAgreementContacts] = await Promise.all([
    Promise.all(rowContacts.map((id) => lastEmailUrl(tx.objectStore('interactions').index('byContactAt'), id))),
    hasOpenAgreements(agreements.index('byContact'), items.filter((item) => item.why.kind === 'cadence').map((item) => item.who.contactId)),
  ]);
  const urls = new Map(rowContacts.map((id, index) => [id, emailUrls[index]]));
  await tx.done;

  return items.map((item) => {
    const contact = byId.get(item.who.contactId);
    const url = urls.get(item.who.contactId);
    return {
      ...item,
      ...(contact?.linkedinSlug ? { linkedinSlug: contact.linkedinSlug } : {}),
      ...(url ? { lastEmailUrl: url } : {}),
      ...(item.why.kind === 'cadence' && contact ? followUpCadenceOf(contact, openAgreementContacts.has(contact.id), settings) : {}),
    };
  });
}

/** What a filtered list stands for, counted from its rows (all of them were read). */
export function filteredCounts(rows: readonly DueItem[]): DueCounts {
  return dueCountsOf(rows);
}

/**
 * The badge's counts, each read only up to `cap` index keys: as cheap with 100,000 contacts as with 100.
 * A count equal to `cap` means "at least `cap`", which is all a badge that reads "99+" needs.
 */
export async function countDueUpTo(db: RapportDatabase, today: CalendarDate, cap: number): Promise<DueCounts> {
  const tx = db.transaction(['contacts', 'agreements']);
  const contacts = tx.objectStore('contacts');
  const byNextFollowUp = contacts.index('byNextFollowUp');
  const [overdue, dueToday, agreements, dates, passed] = await Promise.all([
    byNextFollowUp.getAllKeys(IDBKeyRange.upperBound(today, true), cap),
    byNextFollowUp.getAllKeys(IDBKeyRange.only(today), cap),
    tx.objectStore('agreements').index('byStatusDue').getAllKeys(overdueAgreements(today), cap),
    contacts.index('byDateRemindFrom').getAllKeys(remindersShowing(today), cap),
    contacts.index('byDateOccursOn').getAllKeys(remindersPassed(today), 1),
  ]);
  if (passed.length > 0) {
    // A date's day went by since its contact was last written: bring its reminders forward, then count.
    await bringDateRemindersForward(db, today);
    return countDueUpTo(db, today, cap);
  }
  const counts: DueCounts = { followUpsOverdue: overdue.length, followUpsDueToday: dueToday.length, agreementsOverdue: agreements.length };
  return dates.length > 0 ? { ...counts, datesDue: dates.length } : counts;
}

/**
 * Moves the reminder entries of every important date whose day has passed on to its next occurrence
 * (next year, or none for a project), in one transaction. Returns how many contacts were rewritten.
 */
export async function bringDateRemindersForward(db: RapportDatabase, today: CalendarDate): Promise<number> {
  // Only derived, never-synced fields change here: putSynced finds nothing to send and marks nothing pending.
  const tx = db.transaction(withSyncMeta(['contacts']), 'readwrite');
  const contacts = tx.objectStore('contacts');
  const ids = [...new Set(await contacts.index('byDateOccursOn').getAllKeys(remindersPassed(today)))];
  const stale = await Promise.all(ids.map((id) => contacts.get(id)));
  await Promise.all(
    stale.map((contact) => (contact ? putSynced(tx, 'contacts', withDateReminders(contact, today), { previous: contact }) : undefined)),
  );
  await tx.done;
  return ids.length;
}

/** Every due item as `<key>@<due date>`, from index keys alone: a follow-up due again after a new contact is a new entry. */
export async function dueEntryKeys(db: RapportDatabase, today: CalendarDate): Promise<string[]> {
  const tx = db.transaction(['contacts', 'agreements']);
  const keys: string[] = [];
  let contact = await tx.objectStore('contacts').index('byNextFollowUp').openKeyCursor(dueFollowUps(today));
  while (contact) {
    keys.push(`cadence:${String(contact.primaryKey)}@${String(contact.key)}`);
    contact = await contact.continue();
  }
  let agreement = await tx.objectStore('agreements').index('byStatusDue').openKeyCursor(overdueAgreements(today));
  while (agreement) {
    keys.push(`agreement:${String(agreement.primaryKey)}@${String(agreement.key[1])}`);
    agreement = await agreement.continue();
  }
  await tx.done;
  return keys;
}

interface OrderedIndex<T> {
  getAll(query: IDBKeyRange, count?: number): Promise<T[]>;
}

/** The first `limit` records of a range and every record sharing the last one's index key. */
async function headOf<T extends { id: string }>(
  index: OrderedIndex<T>,
  range: IDBKeyRange,
  limit: number,
  sameKey: (last: T) => IDBKeyRange,
): Promise<T[]> {
  const head = await index.getAll(range, limit);
  const last = head.at(-1);
  if (head.length < limit || !last) return head;
  const seen = new Set(head.map((record) => record.id));
  const ties = await index.getAll(sameKey(last));
  return [...head, ...ties.filter((record) => !seen.has(record.id))];
}

interface InteractionCursor {
  value: { channel: string; sourceUrl?: string };
  continue(): Promise<InteractionCursor | null>;
}

interface InteractionsByContact {
  openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<InteractionCursor | null>;
}

async function lastEmailUrl(index: InteractionsByContact, contactId: string): Promise<string | undefined> {
  let cursor = await index.openCursor(IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]), 'prev');
  while (cursor) {
    const { channel, sourceUrl } = cursor.value;
    if (channel === 'email' && sourceUrl?.startsWith(GMAIL)) return sourceUrl;
    cursor = await cursor.continue();
  }
  return undefined;
}

async function hasOpenAgreements(
  byContact: { getAll(contactId: string): Promise<Pick<Agreement, 'status'>[]> },
  contactIds: readonly string[],
): Promise<Set<string>> {
  const ids = [...new Set(contactIds)];
  const lists = await Promise.all(ids.map((id) => byContact.getAll(id)));
  return new Set(ids.filter((_id, index) => lists[index]?.some((agreement) => agreement.status === 'open')));
}


