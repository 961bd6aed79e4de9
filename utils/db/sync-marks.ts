import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import { deletedRecord, stampWrite, type Stamp } from '../sync/record-merge';
import { COLD_CONTACTS_STORE, projectContactWrite } from './cold-contacts';
import { FIRST_SCREENS_STORE } from './cold-first-screen';
import type { RapportDB } from './schema';
import { DEVICE_ENTRY_ID, isBundleMeta, type BundleMeta, type DeviceEntry } from './sync-meta';
import { ruleOf, syncedFields, SYNCED_STORE_NAMES, type SyncedStoreName, type SyncedValue } from './sync-registry';

/**
 * The one way to write a synced store: the record, its field stamps and its bundle's pending-sync mark go
 * into the same transaction, so a worker stopped after the write still sends it later. A unit-test hook
 * (utils/db/sync-mark-check.test-support.ts) fails any test whose transaction writes a synced store another way.
 */

export const SYNC_META_STORE = 'syncMeta';

type Names = StoreNames<RapportDB>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transaction that includes the stores used
export type SyncWriteTransaction = IDBPTransaction<RapportDB, any, 'readwrite'>;

/**
 * A write transaction's store list with the sync bookkeeping added, and what the going-cold view derives from
 * contacts and contact times (its projection of contacts, its stored first screen).
 */
export function withSyncMeta<S extends Names>(stores: readonly S[]): Array<S | 'syncMeta' | 'coldContacts' | 'firstScreens'> {
  const has = (name: Names) => stores.includes(name as S);
  const projected: Array<typeof COLD_CONTACTS_STORE> = has('contacts') && !has(COLD_CONTACTS_STORE) ? [COLD_CONTACTS_STORE] : [];
  const firstScreens: Array<typeof FIRST_SCREENS_STORE> = (has('contacts') || has('contactTimes')) && !has(FIRST_SCREENS_STORE) ? [FIRST_SCREENS_STORE] : [];
  return [...stores, SYNC_META_STORE, ...projected, ...firstScreens];
}

/** Every synced store with the bookkeeping: for writes that may touch any of them. */
export const ALL_SYNCED_STORES = withSyncMeta(SYNCED_STORE_NAMES);

interface WriteContext {
  device: Promise<DeviceEntry>;
  metas: Map<string, Promise<BundleMeta>>;
  /** Bundles whose meta is about to be stored: many writes to one bundle in a turn store it once. */
  storing: Map<string, Promise<unknown>>;
}

const contexts = new WeakMap<object, WriteContext>();
/** For the test hook: the `store/key` of every record written through here, per raw transaction. */
export const markedWrites = new WeakMap<IDBTransaction, Set<string>>();
/** Off in the extension (a first sync pull writes 130,000 records); the test hook turns it on. */
let recordingMarkedWrites = false;
export function recordMarkedWrites(): void {
  recordingMarkedWrites = true;
}

let pendingCounter = 0;
/** A number unique to this write, so clearing a sent mark never clears a newer one. */
export function freshPendingMark(now = Date.now()): number {
  pendingCounter = (pendingCounter + 1) % 1000;
  return now * 1000 + pendingCounter;
}

function metaStore(tx: SyncWriteTransaction) {
  return tx.objectStore(SYNC_META_STORE);
}

function contextOf(tx: SyncWriteTransaction): WriteContext {
  let context = contexts.get(tx);
  if (!context) {
    context = { device: deviceOf(tx), metas: new Map(), storing: new Map() };
    contexts.set(tx, context);
  }
  return context;
}

async function deviceOf(tx: SyncWriteTransaction): Promise<DeviceEntry> {
  const store = metaStore(tx);
  const stored = await store.get(DEVICE_ENTRY_ID);
  if (stored && !isBundleMeta(stored)) return stored;
  const device: DeviceEntry = { id: DEVICE_ENTRY_ID, device: randomDeviceId(), user: '' };
  await store.put(device);
  return device;
}

function randomDeviceId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

/** The meta of a bundle within this transaction: read once, then shared by every write to it. */
export function bundleMetaIn(tx: SyncWriteTransaction, bundleKey: string): Promise<BundleMeta> {
  const context = contextOf(tx);
  let meta = context.metas.get(bundleKey);
  if (!meta) {
    meta = metaStore(tx)
      .get(bundleKey)
      .then((stored) => (isBundleMeta(stored) ? stored : { id: bundleKey, records: {} }));
    context.metas.set(bundleKey, meta);
  }
  return meta;
}

