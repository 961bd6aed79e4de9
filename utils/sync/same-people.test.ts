import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ENGLISH_MERGE_LABELS } from '../db/merge-contacts';
import type { RapportDatabase } from '../db/open';
import { freshDatabase, seedRecords } from '../db/test-db';
import type { Contact } from '../domain/model';
import { mergeSamePeople } from './same-people';

const person = (id: string, createdAt: number, emails: string[], linkedinSlug?: string): Contact => ({
  id,
  displayName: id,
  emails,
  ...(linkedinSlug ? { linkedinSlug } : {}),
  language: 'de',
  formality: 'sie',
  createdAt,
  updatedAt: createdAt,
});
let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('the same person from two devices', () => {
  it('merges contacts sharing an email or LinkedIn profile into the older one and leaves the others alone', async () => {
    const [older, newer, slug, sameSlug, alone] = [
      person('older', 1000, ['clara@example.org']),
      person('newer', 2000, ['clara@example.org']),
      person('slug', 1000, ['ben@example.org'], 'ben'),
      person('same-slug', 3000, [], 'ben'),
      person('alone', 1000, ['dora@example.org']),
    ];
    await seedRecords(db, { contacts: [older, newer, slug, sameSlug, alone] });
    const merged = await mergeSamePeople(db, [newer.id, alone.id, sameSlug.id], ENGLISH_MERGE_LABELS);
    expect(merged).toBe(2);
    expect((await db.getAll('contacts')).map((contact) => contact.id).sort()).toEqual([older.id, slug.id, alone.id].sort());
  });
});
