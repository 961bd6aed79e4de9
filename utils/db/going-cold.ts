import { spanOf, timesAgree, type TimesSpan } from '../cold/contact-times';
import { countPerMonth, dayCounter, monthWindow, type CalendarMonth, type MonthWindow } from '../cold/months';
import { coldestRows } from '../cold/coldest';
import { coldness, silenceOf, STRIP_MONTHS, type Coldness } from '../cold/score';
import type { ColdContact } from '../cold/cold-contacts';
import type { Cadence, CalendarDate, Channel, Contact, Timestamp } from '../domain/model';
import { toCadence } from '../schedule/cadence';
import { coldContactsInShards, rebuildColdContacts } from './cold-contacts';
import { coldDataStamp, FIRST_SCREENS_STORE } from './cold-first-screen';
import { contactTimesInShards, contactTimesOf, readInteractionTimes, refreshContactTimes } from './contact-times';
import type { RapportDatabase } from './open';

/** A kept relationship (one with a rhythm) as the going-cold view shows it. */
export interface GoingColdRow {
  contactId: string;
  displayName: string;
  company?: string;
  linkedinSlug?: string;
  cadence: Cadence;
  lastContactAt?: Timestamp;
  lastContactChannel?: Channel;
  snoozedUntil?: CalendarDate;
  /** Contacts per month, oldest first, for `GoingColdList.months`. */
  months: number[];
  coldness: Coldness;
}

export interface GoingColdList {
  today: CalendarDate;
  /** The strip's months, oldest first; the last is the current month. */
  months: CalendarMonth[];
  /** Coldest first, at most `limit`. */
  rows: GoingColdRow[];
  /** Kept relationships in all. */
  total: number;
}

export interface ColdReadOptions {
  today: CalendarDate;
  now: Timestamp;
  timeZone?: string;
  /** Only the coldest `limit` rows (all when unset). */
  limit?: number;
}

/** What the going-cold view is made of, as read: every contact with a follow-up and where its times lie. */
export interface ColdData {
  today: CalendarDate;
  timeZone?: string;
  window: MonthWindow;
  kept: ColdContact[];
  times: Map<string, TimesSpan>;
  /** The data's stamp when read (`cold-first-screen.ts`): a first screen computed from it is stored only under it. */
  stamp?: string;
}

/**
 * Every contact with a rhythm, coldest first, with its 24 months of contact (`readColdData`, then `goingColdList`).
 */
export async function readGoingCold(db: RapportDatabase, options: ColdReadOptions): Promise<GoingColdList> {
  return goingColdList(await readColdData(db, options), options.limit);
}

/**
 * Reads the 64 shards of what the view shows of contacts and the 64 shards of contact times: never the contacts
 * or the interactions, except for a contact whose stored times disagree with its last contact (then its
 * interactions). Afterwards, off the path to the screen, it checks that the shards hold every contact with a
 * follow-up and rebuilds them if not (a writer that forgot them): the next read is right again.
 */
export async function readColdData(db: RapportDatabase, { today, now, timeZone }: Omit<ColdReadOptions, 'limit'>): Promise<ColdData> {
  const window = monthWindow(today, STRIP_MONTHS, timeZone);
  const tx = db.transaction(['coldContacts', 'contactTimes', 'interactions', FIRST_SCREENS_STORE]);
  const [projected, shards, stamp] = await Promise.all([
    tx.objectStore('coldContacts').getAll(),
    tx.objectStore('contactTimes').getAll(),
    coldDataStamp(tx.objectStore(FIRST_SCREENS_STORE)),
  ]);
  const kept = coldContactsInShards(projected);
  const times = contactTimesInShards(shards);
  const healed = await readInteractionTimes(tx.objectStore('interactions').index('byContactAt'), staleContacts(kept, times, window), now);
  await tx.done;
  void checkColdContacts(db, kept.length).catch(() => undefined);
  if (healed.size > 0) void repairContactTimes(db, [...healed.keys()], now).catch(() => undefined);
  for (const [contactId, list] of healed) times.set(contactId, spanOf(list));
  return { today, ...(timeZone ? { timeZone } : {}), window, kept, times, ...(stamp === undefined ? {} : { stamp }) };
}

/**
 * The coldest `limit` rows of what was read (all when unset), coldest first. Only contacts that can be among
 * them are scored (utils/cold/coldest.ts): the popup's 20 cost a fraction of the whole list.
 */
