import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addContact } from './contacts-repo';
import { setContactIdentities } from './contact-identities';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';

const defaults = { language: 'en', formality: 'du' } as const;
let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('setContactIdentities', () => {
  it('normalises addresses and the LinkedIn URL, and removes what is left out', async () => {
    const contact = await addContact(db, { displayName: 'Eva', emails: ['eva@old.example'], linkedinSlug: 'eva-old' }, defaults);
    const result = await setContactIdentities(db, contact.id, { emails: [' Eva@New.Example ', 'eva@new.example'], linkedin: 'https://www.linkedin.com/in/Eva-Klein/?trk=x' });
    expect(result).toMatchObject({ ok: true, contact: { emails: ['eva@new.example'], linkedinSlug: 'eva-klein' } });
    const cleared = await setContactIdentities(db, contact.id, { emails: [] });
    expect(cleared.ok && cleared.contact).not.toHaveProperty('linkedinSlug');
  });

  it('names the contact that already has an identity and changes nothing', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@example.org'] }, defaults);
    const eva = await addContact(db, { displayName: 'Eva', emails: ['eva@example.org'] }, defaults);
    const result = await setContactIdentities(db, eva.id, { emails: ['eva@example.org', 'ANNA@example.org'] });
    expect(result).toEqual({ ok: false, conflict: { identity: 'anna@example.org', contactId: anna.id, displayName: 'Anna' } });
    expect((await db.get('contacts', eva.id))?.emails).toEqual(['eva@example.org']);
  });

  it('refuses a LinkedIn address that is not a profile', async () => {
    const eva = await addContact(db, { displayName: 'Eva' }, defaults);
    await expect(setContactIdentities(db, eva.id, { emails: [], linkedin: 'https://example.org/eva' })).rejects.toThrow(/LinkedIn/);
  });
});
