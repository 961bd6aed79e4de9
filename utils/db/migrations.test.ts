import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { buildColdContactsShards, coldContactsIn } from '../cold/cold-contacts';
import { shardOf, toStoredContactTimes } from '../cold/contact-times';
import type { Contact } from '../domain/model';
import { readColdFirstScreen } from './cold-first-screen';
import { refillColdFirstScreen } from './cold-first-screen-refill';
import { contactTimesOf } from './contact-times';
import { readGoingCold } from './going-cold';
import { findContactByIdentity, updateContact } from './contacts-repo';
import { countDue } from './due-counts';
import { forgetConnection, openRapportDB } from './open';
import { readOrganisationPage } from './organisation-page';
import { forgiveUnmarkedWrites } from './sync-mark-check.test-support';
import version1 from '../../tests/fixtures/db/version-1.json';

/** Builds a database exactly as the first released schema did, from a frozen description, and fills it. */
async function writeVersion1Database(name: string) {
  const db = await openDB(name, 1, {
    upgrade(database) {
      for (const [storeName, store] of Object.entries(version1.stores)) {
        const objectStore = database.createObjectStore(storeName, store.keyPath ? { keyPath: store.keyPath } : undefined);
        for (const index of store.indexes) objectStore.createIndex(index.name, index.keyPath, index.options);
      }
    },
  });
  const tx = db.transaction(['contacts', 'interactions', 'agreements', 'settings'], 'readwrite');
  for (const contact of version1.records.contacts) await tx.objectStore('contacts').put(contact);
  for (const interaction of version1.records.interactions) await tx.objectStore('interactions').put(interaction);
  for (const agreement of version1.records.agreements) await tx.objectStore('agreements').put(agreement);
  await tx.objectStore('settings').put(version1.records.settings, 'app');
  await tx.done;
  db.close();
}

/** Version 2 as it was released: version 1 plus the history imports' batch indexes, and an imported interaction. */
async function writeVersion2Database(name: string) {
  await writeVersion1Database(name);
  const db = await openDB(name, 2, {
    upgrade(_database, _oldVersion, _newVersion, transaction) {
      transaction.objectStore('interactions').createIndex('byImportBatch', 'importBatch');
      transaction.objectStore('contacts').createIndex('byImportBatch', 'importBatch');
    },
  });
  await db.put('interactions', { id: 'i-3', contactId: 'c-kenji', at: 1762000000000, channel: 'linkedin', direction: 'inbound', importBatch: 'batch-1', createdAt: 1762000000000 });
  db.close();
}

/** Version 3 as it was released: version 2 plus the going-cold view's contact-times store (frozen here; version 4 does not read it). */
async function writeVersion3Database(name: string) {
  await writeVersion2Database(name);
  const db = await openDB(name, 3, {
    upgrade(database) {
      database.createObjectStore('contactTimes', { keyPath: 'shard' });
    },
  });
  db.close();
}

/** Version 4 as it was released: version 3 plus organisations (frozen here; its fill is version 4's own test). */
async function writeVersion4Database(name: string) {
  await writeVersion3Database(name);
  const db = await openDB(name, 4, {
    upgrade(database, _oldVersion, _newVersion, transaction) {
      const organisations = database.createObjectStore('organisations', { keyPath: 'id' });
      organisations.createIndex('byNameKey', 'nameKeys', { multiEntry: true });
      organisations.createIndex('byDomain', 'domains', { multiEntry: true });
      transaction.objectStore('contacts').createIndex('byOrganisation', 'organisationId');
      transaction.objectStore('agreements').createIndex('byOrganisation', 'organisationId');
    },
  });
  db.close();
}

/** Version 5 as it was released: version 4 plus the kind, tag and date-reminder indexes (frozen here). */
async function writeVersion5Database(name: string) {
  await writeVersion4Database(name);
  const db = await openDB(name, 5, {
    upgrade(_database, _oldVersion, _newVersion, transaction) {
      const contacts = transaction.objectStore('contacts');
      contacts.createIndex('byTag', 'tags', { multiEntry: true });
      contacts.createIndex('byKind', 'kinds', { multiEntry: true });
      contacts.createIndex('byDateRemindFrom', 'dateRemindFrom', { multiEntry: true });
      contacts.createIndex('byDateOccursOn', 'dateOccursOn', { multiEntry: true });
    },
  });
  db.close();
}

/**
 * Version 6 as it was released: version 5 plus the sync bookkeeping, a contact with a rhythm of its own, and
 * contact times stored as maps (frozen here).
 */