export function goingColdList({ today, timeZone, window, kept, times }: ColdData, limit?: number): GoingColdList {
  const daysSince = dayCounter(today, window, timeZone);
  const { rows, total } = coldestRows(kept, {
    ...(limit === undefined ? {} : { limit }),
    floorOf: (contact) => {
      const cadence = toCadence(contact.cadence);
      return cadence && silenceOf({ cadence, lastContactAt: contact.lastContactAt, createdAt: contact.createdAt, today, daysSince }).rhythmsPast;
    },
    rowOf: (contact) => coldRow(contact, times.get(contact.id) ?? NO_TIMES, window, today, daysSince),
  });
  return { today, months: window.months, rows, total };
}

/** One contact's contacts per month over the `count` months ending with the current one (the sidebar's strip). */
export async function readContactMonths(
  db: RapportDatabase,
  contactId: string,
  { today, now, timeZone, count }: { today: CalendarDate; now: Timestamp; timeZone?: string; count: number },
): Promise<{ months: CalendarMonth[]; counts: number[] } | undefined> {
  const window = monthWindow(today, count, timeZone);
  const tx = db.transaction(['contacts', 'contactTimes', 'interactions']);
  const [contact, stored] = await Promise.all([tx.objectStore('contacts').get(contactId), contactTimesOf(tx.objectStore('contactTimes'), contactId)]);
  if (!contact) return undefined;
  const healed = await readInteractionTimes(tx.objectStore('interactions').index('byContactAt'), staleContacts([contact], new Map([[contactId, spanOf(stored)]]), window), now);
  await tx.done;
  if (healed.size > 0) void repairContactTimes(db, [contactId], now).catch(() => undefined);
  return { months: window.months, counts: countPerMonth(healed.get(contactId) ?? stored, window) };
}

const NO_TIMES = spanOf([]);

function coldRow(
  contact: ColdContact,
  times: TimesSpan,
  window: MonthWindow,
  today: CalendarDate,
  daysSince: (at: Timestamp) => number,
): GoingColdRow | undefined {
  const cadence = toCadence(contact.cadence);
  if (!cadence) return undefined;
  const months = countPerMonth(times.times, window, times.from, times.to);
  const row: GoingColdRow = {
    contactId: contact.id,
    displayName: contact.displayName,
    cadence,
    months,
    coldness: coldness({ cadence, lastContactAt: contact.lastContactAt, createdAt: contact.createdAt, months, today, daysSince }),
  };
  if (contact.company) row.company = contact.company;
  if (contact.linkedinSlug) row.linkedinSlug = contact.linkedinSlug;
  if (contact.lastContactAt !== undefined) row.lastContactAt = contact.lastContactAt;
  if (contact.lastContactChannel) row.lastContactChannel = contact.lastContactChannel;
  if (contact.snoozedUntil) row.snoozedUntil = contact.snoozedUntil;
  return row;
}

function staleContacts(contacts: ReadonlyArray<Pick<Contact, 'id' | 'lastContactAt'>>, times: ReadonlyMap<string, TimesSpan>, window: MonthWindow): string[] {
  const windowStart = window.bounds[0] ?? -Infinity;
  return contacts.filter((contact) => !timesAgree(times.get(contact.id) ?? NO_TIMES, contact.lastContactAt, windowStart)).map((contact) => contact.id);
}

/** Rebuilds the projection from the contacts when it does not hold as many as have a follow-up. */
async function checkColdContacts(db: RapportDatabase, projected: number): Promise<void> {
  if ((await db.countFromIndex('contacts', 'byNextFollowUp')) === projected) return;
  const tx = db.transaction(['contacts', 'coldContacts', FIRST_SCREENS_STORE], 'readwrite');
  await rebuildColdContacts(tx.objectStore('coldContacts'), await tx.objectStore('contacts').getAll());
  await tx.done;
}

/** Writes the times of contacts whose stored times were found stale, read again inside the write. */
async function repairContactTimes(db: RapportDatabase, contactIds: readonly string[], now: Timestamp): Promise<void> {
  const tx = db.transaction(['interactions', 'contactTimes', FIRST_SCREENS_STORE], 'readwrite');
  await refreshContactTimes(tx.objectStore('interactions').index('byContactAt'), tx.objectStore('contactTimes'), contactIds, now);
  await tx.done;
}
