import {
  buildShards,
  CONTACT_TIMES_RETENTION_MS,
  emptyShard,
  groupByShard,
  shardOf,
  withContactTimes,
  withTimesAdded,
  type ContactTime,
  type ContactTimesShard,
} from '../cold/contact-times';
import type { Timestamp } from '../domain/model';

/** The `contactTimes` store as any read-write transaction that includes it offers it. */
export interface ContactTimesStore {
  get(shard: number): Promise<ContactTimesShard | undefined>;
  put(value: ContactTimesShard): Promise<unknown>;
  clear(): Promise<unknown>;
}

/** Adds the times of newly written interactions: call it in the transaction that writes them. */
export async function recordContactTimes(store: ContactTimesStore, entries: readonly ContactTime[], now: Timestamp): Promise<void> {
  await Promise.all(
    [...groupByShard(entries)].map(async ([shard, list]) => store.put(withTimesAdded((await store.get(shard)) ?? emptyShard(shard), list, now))),
  );
}

/** Replaces one contact's times (none: the contact was deleted or merged away). */
export async function replaceContactTimes(store: ContactTimesStore, contactId: string, times: readonly Timestamp[], now: Timestamp): Promise<void> {
  const shard = shardOf(contactId);
  const stored = await store.get(shard);
  if (!stored && times.length === 0) return;
  await store.put(withContactTimes(stored ?? emptyShard(shard), contactId, times, now));
}

/** One contact's stored times (ascending). */
export async function contactTimesOf(store: Pick<ContactTimesStore, 'get'>, contactId: string): Promise<Timestamp[]> {
  return (await store.get(shardOf(contactId)))?.times.get(contactId) ?? [];
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
  await store.clear();
  await Promise.all(buildShards(interactions, now).map((shard) => store.put(shard)));
}

/** Rebuilds every shard from the stored interactions. */
export async function fillContactTimes(
  interactions: { getAll(): Promise<ContactTime[]> },
  store: ContactTimesStore,
  now: Timestamp,
): Promise<void> {
  await rebuildContactTimes(store, await interactions.getAll(), now);
}