async function writeVersion6Database(name: string) {
  await writeVersion5Database(name);
  const ben = { id: 'c-ben', displayName: 'Ben Becker', emails: ['ben@example.com'], company: 'Studio Blau', language: 'de', formality: 'du', cadence: { unit: 'months', count: 1 }, lastContactAt: 1762000000000, lastContactChannel: 'call', nextFollowUp: '2026-12-01', createdAt: 1750000000000, updatedAt: 1762000000000 };
  const before = await openDB(name, 5);
  await before.put('contacts', ben);
  await before.put('interactions', { id: 'i-ben', contactId: 'c-ben', at: 1762000000000, channel: 'call', direction: 'outbound', createdAt: 1762000000000 });
  before.close();
  const db = await openDB(name, 6, {
    upgrade(database) {
      const syncMeta = database.createObjectStore('syncMeta', { keyPath: 'id' });
      syncMeta.createIndex('byPending', 'pending');
    },
  });
  const tx = db.transaction('contactTimes', 'readwrite');
  await tx.store.put({ shard: shardOf('c-anna'), times: new Map([['c-anna', [1760000000000]]]) });
  await tx.store.put({ shard: shardOf('c-ben'), times: new Map([['c-ben', [1762000000000]]]) });
  await tx.done;
  db.close();
}

/**
 * Version 7 as it was released: version 6 with contact times as columns and the going-cold projection of contacts
 * (written here with the pure builders, which version 8 does not change).
 */
async function writeVersion7Database(name: string) {
  await writeVersion6Database(name);
  const db = await openDB(name, 7, {
    upgrade(database) {
      database.createObjectStore('coldContacts', { keyPath: 'shard' });
    },
  });
  const tx = db.transaction(['contacts', 'contactTimes', 'coldContacts'], 'readwrite');
  const contactTimes = tx.objectStore('contactTimes');
  const shards = (await contactTimes.getAll()) as Array<{ shard: number; times: Map<string, number[]> }>;
  await Promise.all(shards.map((shard) => contactTimes.put(toStoredContactTimes(shard))));
  const contacts = (await tx.objectStore('contacts').getAll()) as Contact[];
  await Promise.all(buildColdContactsShards(contacts).map((shard) => tx.objectStore('coldContacts').put(shard)));
  await tx.done;
  db.close();
}

