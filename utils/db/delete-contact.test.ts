import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreement } from './agreements-repo';
import { readBackupData } from './backup-read';
import { addContact, DuplicateIdentityError } from './contacts-repo';
import { deleteContact, restoreDeletedContact } from './delete-contact';
import { countDue } from './due-counts';
import { logInteractions } from './interactions-repo';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 10, 27, 12);
const defaults = { language: 'de', formality: 'sie' } as const;

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

async function seed() {
  const contact = await addContact(db, { displayName: 'Dora', emails: ['dora@example.org'], cadence: { unit: 'days', count: 7 } }, defaults, NOW - 30 * 86_400_000);
  await logInteractions(db, [{ contactId: contact.id, at: NOW, channel: 'call', direction: 'mutual', sourceKey: 'gmail:1' }]);
  await addAgreement(db, { contactId: contact.id, kind: 'deadline', text: 'Draft', dueDate: '2026-11-01' });
  return contact;
}

describe('delete with undo', () => {
  it('deletes a contact with everything it owns, and undo puts back exactly the same data', async () => {
    const contact = await seed();
    const before = await readBackupData(db);
    const deleted = await deleteContact(db, contact.id);
    expect([deleted.interactions.length, deleted.agreements.length]).toEqual([1, 1]);
    expect(await db.count('interactions')).toBe(0);
    expect(await countDue(db, '2026-11-27')).toEqual({ followUpsOverdue: 0, followUpsDueToday: 0, agreementsOverdue: 0 });
    await restoreDeletedContact(db, deleted);
    expect(await readBackupData(db)).toEqual(before);
  });

  it('refuses to undo when the email address now belongs to someone else, and writes nothing', async () => {
    const contact = await seed();
    const deleted = await deleteContact(db, contact.id);
    const newcomer = await addContact(db, { displayName: 'New Dora', emails: ['DORA@example.org'] }, defaults, NOW);
    await expect(restoreDeletedContact(db, deleted)).rejects.toEqual(new DuplicateIdentityError(newcomer.id));
    expect(await db.count('contacts')).toBe(1);
    expect(await db.count('agreements')).toBe(0);
  });
});
