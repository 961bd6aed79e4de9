import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import type { Agreement, Contact, Interaction, Timestamp } from '../domain/model';
import { organisationPlacer, type OrganisationPlacer } from '../domain/organisation-placer';
import type { Settings } from '../domain/settings';
import type { Bundle } from '../sync/bundle';
import { lastChange, sameValue, type Stamp } from '../sync/record-merge';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import type { RapportDatabase } from './open';
import type { RapportDB } from './schema';
import { ALL_SYNCED_STORES, noteSyncedWrite, SYNC_META_STORE } from './sync-marks';
import { isBundleMeta, type BundleMeta } from './sync-meta';
import { splitRecordKey, storeOfKind } from './sync-registry';
import { projectContactWrite } from './cold-contacts';
import { replaceTimesOfContacts } from './contact-times';

type ApplyTransaction = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'readwrite'>;
type AttachedStore = 'interactions' | 'agreements';
type Attached = Interaction | Agreement;

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

const contactIdOf = (bundleKey: string) => splitRecordKey(bundleKey).id;
const recordRef = (store: AttachedStore, id: string) => `${store}/${id}`;
const byContact = (contactId: string) => IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);

/**
 * What a round of items reads before it writes, all requests at once. No two items of a round touch the same bundle
 * or record, and source keys are left to the unique index, so each item sees what it would have seen after the
 * items before it (as if they ran one after another).
 */
interface Snapshot {
  metas: Map<string, BundleMeta | undefined>;
  contacts: Map<string, Contact | undefined>;
  /** Attached records by `store/id`: agreements read by id, interactions among those attached to the item's contact. */
  records: Map<string, Attached | undefined>;
  /** For deleted bundles: the keys of what is attached to the contact here. */
  attached: Map<string, { interactionKeys: string[]; agreementKeys: string[] }>;
}

/** The contact record of a bundle, written once the bundle's attached records are (it derives from them). */
interface OwnerWrite {
  contactId: string;
  value: Omit<Contact, 'id'>;
  current: Contact | undefined;
  organisationId: string | undefined;
  newest: number;
}

/**
 * Writes merged bundles into the app's stores, all in ONE transaction, keeping what is derived in step. The
 * requests of a batch are issued together (a few waits per batch, not several per record), and records that
 * already hold what arrives are not written again.
 */
export async function applyBundles(db: RapportDatabase, items: readonly BundleApply[]): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { applied: [], skipped: [], contactIds: [] };
  if (items.length === 0) return outcome;
  const tx = db.transaction([...ALL_SYNCED_STORES, 'settings', 'organisations', 'contactTimes'], 'readwrite') as unknown as ApplyTransaction;
  const [organisations, settings] = await Promise.all([tx.objectStore('organisations').getAll(), tx.objectStore('settings').get('app')]);
  const placer = organisationPlacer(organisations, Date.now());
  // A round ends before an item that touches a bundle or record an earlier item of it touched: that one and the
  // rest run in the next round, which reads after the first one's writes (the order stays the batch's).
  let rest = items;
  while (rest.length > 0) {
    const seen = new Set<string>();
    let end = 0;
    for (; end < rest.length; end += 1) {
      const item = rest[end] as BundleApply;
      const touched = [item.key, ...Object.keys(item.bundle?.records ?? {})];
      if (end > 0 && touched.some((key) => seen.has(key))) break;
      for (const key of touched) seen.add(key);
    }
    await applyRound(tx, rest.slice(0, end), { placer, settings, outcome });
    rest = rest.slice(end);
  }
  await Promise.all(placer.changed().map((organisation) => tx.objectStore('organisations').put(organisation)));
  await tx.done;
  return outcome;
}

interface RoundContext {
  placer: OrganisationPlacer;
  settings: Settings | undefined;
  outcome: ApplyOutcome;
}

