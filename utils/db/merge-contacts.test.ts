import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreement } from './agreements-repo';
import { addContact, findContactByIdentity } from './contacts-repo';
import { logInteractions } from './interactions-repo';
import { mergeContacts } from './merge-contacts';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';

const NOW = Date.UTC(2026, 10, 27, 12);
const DAY = 86_400_000;
const defaults = { language: 'de', formality: 'sie' } as const;

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('mergeContacts', () => {
  it('moves identities, interactions and agreements to the kept contact and loses nothing', async () => {
    const keep = await addContact(db, { displayName: 'Anna Müller', emails: ['anna@example.org'], company: 'Müller GmbH', notes: 'Met at a fair.' }, defaults, NOW - 90 * DAY);
    const other = await addContact(
      db,
      { displayName: 'A. Mueller', emails: ['am@studio.example'], linkedinSlug: 'anna-mueller', company: 'Studio AM', role: 'Designer', notes: 'Likes calls.', cadence: { unit: 'days', count: 30 } },
      defaults,
      NOW - 60 * DAY,
    );
    await logInteractions(db, [
      { contactId: keep.id, at: NOW - 20 * DAY, channel: 'call', direction: 'mutual' },
      { contactId: other.id, at: NOW - 10 * DAY, channel: 'email', direction: 'inbound', sourceKey: `gmail:msg-f:1:${other.id}` },
    ]);
    await addAgreement(db, { contactId: other.id, kind: 'invoice', text: 'Invoice 7', dueDate: '2026-12-01' });

    const { contact, movedInteractions, movedAgreements } = await mergeContacts(db, keep.id, other.id, undefined, NOW);
    expect([movedInteractions, movedAgreements]).toEqual([1, 1]);
    expect(contact).toMatchObject({
      id: keep.id,
      displayName: 'Anna Müller',
      emails: ['anna@example.org', 'am@studio.example'],
      linkedinSlug: 'anna-mueller',
      company: 'Müller GmbH',
      role: 'Designer',
      cadence: { unit: 'days', count: 30 },
      lastContactAt: NOW - 10 * DAY,
      lastContactChannel: 'email',
      createdAt: NOW - 90 * DAY,
      nextFollowUp: '2026-12-17',
    });
    expect(contact.notes).toBe('Met at a fair.\n\n— Merged from “A. Mueller” —\nCompany: Studio AM\nLikes calls.');
    expect(await db.get('contacts', other.id)).toBeUndefined();
    expect((await findContactByIdentity(db, { emails: ['am@studio.example'] }))?.id).toBe(keep.id);
    const interactions = await db.getAll('interactions');
    expect(interactions.every((interaction) => interaction.contactId === keep.id)).toBe(true);
    expect(interactions.map((interaction) => interaction.sourceKey).filter(Boolean)).toEqual([`gmail:msg-f:1:${keep.id}`]);
    expect((await db.getAll('agreements')).map((agreement) => agreement.contactId)).toEqual([keep.id]);
  });

  it('keeps a second LinkedIn profile in the notes', async () => {
    const keep = await addContact(db, { displayName: 'Jonas', linkedinSlug: 'jonas-berg' }, defaults, NOW);
    const other = await addContact(db, { displayName: 'Jonas', linkedinSlug: 'jonas-berg-2' }, defaults, NOW);
    const { contact } = await mergeContacts(db, keep.id, other.id, undefined, NOW);
    expect(contact.linkedinSlug).toBe('jonas-berg');
    expect(contact.notes).toContain('LinkedIn: https://www.linkedin.com/in/jonas-berg-2/');
  });

  it('keeps the other contact\u2019s language and form of address in the notes when they differ', async () => {
    const keep = await addContact(db, { displayName: 'Jonas' }, defaults, NOW);
    const other = await addContact(db, { displayName: 'Jonas', language: 'en', formality: 'du' }, defaults, NOW);
    const { contact } = await mergeContacts(db, keep.id, other.id, undefined, NOW);
    expect([contact.language, contact.formality]).toEqual(['de', 'sie']);
    expect(contact.notes).toContain('Language for drafts: English\nForm of address: informal (du)');
    const same = await addContact(db, { displayName: 'Jonas B.' }, defaults, NOW);
    const notes = (await mergeContacts(db, keep.id, same.id, undefined, NOW)).contact.notes ?? '';
    expect(notes.split('Merged from \u201cJonas B.\u201d')[1]).not.toContain('Language');
  });

  it('fences a name with direction overrides, so it cannot scramble the notes', async () => {
    const keep = await addContact(db, { displayName: 'Jonas Berg' }, defaults, NOW);
    const other = await addContact(db, { displayName: 'Jonas \u202EBerg' }, defaults, NOW);
    const { contact } = await mergeContacts(db, keep.id, other.id, undefined, NOW);
    expect(contact.notes).toBe('— Merged from “\u2068Jonas \u202EBerg\u2069” —');
  });

  it('changes nothing when one of the contacts is gone', async () => {
    const keep = await addContact(db, { displayName: 'Keep' }, defaults, NOW);
    await expect(mergeContacts(db, keep.id, 'missing', undefined, NOW)).rejects.toThrow();
    await expect(mergeContacts(db, keep.id, keep.id, undefined, NOW)).rejects.toThrow();
    expect(await db.get('contacts', keep.id)).toEqual(keep);
  });
});
