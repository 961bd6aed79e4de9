import type { Agreement, Contact, Interaction } from '../domain/model';
import type { RapportDB } from './schema';

/**
 * The stores whose records sync, and how: each record travels inside the document ("bundle") of the record
 * that owns it, so a contact and everything attached to it are sent, merged and deleted together.
 * A store joins sync by getting an entry here (and writing through `putSynced`/`deleteSynced`); see
 * utils/sync/README.md.
 */
export interface SyncRule<T> {
  /** The store's part of every record key: `<kind>:<id>`. */
  kind: string;
  recordKey(record: T): string;
  /** The record key of the owner whose bundle carries this record (its own key for an owner). */
  bundleKey(record: T): string;
  /** Fields that never leave this device: the key, what is derived from other records, per-device choices. */
  localFields: readonly string[];
}

const contacts: SyncRule<Contact> = {
  kind: 'contact',
  recordKey: (contact) => `contact:${contact.id}`,
  bundleKey: (contact) => `contact:${contact.id}`,
  // organisationId: organisations do not sync; each device places an arriving contact by its company (sync-bundles).
  localFields: ['id', 'localOnly', 'organisationId', 'lastContactAt', 'lastContactChannel', 'nextFollowUp', 'dateRemindFrom', 'dateOccursOn', 'updatedAt'],
};

const interactions: SyncRule<Interaction> = {
  kind: 'interaction',
  recordKey: (interaction) => `interaction:${interaction.id}`,
  bundleKey: (interaction) => `contact:${interaction.contactId}`,
  localFields: ['id'],
};

const agreements: SyncRule<Agreement> = {
  kind: 'agreement',
  recordKey: (agreement) => `agreement:${agreement.id}`,
  bundleKey: (agreement) => `contact:${agreement.contactId}`,
  localFields: ['id', 'organisationId', 'updatedAt'],
};

export const SYNC_RULES = { contacts, interactions, agreements } as const;

export type SyncedStoreName = keyof typeof SYNC_RULES;
export type SyncedValue<S extends SyncedStoreName> = RapportDB[S]['value'];

export const SYNCED_STORE_NAMES = Object.keys(SYNC_RULES) as SyncedStoreName[];

/**
 * Stores that never sync. Derived ones are rebuilt on each device from the synced stores and kept in step by
 * the writes of those (`contactTimes` from interactions, `coldContacts` from contacts, `firstScreens` dropped by
 * both); the others are the device's own (organisations are placed per device, settings are not synced yet, the
 * bookkeeping itself).
 */
export const LOCAL_STORE_NAMES = {
  derived: ['contactTimes', 'coldContacts', 'firstScreens'],
  own: ['organisations', 'settings', 'syncMeta'],
} as const satisfies Record<string, ReadonlyArray<keyof RapportDB>>;

export function isSyncedStore(name: string): name is SyncedStoreName {
  return Object.prototype.hasOwnProperty.call(SYNC_RULES, name);
}

/** The store that holds records of a kind (`interaction` -> `interactions`). */
export function storeOfKind(kind: string): SyncedStoreName | undefined {
  return SYNCED_STORE_NAMES.find((name) => SYNC_RULES[name].kind === kind);
}

export function splitRecordKey(recordKey: string): { kind: string; id: string } {
  const colon = recordKey.indexOf(':');
  return { kind: recordKey.slice(0, colon), id: recordKey.slice(colon + 1) };
}

/** What of a record syncs: every field but the local ones. */
export function syncedFields(store: SyncedStoreName, record: object): Record<string, unknown> {
  const local = new Set(SYNC_RULES[store].localFields);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!local.has(key) && value !== undefined) fields[key] = value;
  return fields;
}

export function ruleOf<S extends SyncedStoreName>(store: S): SyncRule<SyncedValue<S>> {
  return SYNC_RULES[store] as unknown as SyncRule<SyncedValue<S>>;
}
