import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import type { Agreement, Contact, Interaction, Timestamp } from '../domain/model';
import { organisationPlacer, type OrganisationPlacer } from '../domain/organisation-placer';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { Bundle } from '../sync/bundle';
import { lastChange, sameValue, type Stamp } from '../sync/record-merge';
import { todayIn } from '../schedule/calendar';
import { withFollowUp } from './follow-up-sync';
import { hasOpenAgreement, lastInteraction, RoundWrites } from './sync-apply-attached';
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
  /** Attached records by `store/id`: those attached to the item's contact, and agreements elsewhere read by id. */
  records: Map<string, Attached | undefined>;
  /** For arriving bundles: what is attached to the contact here before the round (last contact derives from it). */
  interactionsOf: Map<string, Interaction[]>;
  agreementsOf: Map<string, Agreement[]>;
  /** For deleted bundles: the keys of what is attached to the contact here. */
  attached: Map<string, { interactionKeys: string[]; agreementKeys: string[] }>;
}

/** What a round wrote of interactions and agreements (only what reached the store). */
interface Written {
  interactions: RoundWrites<Interaction>;
  agreements: RoundWrites<Agreement>;
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
  const writtenLive = liveRecordRefs(items);
  const writes: Array<Promise<unknown>> = [];
  const written: Written = { interactions: new RoundWrites(), agreements: new RoundWrites() };
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
      if (item.bundle === null) removeBundle(tx, snapshot, contactId, writtenLive, written, writes);
      else {
        const owner = writeAttached(tx, snapshot, contactId, contact, item.bundle, placer, written, writes);
        if (owner) owners.push(owner);
        outcome.contactIds.push(contactId);
      }
      next = item.bundle
        ? { id: item.key, records: Object.fromEntries(Object.entries(item.bundle.records).map(([key, record]) => [key, record.meta])) }
        : { id: item.key, records: {}, deleted: true };
      if (item.rev) next.rev = item.rev;
    }
    issue(tx, SYNC_META_STORE).put(next);
    outcome.applied.push(item.key);
  }
  // Once every write of the round is done (a refused interaction is known then), what is attached to each contact is
  // what was attached before with the round's writes over it: derived here, not read back.
  await Promise.all(writes);
  const facts = { settings: { ...DEFAULT_SETTINGS, ...settings } };
  const today = todayIn();
  const derived: Array<Promise<unknown>> = [];
  for (const owner of owners) {
    const last = lastInteraction(written.interactions.attachedAfter(owner.contactId, snapshot.interactionsOf.get(owner.contactId) ?? []));
    const hasOpenAgreements = hasOpenAgreement(written.agreements.attachedAfter(owner.contactId, snapshot.agreementsOf.get(owner.contactId) ?? []));
    const contact = withFollowUp(
      dropEmpty({
        ...owner.value,
        id: owner.contactId,
        organisationId: owner.organisationId,
        lastContactAt: last?.at,
        lastContactChannel: last?.channel,
        updatedAt: Math.max(owner.current?.updatedAt ?? 0, owner.newest),
      } as Contact),
      { ...facts, hasOpenAgreements },
      today,
    );
    if (owner.current && sameValue(owner.current, contact)) continue;
    noteSyncedWrite(tx, 'contacts', owner.contactId);
    issue(tx, 'contacts').put(contact);
    derived.push(projectContactWrite(tx, owner.contactId, contact));
  }
  derived.push(replaceTimesOfContacts(tx.objectStore('contactTimes'), times, Date.now()));
  await Promise.all(derived);
}

function interactionTimesOf(bundle: Bundle): Timestamp[] {
  const times: Timestamp[] = [];
  for (const [recordKey, record] of Object.entries(bundle.records)) {
    const at = record.value?.at;
    if (splitRecordKey(recordKey).kind === 'interaction' && typeof at === 'number') times.push(at);
  }
  return times.sort((a, b) => a - b);
}

/** From this many arriving agreements not attached to their contact here, the store's keys are read once instead of each agreement by id. */
const AGREEMENT_KEYS_FROM = 100;

