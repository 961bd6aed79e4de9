import {
  buildShards,
  CONTACT_TIMES_RETENTION_MS,
  emptyShard,
  fromStoredContactTimes,
  groupByShard,
  shardOf,
  withContactTimes,
  toStoredContactTimes,
  withTimesAdded,
  type ContactTime,
  type ContactTimesShard,
  type StoredContactTimes,
  type TimesSpan,
} from '../cold/contact-times';
import type { Timestamp } from '../domain/model';
import { dropColdFirstScreen, type FirstScreensInWrite } from './cold-first-screen';

/** The `contactTimes` store as any read-write transaction that includes it offers it. */
export interface ContactTimesStore {
  get(shard: number): Promise<StoredContactTimes | undefined>;
  put(value: StoredContactTimes): Promise<unknown>;
  clear(): Promise<unknown>;
  transaction: FirstScreensInWrite;
}

async function readShard(store: Pick<ContactTimesStore, 'get'>, shard: number): Promise<ContactTimesShard | undefined> {
  const stored = await store.get(shard);
  return stored && fromStoredContactTimes(stored);
}

function writeShard(store: ContactTimesStore, shard: ContactTimesShard): Promise<unknown> {
  return Promise.all([dropColdFirstScreen(store.transaction), store.put(toStoredContactTimes(shard))]);
}

/** Adds the times of newly written interactions: call it in the transaction that writes them. */
export async function recordContactTimes(store: ContactTimesStore, entries: readonly ContactTime[], now: Timestamp): Promise<void> {
  await Promise.all(
    [...groupByShard(entries)].map(async ([shard, list]) => writeShard(store, withTimesAdded((await readShard(store, shard)) ?? emptyShard(shard), list, now))),
  );
}

/** Replaces one contact's times (none: the contact was deleted or merged away). */
export async function replaceContactTimes(store: ContactTimesStore, contactId: string, times: readonly Timestamp[], now: Timestamp): Promise<void> {
  const shard = shardOf(contactId);
  const stored = await readShard(store, shard);
  if (!stored && times.length === 0) return;
  await writeShard(store, withContactTimes(stored ?? emptyShard(shard), contactId, times, now));
}

/** Replaces several contacts' times, reading and writing each shard they fall in once. */
export async function replaceTimesOfContacts(store: ContactTimesStore, timesByContact: ReadonlyMap<string, readonly Timestamp[]>, now: Timestamp): Promise<void> {
  const byShard = new Map<number, Array<[string, readonly Timestamp[]]>>();
  for (const entry of timesByContact) {
    const shard = shardOf(entry[0]);
    byShard.set(shard, [...(byShard.get(shard) ?? []), entry]);
  }
  await Promise.all(
    [...byShard].map(async ([shard, entries]) => {
      const stored = await readShard(store, shard);
      if (!stored && entries.every(([, times]) => times.length === 0)) return;
      // One copy of the shard for all its contacts (an arrival batch of 1,000 touches about 16 in each shard).
      const kept = new Map(stored?.times);
      for (const [contactId] of entries) kept.delete(contactId);
      const added = entries.flatMap(([contactId, times]) => times.map((at) => ({ contactId, at })));
      await writeShard(store, withTimesAdded({ shard, times: kept }, added, now));
    }),
  );
}

/** One contact's stored times (ascending). */
export async function contactTimesOf(store: Pick<ContactTimesStore, 'get'>, contactId: string): Promise<Timestamp[]> {
  return (await readShard(store, shardOf(contactId)))?.times.get(contactId) ?? [];
}

/** Moves a merged contact's times to the contact it was merged into. */
export async function moveContactTimes(store: ContactTimesStore, fromId: string, toId: string, now: Timestamp): Promise<void> {
  const moved = await contactTimesOf(store, fromId);
  await replaceContactTimes(store, fromId, [], now);
  await recordContactTimes(store, moved.map((at) => ({ contactId: toId, at })), now);
}

interface InteractionsByContactAt {
  getAll(range: IDBKeyRange): Promise<Array<{ at: Timestamp }>>;
}

/** The times of contacts' interactions as stored, within what the strips can show. */
export async function readInteractionTimes(
  byContactAt: InteractionsByContactAt,
  contactIds: readonly string[],
  now: Timestamp,
): Promise<Map<string, Timestamp[]>> {
  const lists = await Promise.all(
    contactIds.map((id) => byContactAt.getAll(IDBKeyRange.bound([id, now - CONTACT_TIMES_RETENTION_MS], [id, Infinity]))),
  );
  return new Map(contactIds.map((id, position) => [id, (lists[position] ?? []).map((interaction) => interaction.at)]));
}

/** Sets contacts' times to what their stored interactions say (after removing some of them). */
export async function refreshContactTimes(
  byContactAt: InteractionsByContactAt,
  store: ContactTimesStore,
  contactIds: readonly string[],
  now: Timestamp,
): Promise<void> {
  const fresh = await readInteractionTimes(byContactAt, contactIds, now);
  for (const [contactId, times] of fresh) await replaceContactTimes(store, contactId, times, now);
}

/** Rebuilds every shard from the given interactions (a restore, the version 2 migration). */
export async function rebuildContactTimes(store: ContactTimesStore, interactions: Iterable<ContactTime>, now: Timestamp): Promise<void> {
  await Promise.all([dropColdFirstScreen(store.transaction), store.clear()]);
  await Promise.all(buildShards(interactions, now).map((shard) => writeShard(store, shard)));
}

/** Where each contact's stored times lie in the shards (the going-cold view's read: nothing copied). */
export function contactTimesInShards(shards: readonly StoredContactTimes[]): Map<string, TimesSpan> {
  const spans = new Map<string, TimesSpan>();
  for (const { ids, counts, times } of shards) {
    let from = 0;
    ids.forEach((contactId, index) => {
      const to = from + (counts[index] ?? 0);
      spans.set(contactId, { times, from, to });
      from = to;
    });
  }
  return spans;
}

/** Rebuilds every shard from the stored interactions. */
export async function fillContactTimes(
  interactions: { getAll(): Promise<ContactTime[]> },
  store: ContactTimesStore,
  now: Timestamp,
): Promise<void> {
  await rebuildContactTimes(store, await interactions.getAll(), now);
}
