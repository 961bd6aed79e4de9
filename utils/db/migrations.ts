import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RapportDB } from './schema';
import { toStoredContactTimes, type ContactTimesShard } from '../cold/contact-times';
import { rebuildColdContacts } from './cold-contacts';
import { fillContactTimes } from './contact-times';
import { fillOrganisations } from './organisations-fill';

type UpgradeTransaction = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'versionchange'>;

/** Ordered steps: each brings a database from the version before it to its own. */
export function upgradeRapportDB(
  db: IDBPDatabase<RapportDB>,
  oldVersion: number,
  _newVersion: number | null,
  transaction: UpgradeTransaction,
): void {
  if (oldVersion < 1) {
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('byEmail', 'emails', { multiEntry: true });
    contacts.createIndex('byLinkedinSlug', 'linkedinSlug');
    contacts.createIndex('byNextFollowUp', 'nextFollowUp');
    contacts.createIndex('byUpdatedAt', 'updatedAt');

    const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
    interactions.createIndex('byContactAt', ['contactId', 'at']);
    interactions.createIndex('bySourceKey', 'sourceKey', { unique: true });

    const agreements = db.createObjectStore('agreements', { keyPath: 'id' });
    agreements.createIndex('byStatusDue', ['status', 'dueDate']);
    agreements.createIndex('byContact', 'contactId');

    db.createObjectStore('settings');
  }
  if (oldVersion < 2) {
    // History imports mark what they add, so one import can be undone as one step.
    transaction.objectStore('interactions').createIndex('byImportBatch', 'importBatch');
    transaction.objectStore('contacts').createIndex('byImportBatch', 'importBatch');
  }
  if (oldVersion < 3) {
    db.createObjectStore('contactTimes', { keyPath: 'shard' });
    fillContactTimes(transaction.objectStore('interactions'), transaction.objectStore('contactTimes'), Date.now()).catch(() => {
      // A failed fill must not leave version 2 without its times: the whole upgrade is undone and tried again.
      try {
        transaction.abort();
      } catch {
        // Already aborted by the failed request.
      }
    });
  }
  if (oldVersion < 4) {
    const organisations = db.createObjectStore('organisations', { keyPath: 'id' });
    organisations.createIndex('byNameKey', 'nameKeys', { multiEntry: true });
    organisations.createIndex('byDomain', 'domains', { multiEntry: true });
    transaction.objectStore('contacts').createIndex('byOrganisation', 'organisationId');
    transaction.objectStore('agreements').createIndex('byOrganisation', 'organisationId');
    // Company text becomes organisation records; if that fails the upgrade is undone and nothing is lost.
    if (oldVersion >= 1) {
      fillOrganisations(transaction, Date.now()).catch(() => {
        try {
          transaction.abort();
        } catch {
          // Already aborted by the failed request.
        }
      });
    }
  }
  if (oldVersion < 5) {
    // Kinds, tags and important dates: new optional fields, so no record needs rewriting.
    const contacts = transaction.objectStore('contacts');
    contacts.createIndex('byTag', 'tags', { multiEntry: true });
    contacts.createIndex('byKind', 'kinds', { multiEntry: true });
    contacts.createIndex('byDateRemindFrom', 'dateRemindFrom', { multiEntry: true });
    contacts.createIndex('byDateOccursOn', 'dateOccursOn', { multiEntry: true });
  }
  if (oldVersion < 6) {
    // Sync: per-bundle stamps and the pending-sync mark (an index holds only bundles not yet sent).
    const syncMeta = db.createObjectStore('syncMeta', { keyPath: 'id' });
    syncMeta.createIndex('byPending', 'pending');
  }
  if (oldVersion < 7) {
    // The going-cold view reads columns: contact times change form, and what it shows of contacts is projected.
    db.createObjectStore('coldContacts', { keyPath: 'shard' });
    const upgrade = async () => {
      const contactTimes = transaction.objectStore('contactTimes');
      const [shards, contacts] = await Promise.all([contactTimes.getAll(), transaction.objectStore('contacts').getAll()]);
      const mapped = (shards as unknown[]).filter((shard): shard is ContactTimesShard => (shard as Partial<ContactTimesShard>).times instanceof Map);
      await Promise.all([
        ...mapped.map((shard) => contactTimes.put(toStoredContactTimes(shard))),
        rebuildColdContacts(transaction.objectStore('coldContacts'), contacts),
      ]);
    };
    upgrade().catch(() => {
      try {
        transaction.abort();
      } catch {
        // Already aborted by the failed request.
      }
    });
  }
  if (oldVersion < 8) {
    // The going-cold view's first screen, kept until a write changes what it shows: one read instead of 128 shards.
    db.createObjectStore('firstScreens', { keyPath: 'key' });
  }
  if (oldVersion < 9) {
    // Kept by IndexedDB with every contact write, so they can never lag behind the records.
    const contacts = transaction.objectStore('contacts');
    contacts.createIndex('byOrganisationName', ['organisationId', 'displayName']);
    contacts.createIndex('byOrganisationLastContact', ['organisationId', 'lastContactAt']);
  }
}
