import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreement, agreementsOf, updateAgreement } from './agreements-repo';
import { addContact, DuplicateIdentityError, findContactByIdentity, updateContact } from './contacts-repo';
import { countDue } from './due-counts';
import { logInteractions, recentInteractions } from './interactions-repo';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';
import { calendarDateOf } from '../schedule/calendar';

const defaults = { language: 'de', formality: 'sie' } as const;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 12);

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('contacts', () => {
  it('finds a contact by any of its normalised email addresses and by LinkedIn slug', async () => {
    const anna = await addContact(db, { displayName: 'Anna Müller', emails: [' Anna@Example.COM', 'anna@example.com', 'a.m@studio.de'], linkedinSlug: 'https://www.linkedin.com/in/Anna-Mueller/' }, defaults, NOW);
    expect(anna.emails).toEqual(['anna@example.com', 'a.m@studio.de']);
    expect(anna.linkedinSlug).toBe('anna-mueller');
    expect((await findContactByIdentity(db, { emails: ['A.M@studio.de'] }))?.id).toBe(anna.id);
    expect((await findContactByIdentity(db, { linkedinSlug: 'anna-mueller' }))?.id).toBe(anna.id);
    expect(await findContactByIdentity(db, { emails: ['someone@else.org'] })).toBeUndefined();
  });

  it('refuses a second contact with the same identity and writes nothing', async () => {
    const anna = await addContact(db, { displayName: 'Anna', emails: ['anna@example.com'] }, defaults, NOW);
    await expect(addContact(db, { displayName: 'Anna again', emails: ['ANNA@example.com'] }, defaults, NOW)).rejects.toEqual(
      new DuplicateIdentityError(anna.id),
    );
    expect(await db.count('contacts')).toBe(1);
  });

  it('has no follow-up without a cadence, and one from creation with a cadence', async () => {
    const quiet = await addContact(db, { displayName: 'No cadence' }, defaults, NOW);
    expect(quiet.nextFollowUp).toBeUndefined();
    const kept = await addContact(db, { displayName: 'Kept', cadence: { unit: 'days', count: 14 } }, defaults, NOW);
    expect(kept.nextFollowUp).toBe(calendarDateOf(NOW + 14 * DAY));
  });
});

describe('interactions', () => {
  it('moves last contact and next follow-up, and never logs the same source twice', async () => {
    const contact = await addContact(db, { displayName: 'Ben', cadence: { unit: 'days', count: 30 } }, defaults, NOW - 100 * DAY);
    const email = { contactId: contact.id, at: NOW - 2 * DAY, channel: 'email', direction: 'inbound', sourceKey: 'gmail:msg-f:1' } as const;
    expect(await logInteractions(db, [email])).toHaveLength(1);
    expect(await logInteractions(db, [email])).toHaveLength(0);
    expect(await db.count('interactions')).toBe(1);
    const updated = await db.get('contacts', contact.id);
    expect(updated?.lastContactAt).toBe(NOW - 2 * DAY);
    expect(updated?.lastContactChannel).toBe('email');
    expect(updated?.nextFollowUp).toBe(calendarDateOf(NOW + 28 * DAY));
  });

  it('keeps the latest contact when an older interaction is logged later, and lists newest first', async () => {
    const contact = await addContact(db, { displayName: 'Cleo' }, defaults, NOW);
    await logInteractions(db, [{ contactId: contact.id, at: NOW, channel: 'call', direction: 'mutual' }]);
    await logInteractions(db, [{ contactId: contact.id, at: NOW - DAY, channel: 'meeting', direction: 'mutual' }]);
    expect((await db.get('contacts', contact.id))?.lastContactChannel).toBe('call');
    expect((await recentInteractions(db, contact.id, 5)).map((i) => i.channel)).toEqual(['call', 'meeting']);
  });

  it('ends a snooze when the user gets in touch', async () => {
    const contact = await addContact(db, { displayName: 'Dora', cadence: { unit: 'days', count: 7 } }, defaults, NOW - 30 * DAY);
    await updateContact(db, contact.id, { snoozedUntil: '2027-06-01' }, NOW);
    expect((await db.get('contacts', contact.id))?.nextFollowUp).toBe('2027-06-01');
    await logInteractions(db, [{ contactId: contact.id, at: NOW, channel: 'call', direction: 'mutual' }]);
    const after = await db.get('contacts', contact.id);
    expect(after?.snoozedUntil).toBeUndefined();
    expect(after?.nextFollowUp).toBe(calendarDateOf(NOW + 7 * DAY));
  });

  it('writes nothing when one interaction of a batch names an unknown contact', async () => {
    const contact = await addContact(db, { displayName: 'Eve' }, defaults, NOW);
    await expect(
      logInteractions(db, [
        { contactId: contact.id, at: NOW, channel: 'call', direction: 'mutual' },
        { contactId: 'missing', at: NOW, channel: 'call', direction: 'mutual' },
      ]),
    ).rejects.toThrow(/No contact/);
    expect(await db.count('interactions')).toBe(0);
    expect((await db.get('contacts', contact.id))?.lastContactAt).toBeUndefined();
  });
});

