import type { IDBPTransaction, StoreNames } from 'idb';
import type { Agreement, Contact, Interaction } from '../domain/model';
import type { Bundle } from '../sync/bundle';
import { lastChange, type RecordMeta, type Stamp, type SyncedRecord } from '../sync/record-merge';
import type { RapportDatabase } from './open';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import { organisationPlacer, type OrganisationPlacer } from '../domain/organisation-placer';
import { projectContactWrite } from './cold-contacts';
import { ALL_SYNCED_STORES, noteSyncedWrite, SYNC_META_STORE } from './sync-marks';
import type { RapportDB } from './schema';

type ApplyTransaction = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'readwrite'>;
import { DEVICE_ENTRY_ID, isBundleMeta, type BundleMeta, type DeviceEntry } from './sync-meta';
import { ruleOf, splitRecordKey, storeOfKind, syncedFields, SYNCED_STORE_NAMES } from './sync-registry';

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

export async function readAppBundles(db: RapportDatabase, keys: readonly string[]): Promise<Map<string, AppBundle>> {
  const tx = db.transaction(['contacts', 'interactions', 'agreements', SYNC_META_STORE]);
  const read = await Promise.all(
    keys.map(async (key): Promise<AppBundle> => {
      const contactId = contactIdOf(key);
      const [meta, contact, interactions, agreements] = await Promise.all([
        tx.objectStore(SYNC_META_STORE).get(key),
        tx.objectStore('contacts').get(contactId),
        tx.objectStore('interactions').index('byContactAt').getAll(IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity])),
        tx.objectStore('agreements').index('byContact').getAll(contactId),
      ]);
      return { key, meta: isBundleMeta(meta) ? meta : undefined, contact, interactions, agreements };
    }),
  );
  await tx.done;
  return new Map(read.map((bundle) => [bundle.key, bundle]));
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

export interface BundleApply {
  key: string;
  /** What this device should hold now; `null` for a deleted bundle. */
  bundle: Bundle | null;
  /** The document revision the result is stored under (undefined when nothing is stored). */
  rev?: string;
  /** The pending mark read before merging: a newer local write in the meantime wins, and this apply is skipped. */
  expectedPending: number | undefined;
}

export interface ApplyOutcome {
  applied: string[];
  skipped: string[];
  /** Contacts that arrived or changed: candidates for the identity rules (same email, same LinkedIn profile). */
  contactIds: string[];
}

/** Writes merged bundles into the app's stores, all in ONE transaction, keeping what is derived in step. */
export async function applyBundles(db: RapportDatabase, items: readonly BundleApply[]): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { applied: [], skipped: [], contactIds: [] };
  if (items.length === 0) return outcome;
  const tx = db.transaction([...ALL_SYNCED_STORES, 'settings', 'organisations'], 'readwrite') as unknown as ApplyTransaction;
  const placer = organisationPlacer(await tx.objectStore('organisations').getAll(), Date.now());
  for (const item of items) {
    const stored = await tx.objectStore(SYNC_META_STORE).get(item.key);
    const meta = isBundleMeta(stored) ? stored : undefined;
    if (meta?.pending !== item.expectedPending) {
      outcome.skipped.push(item.key);
      continue;
    }
    const contactId = contactIdOf(item.key);
    const contact = await tx.objectStore('contacts').get(contactId);
    if (contact?.localOnly) {
      await tx.objectStore(SYNC_META_STORE).put({ ...(meta ?? { id: item.key, records: {} }), rev: item.rev, pending: undefined });
      outcome.applied.push(item.key);
      continue;
    }
    if (item.bundle === null) await removeBundle(tx, contactId);
    else {
      await writeBundle(tx, contactId, contact, item.bundle, placer);
      outcome.contactIds.push(contactId);
    }
    const next: BundleMeta = item.bundle
      ? { id: item.key, records: Object.fromEntries(Object.entries(item.bundle.records).map(([key, record]) => [key, record.meta])) }
      : { id: item.key, records: {}, deleted: true };
    if (item.rev) next.rev = item.rev;
    await tx.objectStore(SYNC_META_STORE).put(next);
    outcome.applied.push(item.key);
  }
  await Promise.all(placer.changed().map((organisation) => tx.objectStore('organisations').put(organisation)));
  await tx.done;
  return outcome;
}

