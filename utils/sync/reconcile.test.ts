import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreement } from '../db/agreements-repo';
import { addContact, updateContact } from '../db/contacts-repo';
import type { RapportDatabase } from '../db/open';
import { pendingBundleKeys, readDevice, setDeviceUser } from '../db/sync-bundles';
import { openDB } from 'idb';
import { upgradeRapportDB } from '../db/migrations';
import { DB_VERSION, type RapportDB } from '../db/schema';
import type { BundleDocument } from './documents';
import { bundleKeysOf, reconcile, type Replica } from './reconcile';

/** A replica without revision history: enough for bundles that only one device changes at a time. */
function memoryReplica(): Replica & { docs: Map<string, BundleDocument> } {
  const docs = new Map<string, BundleDocument>();
  let revision = 0;
  return {
    docs,
    async allDocs({ keys }) {
      return {
        rows: keys.map((id) => {
          const doc = docs.get(id);
          return doc ? { id, value: { rev: doc._rev ?? '' }, doc } : { id, error: 'not_found' };
        }),
      };
    },
    async bulkGet() {
      return { results: [] };
    },
    async bulkDocs(written) {
      return written.map((doc) => {
        revision += 1;
        const rev = `${revision}-x`;
        docs.set(doc._id, { ...doc, _rev: rev });
        return { ok: true, id: doc._id, rev };
      });
    },
  };
}

const defaults = { language: 'de', formality: 'sie' } as const;

/** A device's own database, open beside the other's (the shared app connection holds only one). */
const deviceDatabase = () => openDB<RapportDB>(`rapport-device-${Math.random()}`, DB_VERSION, { upgrade: upgradeRapportDB });

async function device(db: RapportDatabase, user: string) {
  await setDeviceUser(db, user);
  const entry = await readDevice(db);
  if (!entry) throw new Error('no device entry');
  return entry;
}

describe('reconcile', () => {
  let laptop: RapportDatabase;
  let desktop: RapportDatabase;
  beforeEach(async () => {
    [laptop, desktop] = await Promise.all([deviceDatabase(), deviceDatabase()]);
  });

  it('sends a contact with its agreement as one document, without this device’s organisation id, and the other device places it in its own organisation', async () => {
    const clara = await addContact(laptop, { displayName: 'Clara Schmidt', emails: ['clara@atelier-schmidt.de'], company: 'Atelier Schmidt' }, defaults);
    await addAgreement(laptop, { contactId: clara.id, kind: 'invoice', text: 'Invoice 7' });
    const replica = memoryReplica();
    const sent = await reconcile(laptop, replica, await pendingBundleKeys(laptop), await device(laptop, 'anna'));
    expect(sent.written).toBe(1);
    expect(await pendingBundleKeys(laptop)).toEqual([]);
    const document = JSON.stringify(replica.docs.get(`contact:${clara.id}`));
    expect(document).toContain('Atelier Schmidt');
    expect(document).not.toContain('organisationId');

    const arrived = await reconcile(desktop, replica, [`contact:${clara.id}`], await device(desktop, 'ben'));
    expect(arrived.contactIds).toEqual([clara.id]);
    const onDesktop = await desktop.get('contacts', clara.id);
    const organisations = await desktop.getAll('organisations');
    expect(organisations.map((organisation) => organisation.name)).toEqual(['Atelier Schmidt']);
    expect(onDesktop?.organisationId).toBe(organisations[0]?.id);
    const [agreement] = await desktop.getAll('agreements');
    expect(agreement?.organisationId).toBe(organisations[0]?.id);
    // Nothing arrived is pending to be sent back.
    expect(await pendingBundleKeys(desktop)).toEqual([]);

    // An edit on the desktop that does not touch the company keeps the desktop's organisation.
    await updateContact(desktop, clara.id, { notes: 'Prefers calls' });
    await reconcile(desktop, replica, await pendingBundleKeys(desktop), await device(desktop, 'ben'));
    await reconcile(laptop, replica, [`contact:${clara.id}`], await device(laptop, 'anna'));
    expect((await laptop.get('contacts', clara.id))?.notes).toBe('Prefers calls');
    expect((await laptop.get('contacts', clara.id))?.organisationId).toBe(clara.organisationId);
    expect(await laptop.count('organisations')).toBe(1);
  });

  it('takes only changes of revisions this device does not hold yet', async () => {
    const clara = await addContact(laptop, { displayName: 'Clara Schmidt', emails: ['clara@example.org'] }, defaults);
    const replica = memoryReplica();
    await reconcile(laptop, replica, await pendingBundleKeys(laptop), await device(laptop, 'anna'));
    const key = `contact:${clara.id}`;
    const rev = replica.docs.get(key)?._rev ?? '';
    const me = await device(laptop, 'anna');
    /** The keys among these changes that reconciling took (read from the replica: the changes carry no documents). */
    const taken = async (changes: Array<{ id: string; changes: Array<{ rev: string }> }>) => {
      const reads: string[] = [];
      const counting: Replica = { ...replica, allDocs: (options) => (reads.push(...options.keys), replica.allDocs(options)) };
      await reconcile(laptop, counting, bundleKeysOf(changes), me, changes);
      return reads;
    };
    expect(bundleKeysOf([{ id: key }, { id: '_design/x' }, { id: key }])).toEqual([key]);
    expect(await taken([{ id: key, changes: [{ rev }] }, { id: '_design/x', changes: [{ rev: '1-a' }] }])).toEqual([]);
    expect(await taken([{ id: key, changes: [{ rev: '9-other' }] }])).toEqual([key]);
    expect(await taken([{ id: key, changes: [{ rev }, { rev: '2-conflict' }] }])).toEqual([key]);
    expect(await taken([{ id: 'contact:new', changes: [{ rev: '1-a' }] }])).toEqual(['contact:new']);
    await updateContact(laptop, clara.id, { notes: 'Pending here' });
    expect(await taken([{ id: key, changes: [{ rev }] }])).toEqual([key]);
  });

  it('takes arrivals with the documents the changes feed read, without reading the replica again', async () => {
    const clara = await addContact(laptop, { displayName: 'Clara Schmidt', emails: ['clara@example.org'] }, defaults);
    const replica = memoryReplica();
    await reconcile(laptop, replica, await pendingBundleKeys(laptop), await device(laptop, 'anna'));
    const key = `contact:${clara.id}`;
    const doc = replica.docs.get(key);
    if (!doc?._rev) throw new Error('not sent');
    const reads: string[][] = [];
    const counting: Replica = { ...replica, allDocs: (options) => (reads.push(options.keys), replica.allDocs(options)) };
    const other = 'contact:not-in-the-feed';
    const arrived = await reconcile(desktop, counting, [key, other], await device(desktop, 'ben'), [{ id: key, changes: [{ rev: doc._rev }], doc }]);
    expect(arrived.contactIds).toEqual([clara.id]);
    expect((await desktop.get('contacts', clara.id))?.displayName).toBe('Clara Schmidt');
    // Only the key the feed did not bring is read from the replica.
    expect(reads).toEqual([[other]]);
  });
});
