import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreementFromEmail, gmailSourceKey } from './agreement-from-email';
import { suggestContactsByName } from './contact-suggestions';
import { addContact, DuplicateIdentityError } from './contacts-repo';
import { logInteractions } from './interactions-repo';
import { IdentityConflictError, linkIdentity } from './link-identity';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';

const defaults = { language: 'de', formality: 'sie' } as const;
let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('linking a profile or address to an existing contact', () => {
  it('adds the LinkedIn slug and emails, normalised, so both pages find the same person', async () => {
    const anna = await addContact(db, { displayName: 'Anna Müller', emails: ['anna@example.com'] }, defaults);
    const linked = await linkIdentity(db, anna.id, { linkedinSlug: 'Anna-Mueller-4711', emails: ['A.Mueller@Studio.de'] });
    expect(linked.linkedinSlug).toBe('anna-mueller-4711');
    expect(linked.emails).toEqual(['anna@example.com', 'a.mueller@studio.de']);
    expect((await db.getFromIndex('contacts', 'byLinkedinSlug', 'anna-mueller-4711'))?.id).toBe(anna.id);
  });

  it('refuses an identity that belongs to someone else, or a second LinkedIn profile, and changes nothing', async () => {
    const anna = await addContact(db, { displayName: 'Anna', linkedinSlug: 'anna-1' }, defaults);
    const ben = await addContact(db, { displayName: 'Ben', emails: ['ben@example.com'] }, defaults);
    await expect(linkIdentity(db, anna.id, { emails: ['ben@example.com'] })).rejects.toBeInstanceOf(DuplicateIdentityError);
    await expect(linkIdentity(db, anna.id, { linkedinSlug: 'anna-2' })).rejects.toBeInstanceOf(IdentityConflictError);
    await expect(linkIdentity(db, ben.id, { linkedinSlug: 'anna-1' })).rejects.toBeInstanceOf(DuplicateIdentityError);
    expect((await db.get('contacts', anna.id))?.emails).toEqual([]);
    expect((await db.get('contacts', ben.id))?.linkedinSlug).toBeUndefined();
  });
});

describe('name suggestions', () => {
  it('ranks the same person written differently first and leaves strangers out', async () => {
    await addContact(db, { displayName: 'Kenji Watanabe' }, defaults);
    await addContact(db, { displayName: 'Anna Maria Müller' }, defaults);
    await addContact(db, { displayName: 'Müller, Anna' }, defaults);
    const names = (await suggestContactsByName(db, 'Anna Mueller')).map((contact) => contact.displayName);
    expect(names).toEqual(['Müller, Anna', 'Anna Maria Müller']);
  });
});

describe('"Agreed in this email"', () => {
  const email = { messageId: 'msg-f:42', conversationUrl: 'https://mail.google.com/mail/u/0/#inbox/abc', subject: 'Angebot' };

  it('links the agreement to the email interaction that automatic logging already stored', async () => {
    const anna = await addContact(db, { displayName: 'Anna' }, defaults);
    const [logged] = await logInteractions(db, [
      { contactId: anna.id, at: 1_000, channel: 'email', direction: 'inbound', sourceKey: gmailSourceKey('msg-f:42', anna.id) },
    ]);
    const agreement = await addAgreementFromEmail(db, { contactId: anna.id, kind: 'promise', text: 'Send the draft by Friday', ...email });
    expect(agreement.interactionId).toBe(logged?.id);
    expect(await db.count('interactions')).toBe(1);
  });

  it('logs the email first when it was not logged yet, in the same transaction', async () => {
    const anna = await addContact(db, { displayName: 'Anna' }, defaults);
    const agreement = await addAgreementFromEmail(db, { contactId: anna.id, kind: 'deadline', text: 'Go-live 1 March', at: 5_000, direction: 'outbound', ...email }, 9_000);
    const interaction = agreement.interactionId ? await db.get('interactions', agreement.interactionId) : undefined;
    expect(interaction).toMatchObject({ at: 5_000, channel: 'email', direction: 'outbound', sourceUrl: email.conversationUrl, summary: 'Angebot' });
    expect((await db.get('contacts', anna.id))?.lastContactAt).toBe(5_000);
  });

  it('writes nothing for an unknown contact', async () => {
    await expect(addAgreementFromEmail(db, { contactId: 'nobody', kind: 'other', text: 'x', ...email })).rejects.toThrow();
    expect(await db.count('interactions')).toBe(0);
    expect(await db.count('agreements')).toBe(0);
  });
});