async function removeBundle(tx: ApplyTransaction, contactId: string): Promise<void> {
  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  const [interactionKeys, agreementKeys] = await Promise.all([
    tx.objectStore('interactions').index('byContactAt').getAllKeys(range),
    tx.objectStore('agreements').index('byContact').getAllKeys(contactId),
  ]);
  const deletes: Array<Promise<unknown>> = [];
  const remove = (store: 'contacts' | 'interactions' | 'agreements', key: string) => {
    noteSyncedWrite(tx, store, key);
    deletes.push(tx.objectStore(store).delete(key));
  };
  remove('contacts', contactId);
  for (const key of interactionKeys) remove('interactions', key);
  for (const key of agreementKeys) remove('agreements', key);
  await Promise.all([...deletes, projectContactWrite(tx, contactId, undefined)]);
}

/**
 * Organisations do not sync (their ids are each device's own): an arriving contact keeps its organisation here while
 * its company and emails are unchanged, else it is placed by them as an import would be (a new organisation record
 * when none matches). Its agreements keep the organisation they have here, new ones take the contact's.
 */
function placedHere(contact: Contact, current: Contact | undefined, placer: OrganisationPlacer): Contact {
  const same =
    current !== undefined &&
    current.company === contact.company &&
    current.emails.length === contact.emails.length &&
    current.emails.every((email, index) => contact.emails[index] === email);
  if (same) {
    const { organisationId: _sent, ...rest } = contact;
    return current.organisationId ? { ...rest, organisationId: current.organisationId } : rest;
  }
  return placer.place(contact);
}

async function writeBundle(tx: ApplyTransaction, contactId: string, current: Contact | undefined, bundle: Bundle, placer: OrganisationPlacer): Promise<void> {
  const own = bundle.records[`contact:${contactId}`];
  const ownValue = own?.value as Omit<Contact, 'id'> | undefined;
  const organisationId = ownValue ? placedHere({ ...ownValue, id: contactId } as Contact, current, placer).organisationId : current?.organisationId;
  const entries = Object.entries(bundle.records).sort(([, a], [, b]) => Number(a.value !== undefined) - Number(b.value !== undefined));
  for (const [recordKey, record] of entries) {
    const { kind, id } = splitRecordKey(recordKey);
    const store = storeOfKind(kind);
    if (!store || store === 'contacts') continue;
    const existing = (await tx.objectStore(store).get(id)) as Interaction | Agreement | undefined;
    if (!record.value) {
      // A tombstone here removes the record only while it is still attached to this contact (it may have moved).
      if (existing && existing.contactId === contactId) {
        noteSyncedWrite(tx, store, id);
        await tx.objectStore(store).delete(id);
      }
      continue;
    }
    const value = { ...record.value, id } as Interaction | Agreement;
    if (store === 'interactions') {
      const sourceKey = (value as Interaction).sourceKey;
      const holder = sourceKey === undefined ? undefined : await tx.objectStore('interactions').index('bySourceKey').getKey(sourceKey);
      if (holder !== undefined && holder !== id) continue;
      noteSyncedWrite(tx, store, id);
      await tx.objectStore('interactions').put(value as Interaction);
    } else {
      const { organisationId: _sent, ...agreement } = value as Agreement;
      const kept = (existing as Agreement | undefined)?.organisationId ?? organisationId;
      noteSyncedWrite(tx, store, id);
      await tx.objectStore('agreements').put({ ...agreement, ...(kept ? { organisationId: kept } : {}), updatedAt: lastChange(record.meta)[0] });
    }
  }
  if (!own?.value) return;
  const last = await latestInteraction(tx, contactId);
  const facts = await readScheduleFacts(
    { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') },
    contactId,
  );
  const contact = withFollowUp(
    dropEmpty({
      ...(own.value as Omit<Contact, 'id'>),
      id: contactId,
      organisationId,
      lastContactAt: last?.at,
      lastContactChannel: last?.channel,
      updatedAt: Math.max(current?.updatedAt ?? 0, newestOf(bundle)),
    } as Contact),
    facts,
  );
  noteSyncedWrite(tx, 'contacts', contactId);
  await Promise.all([tx.objectStore('contacts').put(contact), projectContactWrite(tx, contactId, contact)]);
}

async function latestInteraction(tx: ApplyTransaction, contactId: string): Promise<Interaction | undefined> {
  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  const cursor = await tx.objectStore('interactions').index('byContactAt').openCursor(range, 'prev');
  return cursor?.value;
}

function newestOf(bundle: Bundle): number {
  let newest: Stamp | undefined;
  for (const record of Object.values(bundle.records)) {
    const stamp = lastChange(record.meta);
    if (!newest || stamp[0] > newest[0]) newest = stamp;
  }
  return newest?.[0] ?? 0;
}

function dropEmpty<T extends object>(record: T): T {
  for (const key of Object.keys(record) as Array<keyof T>) if (record[key] === undefined) delete record[key];
  return record;
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