async function applyRound(tx: ApplyTransaction, items: readonly BundleApply[], { placer, settings, outcome }: RoundContext): Promise<void> {
  const snapshot = await readSnapshot(tx, items);
  const writes: Array<Promise<unknown>> = [];
  const owners: OwnerWrite[] = [];
  /** The going-cold strips' contact times of every contact that arrived or went: a bundle holds all it has. */
  const times = new Map<string, Timestamp[]>();
  for (const item of items) {
    const meta = snapshot.metas.get(item.key);
    if (meta?.pending !== item.expectedPending) {
      outcome.skipped.push(item.key);
      continue;
    }
    const contactId = contactIdOf(item.key);
    const contact = snapshot.contacts.get(contactId);
    let next: BundleMeta;
    if (contact?.localOnly) {
      next = { ...(meta ?? { id: item.key, records: {} }), rev: item.rev, pending: undefined };
    } else {
      times.set(contactId, item.bundle ? interactionTimesOf(item.bundle) : []);
      if (item.bundle === null) removeBundle(tx, snapshot, contactId, writes);
      else {
        const owner = writeAttached(tx, snapshot, contactId, contact, item.bundle, placer, writes);
        if (owner) owners.push(owner);
        outcome.contactIds.push(contactId);
      }
      next = item.bundle
        ? { id: item.key, records: Object.fromEntries(Object.entries(item.bundle.records).map(([key, record]) => [key, record.meta])) }
        : { id: item.key, records: {}, deleted: true };
      if (item.rev) next.rev = item.rev;
    }
    writes.push(tx.objectStore(SYNC_META_STORE).put(next));
    outcome.applied.push(item.key);
  }
  // Issued after the attached records' writes, so these reads see them (requests run in order).
  const derived = await Promise.all(
    owners.map((owner) =>
      Promise.all([
        tx.objectStore('interactions').index('byContactAt').openCursor(byContact(owner.contactId), 'prev'),
        readScheduleFacts({ agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: { get: async () => settings } }, owner.contactId),
      ]),
    ),
  );
  owners.forEach((owner, index) => {
    const [cursor, facts] = derived[index] ?? [];
    const last = cursor?.value;
    if (!facts) return;
    const contact = withFollowUp(
      dropEmpty({
        ...owner.value,
        id: owner.contactId,
        organisationId: owner.organisationId,
        lastContactAt: last?.at,
        lastContactChannel: last?.channel,
        updatedAt: Math.max(owner.current?.updatedAt ?? 0, owner.newest),
      } as Contact),
      facts,
    );
    if (owner.current && sameValue(owner.current, contact)) return;
    noteSyncedWrite(tx, 'contacts', owner.contactId);
    writes.push(tx.objectStore('contacts').put(contact), projectContactWrite(tx, owner.contactId, contact));
  });
  writes.push(replaceTimesOfContacts(tx.objectStore('contactTimes'), times, Date.now()));
  await Promise.all(writes);
}

function interactionTimesOf(bundle: Bundle): Timestamp[] {
  const times: Timestamp[] = [];
  for (const [recordKey, record] of Object.entries(bundle.records)) {
    const at = record.value?.at;
    if (splitRecordKey(recordKey).kind === 'interaction' && typeof at === 'number') times.push(at);
  }
  return times.sort((a, b) => a - b);
}

async function readSnapshot(tx: ApplyTransaction, items: readonly BundleApply[]): Promise<Snapshot> {
  const refs = new Map<string, { store: AttachedStore; id: string }>();
  const removed: string[] = [];
  /** Contacts whose arriving bundle holds interactions: what is attached to them here is read in one request each. */
  const withInteractions = new Set<string>();
  for (const item of items) {
    if (item.bundle === null) {
      removed.push(contactIdOf(item.key));
      continue;
    }
    for (const recordKey of Object.keys(item.bundle.records)) {
      const { kind, id } = splitRecordKey(recordKey);
      const store = storeOfKind(kind);
      if (store === 'interactions') withInteractions.add(contactIdOf(item.key));
      else if (store === 'agreements') refs.set(recordRef(store, id), { store, id });
    }
  }
  const metaStore = tx.objectStore(SYNC_META_STORE);
  const keyed = async <K, V>(keys: Iterable<K>, read: (key: K) => Promise<V>) => {
    const list = [...keys];
    const values = await Promise.all(list.map(read));
    return new Map(list.map((key, index) => [key, values[index] as V]));
  };
  const [metas, contacts, records, attachedInteractions, attached] = await Promise.all([
    keyed(
      items.map((item) => item.key),
      async (key) => {
        const stored = await metaStore.get(key);
        return isBundleMeta(stored) ? stored : undefined;
      },
    ),
    keyed(
      items.map((item) => contactIdOf(item.key)),
      (id) => tx.objectStore('contacts').get(id),
    ),
    keyed(refs.keys(), async (ref) => {
      const { store, id } = refs.get(ref) as { store: AttachedStore; id: string };
      return (await tx.objectStore(store).get(id)) as Attached | undefined;
    }),
    // An arriving interaction is looked up among those attached to its bundle's contact here, not by its id (ten
    // requests become one): one attached to another contact is treated alike either way (a tombstone removes a
    // record only while it is attached to this contact, and a live one is written because its contact differs).
    Promise.all([...withInteractions].map((contactId) => tx.objectStore('interactions').index('byContactAt').getAll(byContact(contactId)))),
    keyed(removed, async (contactId) => {
      const [interactionKeys, agreementKeys] = await Promise.all([
        tx.objectStore('interactions').index('byContactAt').getAllKeys(byContact(contactId)),
        tx.objectStore('agreements').index('byContact').getAllKeys(contactId),
      ]);
      return { interactionKeys, agreementKeys };
    }),
  ]);
  for (const list of attachedInteractions) for (const interaction of list) records.set(recordRef('interactions', interaction.id), interaction);
  return { metas, contacts, records, attached };
}

