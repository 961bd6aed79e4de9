import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addContact } from './contacts-repo';
import { applyHistoryImport, type HistoryImportInput } from './history-import-apply';
import { undoHistoryImport } from './history-import-undo';
import { readHistoryImports, readSourceKeys } from './history-imports-query';
import { ImportConflictError } from './import-apply';
import { logInteractions } from './interactions-repo';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 11, 4, 12);
const DAY = 24 * 60 * 60 * 1000;
const defaults = { language: 'de', formality: 'sie' } as const;

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

function importOf(contactId: string, fileName = 'All mail.mbox'): HistoryImportInput {
  return {
    fileName,
    create: [{ displayName: 'Neu Kunde', emails: ['neu@kunde.example'] }],
    interactions: [
      { contact: contactId, key: 'mail:<a@x>', at: NOW - 10 * DAY, channel: 'email', direction: 'outbound', summary: 'Angebot' },
      { contact: contactId, key: 'mail:<b@x>', at: NOW - 5 * DAY, channel: 'email', direction: 'inbound' },
      { contact: 0, key: 'mail:<c@x>', at: NOW - 3 * DAY, channel: 'email', direction: 'outbound' },
    ],
    ownEmails: ['me@studio.example'],
  };
}

describe('applyHistoryImport', () => {
  it('writes interactions and chosen contacts in one go, moves last contact, keeps the own address; again adds nothing', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@kunde.example'], cadence: { unit: 'months', count: 1 } }, defaults, NOW - 100 * DAY);
    const result = await applyHistoryImport(db, importOf(anna.id), NOW);
    expect(result).toMatchObject({ added: 3, created: 1, alreadyThere: 0, batch: expect.any(String) });
    const stored = await db.get('contacts', anna.id);
    expect(stored).toMatchObject({ lastContactAt: NOW - 5 * DAY, lastContactChannel: 'email', nextFollowUp: '2026-12-29' });
    const created = (await db.getAll('contacts')).find((contact) => contact.displayName === 'Neu Kunde');
    expect(created).toMatchObject({ emails: ['neu@kunde.example'], importBatch: result.batch, lastContactAt: NOW - 3 * DAY });
    const interactions = await db.getAll('interactions');
    expect(interactions.map((item) => [item.sourceKey, item.importFile, item.importBatch])).toContainEqual([`mail:<a@x>:${anna.id}`, 'All mail.mbox', result.batch]);
    expect((await db.get('settings', 'app'))?.ownEmails).toEqual(['me@studio.example']);

    const again = await applyHistoryImport(db, { ...importOf(anna.id), create: [] , interactions: importOf(anna.id).interactions.slice(0, 2) }, NOW + DAY);
    expect(again).toEqual({ added: 0, alreadyThere: 2, created: 0 });
    expect(await db.count('interactions')).toBe(3);
    expect(await readSourceKeys(db, ['mail:'])).toEqual(new Set(interactions.map((item) => item.sourceKey)));
  });

  it('writes nothing when a contact was deleted or a new contact\u2019s address belongs to someone by now', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@kunde.example'] }, defaults, NOW);
    await expect(applyHistoryImport(db, importOf('gone'), NOW)).rejects.toBeInstanceOf(ImportConflictError);
    await addContact(db, { displayName: 'Schon da', emails: ['neu@kunde.example'] }, defaults, NOW);
    await expect(applyHistoryImport(db, importOf(anna.id), NOW)).rejects.toThrow(/neu@kunde\.example belongs to another contact/);
    expect(await db.count('interactions')).toBe(0);
    expect(await db.count('contacts')).toBe(2);
  });
});

describe('undoHistoryImport', () => {
  it('removes one import as one step, restores last contact from what remains, and keeps contacts that got other history', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@kunde.example'] }, defaults, NOW - 100 * DAY);
    await logInteractions(db, [{ contactId: anna.id, at: NOW - 20 * DAY, channel: 'call', direction: 'outbound' }], NOW - 20 * DAY);
    const first = await applyHistoryImport(db, importOf(anna.id), NOW);
    const second = await applyHistoryImport(
      db,
      { fileName: 'calendar.ics', create: [{ displayName: 'Lena', emails: ['lena@x.example'] }, { displayName: 'Paul', emails: ['paul@x.example'] }], interactions: [
        { contact: 0, key: 'ics:1', at: NOW - DAY, channel: 'meeting', direction: 'mutual' },
        { contact: 1, key: 'ics:1', at: NOW - DAY, channel: 'meeting', direction: 'mutual' },
      ] },
      NOW,
    );
    const lena = (await db.getAll('contacts')).find((contact) => contact.displayName === 'Lena');
    await logInteractions(db, [{ contactId: lena?.id as string, at: NOW, channel: 'note', direction: 'outbound' }], NOW);
    expect((await readHistoryImports(db)).map((item) => [item.fileName, item.interactions, item.contactsCreated]).sort()).toEqual([
      ['All mail.mbox', 3, 1],
      ['calendar.ics', 2, 2],
    ]);

    expect(await undoHistoryImport(db, second.batch as string, NOW + DAY)).toEqual({ interactions: 2, contactsRemoved: 1, contactsKept: 1 });
    const names = (await db.getAll('contacts')).map((contact) => contact.displayName).sort();
    expect(names).toEqual(['Anna', 'Lena', 'Neu Kunde']);
    expect((await db.getAll('contacts')).find((contact) => contact.displayName === 'Lena')?.importBatch).toBeUndefined();

    expect(await undoHistoryImport(db, first.batch as string, NOW + DAY)).toEqual({ interactions: 3, contactsRemoved: 1, contactsKept: 0 });
    expect(await db.get('contacts', anna.id)).toMatchObject({ lastContactAt: NOW - 20 * DAY, lastContactChannel: 'call' });
    expect(await db.count('interactions')).toBe(2);
    expect(await readHistoryImports(db)).toEqual([]);
  });
});

describe('history import beside page logging', () => {
  it('leaves out a message Rapport logged from Gmail already (same contact, direction and minute), keeps the rest', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@kunde.example'] }, defaults, NOW - 100 * DAY);
    await logInteractions(db, [{ contactId: anna.id, at: NOW - 10 * DAY + 40_000, channel: 'email', direction: 'outbound', sourceKey: `gmail:msg-f:1:${anna.id}` }], NOW);
    const result = await applyHistoryImport(db, { ...importOf(anna.id), create: [], interactions: importOf(anna.id).interactions.slice(0, 2) }, NOW);
    expect(result).toMatchObject({ added: 1, alreadyThere: 1 });
    expect((await db.getAll('interactions')).map((item) => item.sourceKey).sort()).toEqual([`gmail:msg-f:1:${anna.id}`, `mail:<b@x>:${anna.id}`]);
  });
});
