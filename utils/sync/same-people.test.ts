import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ENGLISH_MERGE_LABELS } from '../db/merge-contacts';
import type { RapportDatabase } from '../db/open';
import { freshDatabase, seedRecords } from '../db/test-db';
import type { Contact } from '../domain/model';
import { contactsSharingAnIdentity } from '../db/shared-identities';
import { lookUpSameIdentity, mergeSamePeople, withSameIdentity } from './same-people';

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

  it('merges when one contact of many arrives (each identity looked up)', async () => {
    const others = Array.from({ length: 8 }, (_, index) => person(`other-${index}`, 1000, [`other${index}@example.org`]));
    const [older, newer] = [person('older', 1000, ['clara@example.org']), person('newer', 2000, ['clara@example.org'])];
    await seedRecords(db, { contacts: [...others, older, newer] });
    expect(await mergeSamePeople(db, [newer.id], ENGLISH_MERGE_LABELS)).toBe(1);
    expect(await db.get('contacts', newer.id)).toBeUndefined();
    expect(await db.get('contacts', older.id)).toBeDefined();
  });
});

describe('finding contacts that share an identity', () => {
  const EMAILS = ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org', 'e@example.org'];
  const SLUGS = ['anna', 'ben', 'clara'];
  const people = fc.uniqueArray(
    fc.record({ emails: fc.uniqueArray(fc.constantFrom(...EMAILS), { maxLength: 3 }), slug: fc.option(fc.constantFrom(...SLUGS), { nil: undefined }), arrived: fc.boolean() }),
    { minLength: 1, maxLength: 25, selector: (entry) => JSON.stringify(entry) },
  );

  it('reads all contacts, in pages, to the same contacts as looking each one up', async () => {
    await fc.assert(
      fc.asyncProperty(people, async (entries) => {
        const database = await freshDatabase();
        const contacts = entries.map((entry, index) => person(`p-${index}`, 1000 + index, entry.emails, entry.slug));
        await seedRecords(database, { contacts });
        const arrived = contacts.filter((_, index) => entries[index]?.arrived).map((contact) => contact.id);
        const expected = await lookUpSameIdentity(database, arrived);
        for (const pageSize of [undefined, 1, 4]) {
          const sharing = await contactsSharingAnIdentity(database, pageSize);
          expect(arrived.filter((id) => sharing.has(id))).toEqual(expected);
        }
        expect(await withSameIdentity(database, arrived)).toEqual(expected);
        database.close();
      }),
      { numRuns: 40 },
    );
  });
});
