import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupData } from '../transfer/arbitraries.test-support';
import { exportBackup, parseBackup, type BackupData } from '../transfer/backup-json';
import type { BackupV1 } from '../transfer/backup-schema';
import { readBackupData } from './backup-read';
import { DatabaseNotEmptyError, restoreBackup } from './backup-restore';
import { addContact } from './contacts-repo';
import { freshDatabase } from './test-db';

const EXPORTED_AT = Date.UTC(2026, 2, 1);
const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function parsed(text: string): BackupV1 {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.backup;
}

/** The database keeps each source once (a unique index), so data that came from it never repeats one. */
function storable(data: BackupData): BackupData {
  const seen = new Set<string>();
  const interactions = data.interactions.map((interaction) => {
    if (interaction.sourceKey === undefined || !seen.has(interaction.sourceKey)) {
      if (interaction.sourceKey !== undefined) seen.add(interaction.sourceKey);
      return interaction;
    }
    const { sourceKey: _repeated, ...rest } = interaction;
    return rest;
  });
  // A backup from this version always lists its organisations (maybe none); only older ones derive them.
  return { ...data, interactions, organisations: data.organisations ?? [] };
}

async function exportOf(data: BackupData): Promise<string> {
  const db = await freshDatabase();
  await restoreBackup(db, parsed(exportBackup(data, EXPORTED_AT)), 'into-empty');
  return exportBackup(await readBackupData(db), EXPORTED_AT);
}

describe('backup restore (database round trip)', () => {
  it('property: export, restore into an empty profile, export again gives the same file; records are kept exactly', async () => {
    await fc.assert(
      fc.asyncProperty(backupData.map(storable), async (data) => {
        const first = await exportOf(data);
        const second = await exportOf(parsed(first));
        expect(second).toBe(first);
        const restored = parsed(first);
        expect(restored.contacts).toEqual(byId(data.contacts));
        expect(restored.interactions).toEqual(byId(data.interactions));
        expect(restored.agreements).toEqual(byId(data.agreements));
      }),
      { numRuns: 150 },
    );
    // 300 restores into fresh databases: seconds on a loaded machine, more than vitest's default 5.
  }, 60_000);

  it('restores the fixture backup and exports it again byte for byte', async () => {
    const text = readFileSync(new URL('../../tests/fixtures/import/rapport-backup-v1.json', import.meta.url), 'utf8');
    const db = await freshDatabase();
    const counts = await restoreBackup(db, parsed(text), 'into-empty');
    expect(counts).toEqual({ contacts: 2, interactions: 2, agreements: 2, organisations: 1 });
    const again = exportBackup(await readBackupData(db), EXPORTED_AT);
    // A backup from before organisations gets them from its company fields; nothing else changes.
    const [organisation] = parsed(again).organisations ?? [];
    expect(organisation).toMatchObject({ name: 'Müller & Partner, Steuerberatung', domains: ['mueller-partner.example'] });
    const withoutOrganisation = ({ organisationId: _id, ...contact }: { organisationId?: string }) => contact;
    expect(parsed(again).contacts.map(withoutOrganisation)).toEqual(parsed(text).contacts);
    expect(parsed(again).contacts.map((contact) => contact.organisationId)).toEqual([organisation?.id, undefined]);
    expect(parsed(again).agreements.map((agreement) => agreement.organisationId)).toEqual([organisation?.id, undefined]);
    expect(exportBackup(await readBackupData(await restoredFrom(again)), EXPORTED_AT)).toBe(again);
  });

  it('restores only into an empty profile unless asked to replace everything, and is atomic', async () => {
    const db = await freshDatabase();
    const kept = await addContact(db, { displayName: 'Kept' }, { language: 'de', formality: 'du' });
    const backup = parsed(exportBackup({ contacts: [{ ...kept, id: 'other', displayName: 'From backup' }], interactions: [], agreements: [] }, 0));
    await expect(restoreBackup(db, backup, 'into-empty')).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect((await db.getAll('contacts')).map((c) => c.displayName)).toEqual(['Kept']);

    const repeated = { ...backup, interactions: [1, 2].map((n) => ({ id: `i-${n}`, contactId: 'other', at: n, channel: 'email' as const, direction: 'inbound' as const, sourceKey: 'same', createdAt: n })) };
    await expect(restoreBackup(db, repeated, 'replace')).rejects.toThrow(/interactions\[1\]\.sourceKey/);
    expect((await db.getAll('contacts')).map((c) => c.displayName)).toEqual(['Kept']);

    await restoreBackup(db, backup, 'replace');
    expect((await db.getAll('contacts')).map((c) => c.displayName)).toEqual(['From backup']);
  });
});

async function restoredFrom(text: string) {
  const db = await freshDatabase();
  await restoreBackup(db, parsed(text), 'into-empty');
  return db;
}
