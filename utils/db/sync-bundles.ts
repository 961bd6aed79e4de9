import type { Agreement, Contact, Interaction } from '../domain/model';
import type { Bundle } from '../sync/bundle';
import type { RecordMeta, SyncedRecord } from '../sync/record-merge';
import type { RapportDatabase } from './open';
import { ALL_SYNCED_STORES, SYNC_META_STORE } from './sync-marks';
import { DEVICE_ENTRY_ID, isBundleMeta, type BundleMeta, type DeviceEntry } from './sync-meta';
import { ruleOf, splitRecordKey, syncedFields, SYNCED_STORE_NAMES } from './sync-registry';

/** One bundle as this device holds it: the owner, what is attached, and the bookkeeping. */
export interface AppBundle {
  key: string;
  meta: BundleMeta | undefined;
  contact: Contact | undefined;
  interactions: Interaction[];
  agreements: Agreement[];
}

/** What a bundle is to sync: records to merge, a deletion to send, nothing (never existed), or private. */
export type AppBundleState =
  | { kind: 'live'; bundle: Bundle }
  | { kind: 'deleted' }
  | { kind: 'absent' }
  | { kind: 'local-only' };

const contactIdOf = (bundleKey: string) => splitRecordKey(bundleKey).id;

export async function readDevice(db: RapportDatabase): Promise<DeviceEntry | undefined> {
  const entry = await db.get(SYNC_META_STORE, DEVICE_ENTRY_ID);
  return entry && !isBundleMeta(entry) ? entry : undefined;
}

/** Sets the user name stamped on this device's writes (the sync connection's), creating the device id if needed. */
export async function setDeviceUser(db: RapportDatabase, user: string): Promise<DeviceEntry> {
  const tx = db.transaction(SYNC_META_STORE, 'readwrite');
  const stored = await tx.store.get(DEVICE_ENTRY_ID);
  const device: DeviceEntry =
    stored && !isBundleMeta(stored) ? { ...stored, user } : { id: DEVICE_ENTRY_ID, device: crypto.randomUUID().replace(/-/g, '').slice(0, 12), user };
  await tx.store.put(device);
  await tx.done;
  return device;
}

export async function pendingBundleKeys(db: RapportDatabase, limit?: number): Promise<string[]> {
  const metas = await db.getAllFromIndex(SYNC_META_STORE, 'byPending', undefined, limit);
  return metas.map((meta) => meta.id);
}

export async function countPendingBundles(db: RapportDatabase): Promise<number> {
  return db.countFromIndex(SYNC_META_STORE, 'byPending');
}

/**
 * The bundles as this device holds them. What is attached is read only for contacts that are here and not private:
 * `appBundleState` looks at nothing else, and a first pull (no contact here yet) saves half the requests.
 * `held(key, meta)`: bundles this device already holds as they are, left out after reading only their sync record.
 */
export async function readAppBundles(
  db: RapportDatabase,
  keys: readonly string[],
  held?: (key: string, meta: BundleMeta | undefined) => boolean,
): Promise<Map<string, AppBundle>> {
  const tx = db.transaction(['contacts', 'interactions', 'agreements', SYNC_META_STORE]);
  const read = await Promise.all(
    keys.map(async (key): Promise<AppBundle | undefined> => {
      const contactId = contactIdOf(key);
      const contactRead = held ? undefined : tx.objectStore('contacts').get(contactId);
      const stored = await tx.objectStore(SYNC_META_STORE).get(key);
      const meta = isBundleMeta(stored) ? stored : undefined;
      if (held?.(key, meta)) return undefined;
      const contact = await (contactRead ?? tx.objectStore('contacts').get(contactId));
      const [interactions, agreements] =
        contact && !contact.localOnly
          ? await Promise.all([
              tx.objectStore('interactions').index('byContactAt').getAll(IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity])),
              tx.objectStore('agreements').index('byContact').getAll(contactId),
            ])
          : [[], []];
      return { key, meta, contact, interactions, agreements };
    }),
  );
  await tx.done;
  return new Map(read.filter((bundle) => bundle !== undefined).map((bundle) => [bundle.key, bundle]));
}

/** The records of a bundle with their stamps; a record from before sync gets one stamp for all its fields. */
export function appBundleState(app: AppBundle, device: DeviceEntry): AppBundleState {
  if (app.contact?.localOnly) return { kind: 'local-only' };
  if (!app.contact) return app.meta?.deleted ? { kind: 'deleted' } : { kind: 'absent' };
  const records: Record<string, SyncedRecord> = {};
  const metas = app.meta?.records ?? {};
  const add = (store: 'contacts' | 'interactions' | 'agreements', record: Contact | Interaction | Agreement) => {
    const rule = ruleOf(store);
    const key = rule.recordKey(record as never);
    const since = (record as { updatedAt?: number }).updatedAt ?? record.createdAt;
    const meta: RecordMeta = metas[key] ?? { stamp: [since, device.device, device.user] };
    records[key] = { value: syncedFields(store, record), meta };
  };
  add('contacts', app.contact);
  for (const interaction of app.interactions) add('interactions', interaction);
  for (const agreement of app.agreements) add('agreements', agreement);
  for (const [key, meta] of Object.entries(metas)) if (meta.deleted && !records[key]) records[key] = { value: undefined, meta };
  return { kind: 'live', bundle: { records } };
}

/** Marks every bundle this device holds as pending (on Connect: everything is sent once, then merged). */
export async function markEverythingPending(db: RapportDatabase, now = Date.now()): Promise<number> {
  const tx = db.transaction([...ALL_SYNCED_STORES], 'readwrite');
  const metaStore = tx.objectStore(SYNC_META_STORE);
  const [contactKeys, metas] = await Promise.all([tx.objectStore('contacts').getAllKeys(), metaStore.getAll()]);
  const known = new Map(metas.filter(isBundleMeta).map((meta) => [meta.id, meta]));
  let mark = now * 1000;
  const keys = new Set([...contactKeys.map((id) => `contact:${id}`), ...[...known.values()].filter((meta) => meta.deleted).map((meta) => meta.id)]);
  await Promise.all(
    [...keys].map((key) => {
      mark += 1;
      const meta = known.get(key) ?? { id: key, records: {} };
      const { rev: _forgotten, ...rest } = meta;
      return metaStore.put({ ...rest, pending: mark });
    }),
  );
  await tx.done;
  return keys.size;
}

/** Every synced store's name, for code that must list them (utils/sync documents how a store joins). */
export const SYNCED_STORES = SYNCED_STORE_NAMES;