async function readSnapshot(tx: ApplyTransaction, items: readonly BundleApply[]): Promise<Snapshot> {
  const agreementIds = new Map<string, string>();
  const removed: string[] = [];
  /** Contacts with an arriving bundle: what is attached to them here is read in one request per store. */
  const arriving: string[] = [];
  for (const item of items) {
    const contactId = contactIdOf(item.key);
    if (item.bundle === null) {
      removed.push(contactId);
      continue;
    }
    arriving.push(contactId);
    for (const recordKey of Object.keys(item.bundle.records)) {
      const { kind, id } = splitRecordKey(recordKey);
      if (storeOfKind(kind) === 'agreements') agreementIds.set(id, contactId);
    }
  }
  const metaStore = tx.objectStore(SYNC_META_STORE);
  const keyed = async <K, V>(keys: Iterable<K>, read: (key: K) => Promise<V>) => {
    const list = [...keys];
    const values = await Promise.all(list.map(read));
    return new Map(list.map((key, index) => [key, values[index] as V]));
  };
  const [metas, contacts, interactionsOf, agreementsOf, attached] = await Promise.all([
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
    // An arriving interaction is looked up among those attached to its bundle's contact here, not by its id (ten
    // requests become one): one attached to another contact is treated alike either way (a tombstone removes a
    // record only while it is attached to this contact, and a live one is written because its contact differs).
    keyed(arriving, (contactId) => tx.objectStore('interactions').index('byContactAt').getAll(byContact(contactId))),
    keyed(arriving, (contactId) => tx.objectStore('agreements').index('byContact').getAll(contactId)),
    keyed(removed, async (contactId) => {
      const [interactionKeys, agreementKeys] = await Promise.all([
        tx.objectStore('interactions').index('byContactAt').getAllKeys(byContact(contactId)),
        tx.objectStore('agreements').index('byContact').getAllKeys(contactId),
      ]);
      return { interactionKeys, agreementKeys };
    }),
  ]);
  const records = new Map<string, Attached | undefined>();
  for (const list of interactionsOf.values()) for (const interaction of list) records.set(recordRef('interactions', interaction.id), interaction);
  for (const list of agreementsOf.values()) for (const agreement of list) records.set(recordRef('agreements', agreement.id), agreement);
  // An arriving agreement attached to another contact here (moved) keeps what it has here: read by id. On a first
  // pull none is here, and the store's keys say so without a request per agreement. A device sending its own
  // changes finds them all among their contacts' and reads no keys.
  const notAttached = [...agreementIds.keys()].filter((id) => !records.has(recordRef('agreements', id)));
  const stored = notAttached.length >= AGREEMENT_KEYS_FROM ? new Set(await tx.objectStore('agreements').getAllKeys()) : undefined;
  const elsewhere = stored ? notAttached.filter((id) => stored.has(id)) : notAttached;
  const found = await Promise.all(elsewhere.map((id) => tx.objectStore('agreements').get(id)));
  elsewhere.forEach((id, index) => records.set(recordRef('agreements', id), found[index]));
  return { metas, contacts, records, interactionsOf, agreementsOf, attached };
}

/**
 * A store for writes whose outcome nothing waits for: no promise per request (idb adds two listeners and a promise to
 * each, thousands per pull). A failed one aborts the transaction, which `tx.done` reports.
 */
function issue<S extends typeof SYNC_META_STORE | 'agreements' | 'contacts'>(tx: ApplyTransaction, store: S): { put(value: RapportDB[S]['value']): void } {
  const raw = unwrap(tx.objectStore(store)) as IDBObjectStore;
  return { put: (value) => void raw.put(value) };
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

/** The interactions and agreements the round's bundles write (not remove), as `store/id`. */
function liveRecordRefs(items: readonly BundleApply[]): Set<string> {
  const refs = new Set<string>();
  for (const item of items) {
    for (const [recordKey, record] of Object.entries(item.bundle?.records ?? {})) {
      const { kind, id } = splitRecordKey(recordKey);
      const store = storeOfKind(kind);
      if (record.value !== undefined && (store === 'interactions' || store === 'agreements')) refs.add(recordRef(store, id));
    }
  }
  return refs;
}

/**
 * Deletes a contact and what is attached to it here, except records another bundle of the round writes: those moved
 * to that contact (the round's rules keep a bundle and what it touches apart, but a removed bundle lists nothing).
 */
function removeBundle(
  tx: ApplyTransaction,
  snapshot: Snapshot,
  contactId: string,
  writtenLive: ReadonlySet<string>,
  written: Written,
  writes: Array<Promise<unknown>>,
): void {
  const here = snapshot.attached.get(contactId) ?? { interactionKeys: [], agreementKeys: [] };
  const remove = (store: 'contacts' | AttachedStore, key: string) => {
    noteSyncedWrite(tx, store, key);
    writes.push(tx.objectStore(store).delete(key));
    if (store !== 'contacts') written[store].note(key, null);
  };
  remove('contacts', contactId);
  for (const key of here.interactionKeys) if (!writtenLive.has(recordRef('interactions', key))) remove('interactions', key);
  for (const key of here.agreementKeys) if (!writtenLive.has(recordRef('agreements', key))) remove('agreements', key);
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
  written: Written,
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
        written[store].note(id, null);
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
    if (store === 'interactions') {
      const interaction = value as Interaction;
      writes.push(putUnlessSourceTaken(tx, interaction).then((put) => put && written.interactions.note(id, interaction)));
    } else {
      written.agreements.note(id, value as Agreement);
      issue(tx, 'agreements').put(value as Agreement);
    }
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