describe('agreements', () => {
  it('links an agreement only to an interaction with the same contact', async () => {
    const anna = await addContact(db, { displayName: 'Anna' }, defaults, NOW);
    const ben = await addContact(db, { displayName: 'Ben' }, defaults, NOW);
    const [call] = await logInteractions(db, [{ contactId: ben.id, at: NOW, channel: 'call', direction: 'mutual' }]);
    await expect(addAgreement(db, { contactId: anna.id, kind: 'promise', text: 'x', interactionId: call!.id })).rejects.toThrow('No interaction');
    await expect(addAgreement(db, { contactId: anna.id, kind: 'promise', text: 'x', interactionId: 'missing' })).rejects.toThrow('No interaction');
    expect(await agreementsOf(db, anna.id)).toEqual([]);
    const linked = await addAgreement(db, { contactId: ben.id, kind: 'promise', text: 'Angebot schicken', interactionId: call!.id });
    expect(linked.interactionId).toBe(call!.id);
  });

  it('remembers the date an agreement had before it moved, and when it moved', async () => {
    const contact = await addContact(db, { displayName: 'Anna' }, defaults, NOW);
    const undated = await addAgreement(db, { contactId: contact.id, kind: 'deadline', text: 'Entwurf' }, NOW);
    const dated = await updateAgreement(db, undated.id, { dueDate: '2027-01-15' }, NOW + 1);
    expect(dated).not.toHaveProperty('previousDueDate');
    const moved = await updateAgreement(db, undated.id, { dueDate: '2027-01-22' }, NOW + 2);
    expect(moved).toMatchObject({ dueDate: '2027-01-22', previousDueDate: '2027-01-15', dueDateMovedAt: NOW + 2 });
    const edited = await updateAgreement(db, undated.id, { text: 'Entwurf Startseite', dueDate: '2027-01-22' }, NOW + 3);
    expect(edited).toMatchObject({ previousDueDate: '2027-01-15', dueDateMovedAt: NOW + 2, updatedAt: NOW + 3 });
    expect((await agreementsOf(db, contact.id))[0]).toEqual(edited);
  });
});

describe('due counts', () => {
  it('counts overdue and due-today follow-ups and overdue open agreements from indexes', async () => {
    const today = '2026-11-27';
    const overdue = await addContact(db, { displayName: 'Overdue', cadence: { unit: 'days', count: 10 } }, defaults, Date.UTC(2026, 9, 1, 12));
    await addContact(db, { displayName: 'No cadence' }, defaults, Date.UTC(2020, 0, 1));
    await addContact(db, { displayName: 'Later', cadence: { unit: 'days', count: 90 } }, defaults, NOW);
    const invoice = await addAgreement(db, { contactId: overdue.id, kind: 'invoice', text: 'Invoice 42', dueDate: '2026-11-20' });
    await addAgreement(db, { contactId: overdue.id, kind: 'deadline', text: 'Due today', dueDate: today });
    await addAgreement(db, { contactId: overdue.id, kind: 'scope-included', text: 'No date' });
    expect(await countDue(db, today)).toEqual({ followUpsOverdue: 1, followUpsDueToday: 0, agreementsOverdue: 1 });
    await updateAgreement(db, invoice.id, { status: 'done' });
    expect((await countDue(db, today)).agreementsOverdue).toBe(0);
    expect((await agreementsOf(db, overdue.id, 'open')).map((a) => a.text).sort()).toEqual(['Due today', 'No date']);
  });
});
