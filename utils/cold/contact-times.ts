import type { Timestamp } from '../domain/model';

/**
 * When each contact was in touch, kept beside the interactions (derived data, written in the same
 * transaction as every interaction write): the going-cold view reads these 64 records instead of
 * 100,000 interactions. Times, not month counts, so a month is a month in whatever time zone the user
 * is in when they look. Only what the 24-month strips can show is kept.
 */
export interface ContactTimesShard {
  shard: number;
  /** Contact id → the `at` of its interactions, ascending, within `CONTACT_TIMES_RETENTION_MS` of the last write. */
  times: Map<string, Timestamp[]>;
}

export const CONTACT_TIME_SHARDS = 64;
const DAY = 86_400_000;
/** More than the 24 calendar months a strip shows (at most 731 days back from today's month end). */
export const CONTACT_TIMES_RETENTION_MS = 800 * DAY;

/** Which shard holds a contact's times: FNV-1a of the id. */
export function shardOf(contactId: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < contactId.length; index += 1) {
    hash ^= contactId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % CONTACT_TIME_SHARDS;
}

export interface ContactTime {
  contactId: string;
  at: Timestamp;
}

export function emptyShard(shard: number): ContactTimesShard {
  return { shard, times: new Map() };
}

/** The shard with `entries` added (each must belong to it) and every touched contact's old times dropped. */
export function withTimesAdded(shard: ContactTimesShard, entries: readonly ContactTime[], now: Timestamp): ContactTimesShard {
  const added = new Map<string, Timestamp[]>();
  for (const { contactId, at } of entries) {
    if (!Number.isFinite(at)) continue;
    const list = added.get(contactId);
    if (list) list.push(at);
    else added.set(contactId, [at]);
  }
  const times = new Map(shard.times);
  const oldest = now - CONTACT_TIMES_RETENTION_MS;
  for (const [contactId, list] of added) {
    const kept = [...(times.get(contactId) ?? []), ...list].filter((at) => at >= oldest).sort((a, b) => a - b);
    if (kept.length > 0) times.set(contactId, kept);
    else times.delete(contactId);
  }
  return { shard: shard.shard, times };
}

/** The shard with a contact's times replaced (none: the contact is forgotten). */
export function withContactTimes(
  shard: ContactTimesShard,
  contactId: string,
  replacement: readonly Timestamp[],
  now: Timestamp,
): ContactTimesShard {
  const times = new Map(shard.times);
  times.delete(contactId);
  return withTimesAdded({ shard: shard.shard, times }, replacement.map((at) => ({ contactId, at })), now);
}

/** Every non-empty shard for a set of interactions (a rebuild, a restore, the migration). */
export function buildShards(entries: Iterable<ContactTime>, now: Timestamp): ContactTimesShard[] {
  const grouped = groupByShard(entries);
  return [...grouped].map(([shard, list]) => withTimesAdded(emptyShard(shard), list, now)).filter((shard) => shard.times.size > 0);
}

export function groupByShard(entries: Iterable<ContactTime>): Map<number, ContactTime[]> {
  const grouped = new Map<number, ContactTime[]>();
  for (const entry of entries) {
    const shard = shardOf(entry.contactId);
    const list = grouped.get(shard);
    if (list) list.push(entry);
    else grouped.set(shard, [entry]);
  }
  return grouped;
}

/**
 * Whether stored times agree with the contact's denormalised last contact (which every writer keeps),
 * as far as a window starting at `windowStart` can tell: a writer that forgot the times is noticed and
 * the times are read again from the interactions.
 */
export function timesAgree(times: ArrayLike<Timestamp> | TimesSpan, lastContactAt: Timestamp | undefined, windowStart: Timestamp): boolean {
  const { times: all, from, to } = 'from' in times ? times : spanOf(times);
  const latest = to > from ? all[to - 1] : undefined;
  if (lastContactAt !== undefined && lastContactAt >= windowStart) return latest === lastContactAt;
  return latest === undefined || latest < windowStart;
}

/**
 * A shard as stored since version 7: every time of the shard in one typed array, contact by contact. Reading
 * 64 of these costs IndexedDB a small part of what 64 maps of ten thousand arrays cost.
 */
export interface StoredContactTimes {
  shard: number;
  ids: string[];
  /** How many of `times` belong to each of `ids`, in order. */
  counts: number[];
  times: Float64Array;
}

export function toStoredContactTimes({ shard, times }: ContactTimesShard): StoredContactTimes {
  const ids = [...times.keys()];
  const lists = [...times.values()];
  const all = new Float64Array(lists.reduce((total, list) => total + list.length, 0));
  let offset = 0;
  for (const list of lists) {
    all.set(list, offset);
    offset += list.length;
  }
  return { shard, ids, counts: lists.map((list) => list.length), times: all };
}

export function fromStoredContactTimes(stored: StoredContactTimes): ContactTimesShard {
  const times = new Map<string, Timestamp[]>();
  let offset = 0;
  stored.ids.forEach((id, index) => {
    const count = stored.counts[index] ?? 0;
    times.set(id, Array.from(stored.times.subarray(offset, offset + count)));
    offset += count;
  });
  return { shard: stored.shard, times };
}

/** One contact's times within a larger array (a stored shard's): indexes `from` to before `to`, ascending. */
export interface TimesSpan {
  times: ArrayLike<Timestamp>;
  from: number;
  to: number;
}

export function spanOf(times: ArrayLike<Timestamp>): TimesSpan {
  return { times, from: 0, to: times.length };
}