async function stampIn(tx: SyncWriteTransaction, now: number): Promise<Stamp> {
  const { device, user } = await contextOf(tx).device;
  return [now, device, user];
}

export function noteSyncedWrite(tx: SyncWriteTransaction, store: SyncedStoreName, key: string): void {
  if (!recordingMarkedWrites) return;
  const raw = unwrap(tx) as IDBTransaction;
  let written = markedWrites.get(raw);
  if (!written) markedWrites.set(raw, (written = new Set()));
  written.add(`${store}/${key}`);
}

/** Marks the bundle as waiting to be sent and stores its meta (the last put in a transaction carries every change). */
export async function markPending(tx: SyncWriteTransaction, meta: BundleMeta, now = Date.now()): Promise<void> {
  meta.pending = freshPendingMark(now);
  const { storing } = contextOf(tx);
  let stored = storing.get(meta.id);
  if (!stored) {
    // One microtask later, still inside the transaction: every write of this turn is in `meta` by then.
    stored = Promise.resolve().then(() => {
      storing.delete(meta.id);
      return metaStore(tx).put(meta);
    });
    storing.set(meta.id, stored);
  }
  await stored;
}

export interface SyncedWriteOptions<T> {
  /** The stored record before this write, when the caller has read it (`null`: there was none). */
  previous?: T | null;
  /** `add` instead of `put`: fails when the key exists. */
  add?: boolean;
  now?: number;
}

export async function putSynced<S extends SyncedStoreName>(
  tx: SyncWriteTransaction,
  store: S,
  next: SyncedValue<S>,
  { previous, add = false, now = Date.now() }: SyncedWriteOptions<SyncedValue<S>> = {},
): Promise<void> {
  const objectStore = tx.objectStore(store);
  const key = (next as { id: string }).id;
  noteSyncedWrite(tx, store, key);
  const before = previous === undefined ? ((await objectStore.get(key)) as SyncedValue<S> | undefined) : (previous ?? undefined);
  const written = add ? objectStore.add(next) : objectStore.put(next);
  const projected = store === 'contacts' ? projectContactWrite(tx, key, next as SyncedValue<'contacts'>) : undefined;
  await Promise.all([written, stampRecord(tx, store, before, next, now), projected]);
}

async function stampRecord<S extends SyncedStoreName>(
  tx: SyncWriteTransaction,
  store: S,
  before: SyncedValue<S> | undefined,
  next: SyncedValue<S>,
  now: number,
): Promise<void> {
  const rule = ruleOf(store);
  const stamp = await stampIn(tx, now);
  const recordKey = rule.recordKey(next);
  const bundleKey = rule.bundleKey(next);
  const movedFrom = before && rule.bundleKey(before) !== bundleKey ? rule.bundleKey(before) : undefined;
  if (movedFrom) {
    const old = await bundleMetaIn(tx, movedFrom);
    old.records[recordKey] = deletedRecord(old.records[recordKey], stamp).meta;
    await markPending(tx, old, now);
  }
  const meta = await bundleMetaIn(tx, bundleKey);
  const previousFields = before && !movedFrom ? syncedFields(store, before) : undefined;
  const { meta: recordMeta, changed } = stampWrite(previousFields, meta.records[recordKey], syncedFields(store, next), stamp);
  const revived = recordKey === bundleKey && meta.deleted;
  if (!changed && !revived) return;
  meta.records[recordKey] = recordMeta;
  if (revived) delete meta.deleted;
  await markPending(tx, meta, now);
}

export async function deleteSynced<S extends SyncedStoreName>(
  tx: SyncWriteTransaction,
  store: S,
  previous: SyncedValue<S>,
  { now = Date.now() }: { now?: number } = {},
): Promise<void> {
  const rule = ruleOf(store);
  const key = (previous as { id: string }).id;
  noteSyncedWrite(tx, store, key);
  const deleting = tx.objectStore(store).delete(key);
  const projected = store === 'contacts' ? projectContactWrite(tx, key, undefined) : undefined;
  const stamp = await stampIn(tx, now);
  const recordKey = rule.recordKey(previous);
  const bundleKey = rule.bundleKey(previous);
  const meta = await bundleMetaIn(tx, bundleKey);
  if (recordKey === bundleKey) {
    meta.deleted = true;
    meta.records = {};
  } else if (!meta.deleted) {
    meta.records[recordKey] = deletedRecord(meta.records[recordKey], stamp).meta;
  }
  await Promise.all([deleting, markPending(tx, meta, now), projected]);
}