/**
 * Puts an interaction unless another one holds its source key (the same email logged on two devices): the unique
 * index refuses it, and the refusal is kept from aborting the transaction. Requests run in order, so a source key
 * freed earlier in the transaction is free here. Resolves whether it was written.
 */
function putUnlessSourceTaken(tx: ApplyTransaction, value: Interaction): Promise<boolean> {
  const request = (unwrap(tx.objectStore('interactions')) as IDBObjectStore).put(value);
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(true);
    request.onerror = (event) => {
      if (request.error?.name !== 'ConstraintError') return reject(request.error);
      event.preventDefault();
      event.stopPropagation();
      resolve(false);
    };
  });
}

function removeBundle(tx: ApplyTransaction, snapshot: Snapshot, contactId: string, writes: Array<Promise<unknown>>): void {
  const here = snapshot.attached.get(contactId) ?? { interactionKeys: [], agreementKeys: [] };
  const remove = (store: 'contacts' | AttachedStore, key: string) => {
    noteSyncedWrite(tx, store, key);
    writes.push(tx.objectStore(store).delete(key));
  };
  remove('contacts', contactId);
  for (const key of here.interactionKeys) remove('interactions', key);
  for (const key of here.agreementKeys) remove('agreements', key);
  writes.push(projectContactWrite(tx, contactId, undefined));
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

/** Issues the writes of a bundle's interactions and agreements; returns the contact record still to write. */
function writeAttached(
  tx: ApplyTransaction,
  snapshot: Snapshot,
  contactId: string,
  current: Contact | undefined,
  bundle: Bundle,
  placer: OrganisationPlacer,
  writes: Array<Promise<unknown>>,
): OwnerWrite | undefined {
  const own = bundle.records[`contact:${contactId}`];
  const ownValue = own?.value as Omit<Contact, 'id'> | undefined;
  const organisationId = ownValue ? placedHere({ ...ownValue, id: contactId } as Contact, current, placer).organisationId : current?.organisationId;
  const entries = Object.entries(bundle.records).sort(([, a], [, b]) => Number(a.value !== undefined) - Number(b.value !== undefined));
  for (const [recordKey, record] of entries) {
    const { kind, id } = splitRecordKey(recordKey);
    const store = storeOfKind(kind);
    if (store !== 'interactions' && store !== 'agreements') continue;
    const existing = snapshot.records.get(recordRef(store, id));
    if (!record.value) {
      // A tombstone here removes the record only while it is still attached to this contact (it may have moved).
      if (existing && existing.contactId === contactId) {
        noteSyncedWrite(tx, store, id);
        writes.push(tx.objectStore(store).delete(id));
      }
      continue;
    }
    let value: Attached;
    if (store === 'interactions') {
      value = { ...record.value, id } as Interaction;
    } else {
      const { organisationId: _sent, ...agreement } = { ...record.value, id } as Agreement;
      const kept = (existing as Agreement | undefined)?.organisationId ?? organisationId;
      value = { ...agreement, ...(kept ? { organisationId: kept } : {}), updatedAt: lastChange(record.meta)[0] };
    }
    if (existing && sameValue(existing, value)) continue;
    noteSyncedWrite(tx, store, id);
    writes.push(store === 'interactions' ? putUnlessSourceTaken(tx, value as Interaction) : tx.objectStore('agreements').put(value as Agreement));
  }
  if (!ownValue) return undefined;
  return { contactId, value: ownValue, current, organisationId, newest: newestOf(bundle) };
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
