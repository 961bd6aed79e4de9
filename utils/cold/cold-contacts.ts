import type { Cadence, CalendarDate, Channel, Contact, Timestamp } from '../domain/model';
import { toCadence } from '../schedule/cadence';
import { shardOf } from './contact-times';

/**
 * What the going-cold view needs of a contact with a follow-up: kept beside the contact times in 64 shards
 * (derived data, schema version 7, written in the same transaction as every contact write), so the view
 * reads 64 records of plain columns instead of thousands of whole contacts.
 */
export interface ColdContact {
  id: string;
  displayName: string;
  company?: string;
  linkedinSlug?: string;
  /** Undefined when the follow-up comes from elsewhere (a kind's rhythm): the view leaves such contacts out. */
  cadence?: Cadence;
  lastContactAt?: Timestamp;
  lastContactChannel?: Channel;
  snoozedUntil?: CalendarDate;
  createdAt: Timestamp;
}

/**
 * One shard as stored: a column per field, one entry per contact. Columns of strings and numbers cost
 * IndexedDB a fraction of what one object per contact costs to read. `''` and `NaN` mean "none".
 */
export interface ColdContactsShard {
  shard: number;
  ids: string[];
  names: string[];
  companies: string[];
  slugs: string[];
  /** `days` or `months`, `''` without a rhythm of its own. */
  cadenceUnits: string[];
  cadenceCounts: number[];
  lastContactAt: Float64Array;
  channels: string[];
  snoozedUntil: string[];
  createdAt: Float64Array;
}

/** The contact as the view needs it; undefined when the view does not list it (no follow-up). */
export function coldContactOf(contact: Contact): ColdContact | undefined {
  if (contact.nextFollowUp === undefined) return undefined;
  const cadence = toCadence(contact.cadence);
  return {
    id: contact.id,
    displayName: contact.displayName,
    ...(contact.company ? { company: contact.company } : {}),
    ...(contact.linkedinSlug ? { linkedinSlug: contact.linkedinSlug } : {}),
    ...(cadence ? { cadence } : {}),
    ...(contact.lastContactAt !== undefined ? { lastContactAt: contact.lastContactAt } : {}),
    ...(contact.lastContactChannel ? { lastContactChannel: contact.lastContactChannel } : {}),
    ...(contact.snoozedUntil ? { snoozedUntil: contact.snoozedUntil } : {}),
    createdAt: contact.createdAt,
  };
}

/** Whether two projections show the same: a contact write that changes neither need not touch the going-cold view. */
export function sameColdContact(a: ColdContact, b: ColdContact): boolean {
  return (
    a.id === b.id &&
    a.displayName === b.displayName &&
    a.company === b.company &&
    a.linkedinSlug === b.linkedinSlug &&
    a.cadence?.unit === b.cadence?.unit &&
    a.cadence?.count === b.cadence?.count &&
    a.lastContactAt === b.lastContactAt &&
    a.lastContactChannel === b.lastContactChannel &&
    a.snoozedUntil === b.snoozedUntil &&
    a.createdAt === b.createdAt
  );
}

export function toColdContactsShard(shard: number, contacts: Iterable<ColdContact>): ColdContactsShard {
  const list = [...contacts];
  return {
    shard,
    ids: list.map((contact) => contact.id),
    names: list.map((contact) => contact.displayName),
    companies: list.map((contact) => contact.company ?? ''),
    slugs: list.map((contact) => contact.linkedinSlug ?? ''),
    cadenceUnits: list.map((contact) => contact.cadence?.unit ?? ''),
    cadenceCounts: list.map((contact) => contact.cadence?.count ?? 0),
    lastContactAt: Float64Array.from(list, (contact) => contact.lastContactAt ?? Number.NaN),
    channels: list.map((contact) => contact.lastContactChannel ?? ''),
    snoozedUntil: list.map((contact) => contact.snoozedUntil ?? ''),
    createdAt: Float64Array.from(list, (contact) => contact.createdAt),
  };
}

export function coldContactsIn(shard: ColdContactsShard | undefined): ColdContact[] {
  if (!shard) return [];
  return shard.ids.map((id, index) => {
    const contact: ColdContact = { id, displayName: shard.names[index] ?? '', createdAt: shard.createdAt[index] ?? 0 };
    const company = shard.companies[index];
    const slug = shard.slugs[index];
    const unit = shard.cadenceUnits[index];
    const lastContactAt = shard.lastContactAt[index] ?? Number.NaN;
    const channel = shard.channels[index];
    const snoozedUntil = shard.snoozedUntil[index];
    if (company) contact.company = company;
    if (slug) contact.linkedinSlug = slug;
    if (unit === 'days' || unit === 'months') contact.cadence = { unit, count: shard.cadenceCounts[index] ?? 0 };
    if (!Number.isNaN(lastContactAt)) contact.lastContactAt = lastContactAt;
    if (channel) contact.lastContactChannel = channel as Channel;
    if (snoozedUntil) contact.snoozedUntil = snoozedUntil;
    return contact;
  });
}

/** Every non-empty shard for a set of contacts (a rebuild, the migration). */
export function buildColdContactsShards(contacts: Iterable<Contact>): ColdContactsShard[] {
  const byShard = new Map<number, ColdContact[]>();
  for (const contact of contacts) {
    const cold = coldContactOf(contact);
    if (!cold) continue;
    const shard = shardOf(cold.id);
    const list = byShard.get(shard);
    if (list) list.push(cold);
    else byShard.set(shard, [cold]);
  }
  return [...byShard].map(([shard, list]) => toColdContactsShard(shard, list));
}