/** Version 8 as it was released: version 7 plus the going-cold view's first-screen store, its people filed under one organisation. */
async function writeVersion8Database(name: string) {
  await writeVersion7Database(name);
  const db = await openDB(name, 8, {
    upgrade(database) {
      database.createObjectStore('firstScreens', { keyPath: 'key' });
    },
  });
  const tx = db.transaction(['contacts', 'organisations'], 'readwrite');
  await tx.objectStore('organisations').put({ id: 'o-blau', name: 'Studio Blau', nameKeys: ['studio blau'], domains: [], createdAt: 1750000000000, updatedAt: 1750000000000 });
  const contacts = (await tx.objectStore('contacts').getAll()) as Contact[];
  await Promise.all(contacts.map((contact) => tx.objectStore('contacts').put({ ...contact, organisationId: 'o-blau' })));
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('opens a database written by version 1 and keeps every record usable through its indexes', async () => {
    const name = `migration-${Math.random()}`;
    await writeVersion1Database(name);
    await forgetConnection();
    const db = await openRapportDB(name);
    expect(await db.count('contacts')).toBe(version1.records.contacts.length);
    expect(await db.count('interactions')).toBe(version1.records.interactions.length);
    expect(await db.count('agreements')).toBe(version1.records.agreements.length);
    expect((await findContactByIdentity(db, { emails: ['anna.mueller@example.com'] }))?.displayName).toBe('Anna Müller');
    expect(await db.getFromIndex('interactions', 'bySourceKey', 'gmail:msg-f:1001')).toBeDefined();
    expect(await countDue(db, '2026-11-27')).toEqual({ followUpsOverdue: 1, followUpsDueToday: 0, agreementsOverdue: 1 });
    // Version 2: history imports are found by their batch; older records simply have none.
    expect(await db.countFromIndex('interactions', 'byImportBatch')).toBe(0);
    expect(await db.countFromIndex('contacts', 'byImportBatch')).toBe(0);
    await forgetConnection();
  });

  it('builds the contact times of version 3 from the interactions a version 2 database holds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-27T12:00:00Z'));
    try {
      const name = `migration-3-${Math.random()}`;
      await writeVersion2Database(name);
      await forgetConnection();
      const db = await openRapportDB(name);
      const store = db.transaction('contactTimes').store;
      expect(await contactTimesOf(store, 'c-anna')).toEqual([1760000000000]);
      expect(await contactTimesOf(store, 'c-kenji')).toEqual([1755000000000, 1762000000000]);
      expect((await db.getAll('contactTimes')).reduce((total, shard) => total + shard.ids.length, 0)).toBe(2);
      expect(await db.countFromIndex('interactions', 'byImportBatch', 'batch-1')).toBe(1);
      await forgetConnection();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['version 3', writeVersion3Database],
    ['version 1', writeVersion1Database],
  ])('version 4 turns company text of a database written by %s into organisation records, with their contacts and agreements', async (_version, write) => {
    const name = `migration-organisations-${Math.random()}`;
    await write(name);
    await forgetConnection();
    const db = await openRapportDB(name);
    const organisations = await db.getAll('organisations');
    expect(organisations).toEqual([
      expect.objectContaining({ name: 'Müller & Partner', nameKeys: ['müller & partner'], domains: [] }),
    ]);
    const [mueller] = organisations;
    expect((await db.getAllFromIndex('contacts', 'byOrganisation', mueller?.id)).map((contact) => contact.id)).toEqual(['c-anna']);
    expect((await db.getAllFromIndex('agreements', 'byOrganisation', mueller?.id)).map((agreement) => agreement.id).sort()).toEqual(['a-1', 'a-2']);
    expect(await db.getFromIndex('organisations', 'byNameKey', 'müller & partner')).toEqual(mueller);
    const kenji = await db.get('contacts', 'c-kenji');
    expect(kenji?.organisationId).toBeUndefined();
    // Everything else of a record is as version 1 wrote it.
    const { organisationId: _id, ...anna } = (await db.get('contacts', 'c-anna')) ?? {};
    expect(anna).toEqual(version1.records.contacts.find((contact) => contact.id === 'c-anna'));
    await forgetConnection();
  });

  it('version 5 adds the kind, tag and date-reminder indexes to a database written by version 4, and its contacts take tags and dates', async () => {
    const name = `migration-5-${Math.random()}`;
    await writeVersion4Database(name);
    await forgetConnection();
    const db = await openRapportDB(name);
    expect([...db.transaction('contacts').store.indexNames].sort()).toEqual(
      [
        'byDateOccursOn',
        'byDateRemindFrom',
        'byEmail',
        'byImportBatch',
        'byKind',
        'byLinkedinSlug',
        'byNextFollowUp',
        'byOrganisation',
        'byOrganisationLastContact', // version 9
        'byOrganisationName', // version 9
        'byTag',
        'byUpdatedAt',
      ].sort(),
    );
    expect(await db.countFromIndex('contacts', 'byTag')).toBe(0);
    const updated = await updateContact(db, 'c-kenji', {
      kinds: ['partner'],
      tags: ['Tokyo'],
      importantDates: [{ id: 'b', kind: 'birthday', date: '--12-24', remindDaysBefore: 2 }],
    });
    expect(updated.dateRemindFrom?.[0]).toMatch(/^\d{4}-12-22~b$/);
    expect(await db.getAllKeysFromIndex('contacts', 'byTag', 'Tokyo')).toEqual(['c-kenji']);
    expect(await db.getAllKeysFromIndex('contacts', 'byKind', 'partner')).toEqual(['c-kenji']);
    expect((await findContactByIdentity(db, { emails: ['anna.mueller@example.com'] }))?.displayName).toBe('Anna Müller');
    await forgetConnection();
  });

  it('version 6 adds the sync bookkeeping to a version 5 database: records stay, and a write marks its bundle pending', async () => {
    const name = `migration-6-${Math.random()}`;
    await writeVersion5Database(name);
    await forgetConnection();
    const db = await openRapportDB(name);
    expect(db.objectStoreNames.contains('syncMeta')).toBe(true);
    expect(await db.count('syncMeta')).toBe(0);
    const anna = await findContactByIdentity(db, { emails: ['anna.mueller@example.com'] });
    if (!anna) throw new Error('Anna is missing');
    await updateContact(db, anna.id, { notes: 'after the upgrade', tags: ['Berlin'] });
    const meta = await db.get('syncMeta', `contact:${anna.id}`);
    expect(meta && 'pending' in meta && typeof meta.pending).toBe('number');
    expect(await db.countFromIndex('syncMeta', 'byPending')).toBe(1);
    expect(await db.getAllKeysFromIndex('contacts', 'byTag', 'Berlin')).toEqual([anna.id]);
    await forgetConnection();
  });

  it('version 7 turns the contact times of a version 6 database into columns and projects its contacts for the going-cold view', async () => {
    const name = `migration-7-${Math.random()}`;
    await writeVersion6Database(name);
    await forgetConnection();
    const db = await openRapportDB(name);
    const times = db.transaction('contactTimes').store;
    expect(await contactTimesOf(times, 'c-anna')).toEqual([1760000000000]);
    expect(await contactTimesOf(times, 'c-ben')).toEqual([1762000000000]);
    // Anna's rhythm is the first release's `cadenceDays`, which the view has never listed; Ben's is his own.
    const projected = (await db.getAll('coldContacts')).flatMap((shard) => coldContactsIn(shard));
    expect(projected.map((contact) => contact.id).sort()).toEqual(['c-anna', 'c-ben']);
    expect(projected.find((contact) => contact.id === 'c-ben')).toEqual({
      id: 'c-ben',
      displayName: 'Ben Becker',
      company: 'Studio Blau',
      cadence: { unit: 'months', count: 1 },
      lastContactAt: 1762000000000,
      lastContactChannel: 'call',
      createdAt: 1750000000000,
    });
    const list = await readGoingCold(db, { today: '2026-12-04', now: Date.parse('2026-12-04T11:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(list.rows.map((row) => [row.displayName, row.months.reduce((a, b) => a + b, 0)])).toEqual([['Ben Becker', 1]]);
    await updateContact(db, 'c-ben', { displayName: 'Ben B.' });
    expect((await readGoingCold(db, { today: '2026-12-04', now: Date.now() })).rows.map((row) => row.displayName)).toEqual(['Ben B.']);
    await forgetConnection();
  });

  it("version 8 adds the going-cold view's stored first screen to a version 7 database: empty, filled by a refill, dropped by a write", async () => {
    const name = `migration-8-${Math.random()}`;
    await writeVersion7Database(name);
    await forgetConnection();
    const db = await openRapportDB(name);
    expect(db.objectStoreNames.contains('firstScreens')).toBe(true);
    expect(await db.count('firstScreens')).toBe(0);
    const options = { today: '2026-12-04', now: Date.parse('2026-12-04T11:00:00Z'), timeZone: 'Europe/Berlin' };
    const list = await readGoingCold(db, options);
    expect(list.rows.map((row) => row.displayName)).toEqual(['Ben Becker']);
    expect(await refillColdFirstScreen(db, options.today, options.timeZone)).toBe(true);
    expect((await readColdFirstScreen(db, options.today, options.timeZone))?.list).toEqual(list);
    await updateContact(db, 'c-ben', { displayName: 'Ben B.' });
    expect(await readColdFirstScreen(db, options.today, options.timeZone)).toBeUndefined();
    await forgetConnection();
  });

  it("version 9 indexes a version 8 database's contacts by organisation and name, and by organisation and last contact", async () => {
    const name = `migration-9-${Math.random()}`;
    forgiveUnmarkedWrites(); // the fixture files people under an organisation as a test writer, not through the app
    await writeVersion8Database(name);
    await forgetConnection();
    const db = await openRapportDB(name);
    const contacts = db.transaction('contacts').store;
    expect([...contacts.indexNames]).toEqual(expect.arrayContaining(['byOrganisationName', 'byOrganisationLastContact']));
    const page = await readOrganisationPage(db, 'o-blau');
    expect(page?.people.map((person) => person.displayName)).toEqual(['Anna Müller', 'Ben Becker', 'Kenji Watanabe']);
    expect(page?.peopleCount).toBe(3);
    expect(page?.history.map((interaction) => [interaction.contactId, interaction.at])).toEqual([
      ['c-ben', 1762000000000],
      ['c-anna', 1760000000000],
    ]);
    await updateContact(db, 'c-ben', { displayName: 'Aaron Becker' });
    expect((await readOrganisationPage(db, 'o-blau'))?.people.map((person) => person.displayName)).toEqual(['Aaron Becker', 'Anna Müller', 'Kenji Watanabe']);
    await forgetConnection();
  });

  it('lets a newer version upgrade while an older connection is open', async () => {
    const name = `blocking-${Math.random()}`;
    await forgetConnection();
    await openRapportDB(name);
    let blocked = false;
    const newer = await openDB(name, 99, {
      blocked() {
        blocked = true;
      },
    });
    expect(newer.version).toBe(99);
    expect(blocked).toBe(false);
    newer.close();
    await forgetConnection();
  });
});
