import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readBackupData, salvageBackupData } from './backup-read';
import { addContact } from './contacts-repo';
import { forgetConnection, openRapportDB } from './open';
import { DB_VERSION } from './schema';

describe('reading what is left when the database cannot be opened', () => {
  it('reads every record of a database the app cannot open (a newer version), without upgrading or deleting', async () => {
    const name = `newer-${Math.random()}`;
    await forgetConnection();
    const db = await openRapportDB(name);
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@example.org'] }, { language: 'de', formality: 'sie' });
    const expected = await readBackupData(db);
    await forgetConnection();
    (await openDB(name, DB_VERSION + 1)).close();

    await expect(openRapportDB(name)).rejects.toThrow();
    const salvaged = await salvageBackupData(name);
    expect(salvaged.problems).toEqual([]);
    expect(salvaged.data.contacts).toEqual([anna]);
    expect(salvaged.data).toEqual(expected);
    const again = await openDB(name);
    expect(again.version).toBe(DB_VERSION + 1);
    expect(await again.count('contacts')).toBe(1);
    again.close();
    await forgetConnection();
  });

  it('does not create a database that does not exist', async () => {
    const name = `missing-${Math.random()}`;
    const salvaged = await salvageBackupData(name);
    expect(salvaged.data.contacts).toEqual([]);
    expect(salvaged.problems).toHaveLength(1);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
  });
});
