import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildColdContactsShards, coldContactsIn, type ColdContact } from '../cold/cold-contacts';
import type { Cadence } from '../domain/model';
import { exportBackup, parseBackup } from '../transfer/backup-json';
import { parseImportFile } from '../transfer/import-file';
import { planImport } from '../transfer/import-plan';
import { readBackupData } from './backup-read';
import { restoreBackup } from './backup-restore';
import { addContact, updateContact } from './contacts-repo';
import { deleteContact, restoreDeletedContact } from './delete-contact';
import { readGoingCold } from './going-cold';
import { applyHistoryImport } from './history-import-apply';
import { undoHistoryImport } from './history-import-undo';
import { applyImport } from './import-apply';
import { logInteractions } from './interactions-repo';
import { mergeContacts } from './merge-contacts';
import type { RapportDatabase } from './open';
import { applyBundles } from './sync-apply';
import { freshDatabase } from './test-db';

const NOW = Date.parse('2026-12-04T11:00:00Z');
const DAY = 86_400_000;
const MONTHLY: Cadence = { unit: 'months', count: 1 };
const defaults = { language: 'de', formality: 'sie' } as const;
const byId = (a: ColdContact, b: ColdContact) => (a.id < b.id ? -1 : 1);

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

/** The stored projection is exactly what the stored contacts give. */
async function expectInStep(): Promise<ColdContact[]> {
  const stored = (await db.getAll('coldContacts')).flatMap((shard) => coldContactsIn(shard)).sort(byId);
  const expected = buildColdContactsShards(await db.getAll('contacts')).flatMap((shard) => coldContactsIn(shard)).sort(byId);
  expect(stored).toEqual(expected);
  return stored;
}

const names = async () => (await expectInStep()).map((contact) => contact.displayName).sort();

describe('the going-cold projection of contacts', () => {
  it('follows adding, editing, logging contact, snoozing off a rhythm, deleting and its undo', async () => {
    const anna = await addContact(db, { displayName: 'Anna', company: 'Nordlicht', cadence: MONTHLY }, defaults, NOW - 100 * DAY);
    await addContact(db, { displayName: 'Not kept' }, defaults, NOW);
    expect(await names()).toEqual(['Anna']);
    await updateContact(db, anna.id, { displayName: 'Anna Müller', cadence: { unit: 'days', count: 14 } }, NOW);
    await logInteractions(db, [{ contactId: anna.id, at: NOW - 3 * DAY, channel: 'call', direction: 'outbound' }], NOW);
    const [projected] = await expectInStep();
    expect(projected).toMatchObject({ displayName: 'Anna Müller', company: 'Nordlicht', cadence: { unit: 'days', count: 14 }, lastContactAt: NOW - 3 * DAY, lastContactChannel: 'call' });
    const deleted = await deleteContact(db, anna.id);
    expect(await names()).toEqual([]);
    await restoreDeletedContact(db, deleted);
    expect(await names()).toEqual(['Anna Müller']);
    await updateContact(db, anna.id, { cadence: undefined }, NOW);
    expect(await names()).toEqual([]);
  });

  it('follows imports of an address book and of history, and the undo of a history import', async () => {
    const parsed = parseImportFile('linkedin-connections-2018.csv', readFileSync(new URL('../../tests/fixtures/import/linkedin-connections-2018.csv', import.meta.url), 'utf8'));
    if (!parsed.ok || !('people' in parsed)) throw new Error('The fixture did not parse.');
    await applyImport(db, planImport(parsed.people, [], { cadence: { unit: 'months', count: 3 } }), NOW);
    expect((await names()).length).toBeGreaterThan(1);
    const anna = await addContact(db, { displayName: 'Anna', cadence: MONTHLY }, defaults, NOW - 100 * DAY);
    const result = await applyHistoryImport(
      db,
      {
        fileName: 'messages.csv',
        create: [{ displayName: 'Neu aus dem Verlauf', emails: ['neu@example.com'] }],
        interactions: [
          { contact: anna.id, key: 'm1', at: NOW - 40 * DAY, channel: 'linkedin', direction: 'inbound' },
          { contact: 0, key: 'm2', at: NOW - 20 * DAY, channel: 'email', direction: 'inbound' },
        ],
      },
      NOW,
    );
    expect((await expectInStep()).find((contact) => contact.id === anna.id)?.lastContactAt).toBe(NOW - 40 * DAY);
    await undoHistoryImport(db, result.batch ?? '', NOW);
    expect((await expectInStep()).find((contact) => contact.id === anna.id)?.lastContactAt).toBeUndefined();
  });

  it('follows merges and a backup restored over other contacts', async () => {
    const anna = await addContact(db, { displayName: 'Anna', cadence: MONTHLY }, defaults, NOW - 100 * DAY);
    const ben = await addContact(db, { displayName: 'Ben', cadence: MONTHLY }, defaults, NOW - 100 * DAY);
    await logInteractions(db, [{ contactId: ben.id, at: NOW - 5 * DAY, channel: 'email', direction: 'inbound' }], NOW);
    await mergeContacts(db, anna.id, ben.id, undefined, NOW);
    expect(await names()).toEqual(['Anna']);
    expect((await expectInStep())[0]?.lastContactAt).toBe(NOW - 5 * DAY);

    const backup = parseBackup(exportBackup(await readBackupData(db), NOW));
    if (!backup.ok) throw new Error('The backup did not parse.');
    await addContact(db, { displayName: 'Cleo', cadence: MONTHLY }, defaults, NOW);
    expect(await names()).toEqual(['Anna', 'Cleo']);
    await restoreBackup(db, backup.backup, 'replace');
    expect(await names()).toEqual(['Anna']);
  });

  it('follows contacts arriving from another device and their removal there', async () => {
    const key = 'contact:from-laptop';
    const value = { displayName: 'Vom Laptop', emails: [], language: 'de', formality: 'du', cadence: MONTHLY, createdAt: NOW - DAY, updatedAt: NOW - DAY };
    await applyBundles(db, [{ key, bundle: { records: { [key]: { value, meta: { stamp: [NOW, 'laptop', ''] } } } }, expectedPending: undefined }]);
    expect(await names()).toEqual(['Vom Laptop']);
    await applyBundles(db, [{ key, bundle: null, expectedPending: undefined }]);
    expect(await names()).toEqual([]);
  });

  it('is rebuilt after a read finds it missing contacts, so the next read is right', async () => {
    await addContact(db, { displayName: 'Anna', cadence: MONTHLY }, defaults, NOW - 100 * DAY);
    await addContact(db, { displayName: 'Ben', cadence: MONTHLY }, defaults, NOW - 100 * DAY);
    await db.clear('coldContacts');
    expect((await readGoingCold(db, { today: '2026-12-04', now: NOW })).rows).toEqual([]);
    await expect.poll(async () => (await db.getAll('coldContacts')).reduce((total, shard) => total + shard.ids.length, 0)).toBe(2);
    await expectInStep();
    expect((await readGoingCold(db, { today: '2026-12-04', now: NOW })).rows.map((row) => row.displayName)).toEqual(['Anna', 'Ben']);
  });
});
