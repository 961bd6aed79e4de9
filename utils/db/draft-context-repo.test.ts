import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAgreement, updateAgreement } from './agreements-repo';
import { addContact, updateContact } from './contacts-repo';
import { companyKey, readDraftContext } from './draft-context-repo';
import { logInteractions } from './interactions-repo';
import type { RapportDatabase } from './open';
import { freshDatabase } from './test-db';

const defaults = { language: 'de', formality: 'sie' } as const;
const DAY = 86_400_000;
const NOW = Date.UTC(2027, 0, 12, 12);

let db: RapportDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('readDraftContext', () => {
  it('is undefined for an unknown contact', async () => {
    expect(await readDraftContext(db, 'nobody')).toBeUndefined();
  });

  it('has every agreement of the contact, done ones too, and the call they were made in', async () => {
    const anna = await addContact(db, { displayName: 'Anna Müller' }, defaults, NOW);
    const [call] = await logInteractions(db, [{ contactId: anna.id, at: NOW - DAY, channel: 'call', direction: 'mutual' }], NOW);
    const draft = await addAgreement(db, { contactId: anna.id, kind: 'deadline', text: 'Entwurf', interactionId: call?.id }, NOW);
    await addAgreement(db, { contactId: anna.id, kind: 'promise', text: 'Bildrechte', interactionId: call?.id }, NOW);
    await updateAgreement(db, draft.id, { status: 'done' }, NOW);

    const context = await readDraftContext(db, anna.id);
    expect(context?.contact.id).toBe(anna.id);
    expect(context?.agreements.map((agreement) => [agreement.text, agreement.status, agreement.interactionId]).sort()).toEqual([
      ['Bildrechte', 'open', call?.id],
      ['Entwurf', 'done', call?.id],
    ]);
    expect(context?.interactions.map((interaction) => interaction.id)).toEqual([call?.id]);
  });

  it('keeps the latest fifty interactions, newest first, and the very first one', async () => {
    const anna = await addContact(db, { displayName: 'Anna' }, defaults, NOW);
    const inputs = Array.from({ length: 60 }, (_, i) => ({ contactId: anna.id, at: NOW - (60 - i) * DAY, channel: 'email' as const, direction: 'inbound' as const }));
    await logInteractions(db, inputs, NOW);
    const context = await readDraftContext(db, anna.id);
    const ats = context?.interactions.map((interaction) => interaction.at) ?? [];
    expect(ats).toHaveLength(51);
    expect(ats[0]).toBe(NOW - DAY);
    expect(ats[49]).toBe(NOW - 50 * DAY);
    expect(ats[50]).toBe(NOW - 60 * DAY);
  });

  it('names colleagues at the same company with what still matters of theirs, the latest in touch first', async () => {
    const anna = await addContact(db, { displayName: 'Anna', company: 'Müller & Partner GmbH' }, defaults, NOW);
    const jonas = await addContact(db, { displayName: 'Jonas', company: ' müller &  partner gmbh' }, defaults, NOW);
    const lena = await addContact(db, { displayName: 'Lena', company: 'Müller & Partner GmbH' }, defaults, NOW);
    await addContact(db, { displayName: 'Kenji', company: 'Other AG' }, defaults, NOW);
    await logInteractions(db, [{ contactId: lena.id, at: NOW - DAY, channel: 'call', direction: 'mutual' }], NOW);
    await addAgreement(db, { contactId: jonas.id, kind: 'payment-terms', text: '14 Tage netto' }, NOW);
    const finished = await addAgreement(db, { contactId: jonas.id, kind: 'deadline', text: 'Alte Kampagne' }, NOW);
    await updateAgreement(db, finished.id, { status: 'done' }, NOW);

    const context = await readDraftContext(db, anna.id);
    expect(context?.colleagues.map((colleague) => colleague.displayName)).toEqual(['Lena', 'Jonas']);
    expect(context?.colleagues[1]?.agreements.map((agreement) => agreement.text)).toEqual(['14 Tage netto']);
  });

  it('a new contact person learns what was agreed with the organisation through someone who has left it', async () => {
    const left = await addContact(db, { displayName: 'Jonas', company: 'Müller & Partner' }, defaults, NOW);
    await addAgreement(db, { contactId: left.id, kind: 'payment-terms', text: '14 Tage netto' }, NOW);
    await addAgreement(db, { contactId: left.id, kind: 'invoice', text: 'Rechnung 12', dueDate: '2026-11-01' }, NOW);
    await updateContact(db, left.id, { company: 'Nordlicht' }, NOW);
    await addAgreement(db, { contactId: left.id, kind: 'deadline', text: 'Nordlicht-Logo' }, NOW);
    const lena = await addContact(db, { displayName: 'Lena', company: 'Müller & Partner GmbH' }, defaults, NOW);
    const context = await readDraftContext(db, lena.id);
    expect(context?.colleagues.map((colleague) => [colleague.displayName, colleague.agreements.map((a) => a.text).sort()])).toEqual([
      ['Jonas', ['14 Tage netto', 'Rechnung 12']],
    ]);
  });

  it('has no colleagues without a company', async () => {
    const anna = await addContact(db, { displayName: 'Anna' }, defaults, NOW);
    await addContact(db, { displayName: 'Jonas' }, defaults, NOW);
    expect((await readDraftContext(db, anna.id))?.colleagues).toEqual([]);
    expect(companyKey('  ')).toBe('');
  });
});
