import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addAgreement, updateAgreement } from './agreements-repo';
import { addContact, updateContact } from './contacts-repo';
import { applyImport } from './import-apply';
import { logInteractions } from './interactions-repo';
import { mergeContacts } from './merge-contacts';
import { mergeOrganisations, OrganisationNameTakenError, readOrganisationPage, readOrganisationRows, updateOrganisation } from './organisations-repo';
import { FIRST_AGREEMENTS, readOrganisationFirst, readOrganisationRest } from './organisation-page';
import { freshDatabase } from './test-db';

const defaults = { language: 'de', formality: 'sie' } as const;
const DAY = 86_400_000;

describe('organisations in the database', () => {
  it('puts people whose company names the same organisation into one record, and people without a company by work email domain', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', company: 'Müller & Partner GmbH', emails: ['anna@mueller-partner.de'] }, defaults);
    const jonas = await addContact(db, { displayName: 'Jonas', company: 'müller & partner', emails: ['jonas@gmail.com'] }, defaults);
    const lena = await addContact(db, { displayName: 'Lena', emails: ['lena@mueller-partner.de'] }, defaults);
    const solo = await addContact(db, { displayName: 'Solo', emails: ['solo@gmail.com'] }, defaults);
    expect(new Set([anna.organisationId, jonas.organisationId, lena.organisationId]).size).toBe(1);
    expect(solo.organisationId).toBeUndefined();
    const [organisation, ...others] = await db.getAll('organisations');
    expect(others).toEqual([]);
    expect(organisation).toMatchObject({ name: 'Müller & Partner GmbH', domains: ['mueller-partner.de'] });
  });

  it('an agreement belongs to the organisation it was made with, and stays there when its contact person moves on', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', company: 'Müller' }, defaults);
    const terms = await addAgreement(db, { contactId: anna.id, kind: 'payment-terms', text: '14 Tage netto' });
    expect(terms.organisationId).toBe(anna.organisationId);
    const moved = await updateContact(db, anna.id, { company: 'Nordlicht' });
    expect(moved.organisationId).not.toBe(anna.organisationId);
    expect((await db.get('agreements', terms.id))?.organisationId).toBe(anna.organisationId);
  });

  it("a contact's first organisation takes over the agreements made before it was known", async () => {
    const db = await freshDatabase();
    const kim = await addContact(db, { displayName: 'Kim' }, defaults);
    const deadline = await addAgreement(db, { contactId: kim.id, kind: 'deadline', text: 'Entwurf' });
    expect(deadline.organisationId).toBeUndefined();
    const placed = await updateContact(db, kim.id, { company: 'Studio Blau' });
    expect((await db.get('agreements', deadline.id))?.organisationId).toBe(placed.organisationId);
  });

  it('an import fills organisations from company fields, in the same transaction', async () => {
    const db = await freshDatabase();
    const known = await addContact(db, { displayName: 'Known', company: 'Nordlicht GmbH' }, defaults);
    await applyImport(db, {
      create: [
        { displayName: 'A', emails: ['a@x.de'], company: 'Nordlicht' },
        { displayName: 'B', emails: ['b@studio-blau.de'], company: 'Studio Blau' },
        { displayName: 'C', emails: ['c@studio-blau.de'] },
      ],
      merge: [],
    });
    const contacts = await db.getAll('contacts');
    const orgOf = (name: string) => contacts.find((contact) => contact.displayName === name)?.organisationId;
    expect(orgOf('A')).toBe(known.organisationId);
    expect(orgOf('C')).toBe(orgOf('B'));
    expect((await db.getAll('organisations')).map((o) => o.name).sort()).toEqual(['Nordlicht GmbH', 'Studio Blau']);
  });

  it('merging two contacts keeps an organisation', async () => {
    const db = await freshDatabase();
    const keep = await addContact(db, { displayName: 'Anna', emails: ['a@gmail.com'] }, defaults);
    const other = await addContact(db, { displayName: 'Anna M.', company: 'Müller' }, defaults);
    const { contact } = await mergeContacts(db, keep.id, other.id);
    expect(contact.organisationId).toBe(other.organisationId);
  });

  it('an invoice marked done records the day it was paid; reopening forgets it; another day can be given', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', company: 'Müller' }, defaults);
    const invoice = await addAgreement(db, { contactId: anna.id, kind: 'invoice', text: 'Rechnung 12', dueDate: '2026-11-01', amount: 4800, currency: 'EUR' });
    const paidAt = Date.UTC(2026, 11, 4, 12);
    expect((await updateAgreement(db, invoice.id, { status: 'done' }, paidAt)).paidOn).toBe('2026-12-04');
    expect((await updateAgreement(db, invoice.id, { paidOn: '2026-11-20' }, paidAt)).paidOn).toBe('2026-11-20');
    const reopened = await updateAgreement(db, invoice.id, { status: 'open' }, paidAt);
    expect(reopened.paidOn).toBeUndefined();
    expect(reopened).toMatchObject({ amount: 4800, currency: 'EUR' });
    const deadline = await addAgreement(db, { contactId: anna.id, kind: 'deadline', text: 'Entwurf' });
    expect((await updateAgreement(db, deadline.id, { status: 'done' })).paidOn).toBeUndefined();
  });

  it("an organisation's page lists its people, everything agreed with it (people who left included) and the latest history", async () => {
    const db = await freshDatabase();
    const now = Date.UTC(2026, 11, 1);
    const anna = await addContact(db, { displayName: 'Anna', company: 'Müller' }, defaults);
    const ben = await addContact(db, { displayName: 'Ben', company: 'Müller' }, defaults);
    const left = await addContact(db, { displayName: 'Left', company: 'Müller' }, defaults);
    await addAgreement(db, { contactId: left.id, kind: 'payment-terms', text: '30 Tage' });
    await updateContact(db, left.id, { company: 'Elsewhere' });
    await logInteractions(db, [
      ...Array.from({ length: 40 }, (_, index) => ({ contactId: anna.id, at: now - index * DAY, channel: 'email' as const, direction: 'inbound' as const })),
      { contactId: ben.id, at: now - 5.5 * DAY, channel: 'call' as const, direction: 'mutual' as const },
      { contactId: left.id, at: now, channel: 'call' as const, direction: 'mutual' as const },
    ]);
    const page = await readOrganisationPage(db, anna.organisationId as string);
    expect(page?.people.map((person) => person.displayName)).toEqual(['Anna', 'Ben']);
    expect(page?.agreements.map((agreement) => agreement.text)).toEqual(['30 Tage']);
    expect(page?.names[left.id]).toBe('Left');
    expect(page?.history).toHaveLength(30);
    expect(page?.history[0]?.at).toBe(now);
    expect(page?.history.filter((interaction) => interaction.contactId === ben.id)).toHaveLength(1);
    expect(page?.history.some((interaction) => interaction.contactId === left.id)).toBe(false);
    expect(await readOrganisationPage(db, 'nope')).toBeUndefined();
  });

  it("shows a large organisation's people first and reads its many agreements afterwards, with the names of those who left", async () => {
    const db = await freshDatabase();
    const now = Date.parse('2026-12-04T11:00:00Z');
    const people = [];
    for (let index = 0; index < 40; index += 1) people.push(await addContact(db, { displayName: `Person ${String(index).padStart(2, '0')}`, company: 'Gross AG' }, defaults));
    const [first, second] = people as [(typeof people)[number], (typeof people)[number]];
    for (let index = 0; index < FIRST_AGREEMENTS; index += 1) await addAgreement(db, { contactId: first.id, kind: 'promise', text: `Zusage ${index}` });
    const left = await addContact(db, { displayName: 'Left', company: 'Gross AG' }, defaults);
    await addAgreement(db, { contactId: left.id, kind: 'invoice', text: 'Rechnung' });
    await updateContact(db, left.id, { company: 'Elsewhere' });
    // One interaction each, a day apart, and more for the second person long ago: the newest 30 are one per person.
    await logInteractions(db, [
      ...people.map((person, index) => ({ contactId: person.id, at: now - index * DAY, channel: 'email' as const, direction: 'inbound' as const })),
      ...Array.from({ length: 20 }, (_, index) => ({ contactId: second.id, at: now - (100 + index) * DAY, channel: 'call' as const, direction: 'mutual' as const })),
    ]);
    const organisationId = first.organisationId as string;

    const firstScreen = await readOrganisationFirst(db, organisationId);
    expect(firstScreen?.agreements).toBeUndefined();
    expect(firstScreen?.people).toHaveLength(40);
    expect(firstScreen?.history.map((interaction) => interaction.at)).toEqual(Array.from({ length: 30 }, (_, index) => now - index * DAY));
    if (!firstScreen) throw new Error('no first screen');
    const rest = await readOrganisationRest(db, firstScreen);
    expect(rest.agreements).toHaveLength(FIRST_AGREEMENTS + 1);
    expect(rest.names[left.id]).toBe('Left');
    expect(rest.names[second.id]).toBe('Person 01');

    const whole = await readOrganisationPage(db, organisationId);
    expect(whole?.agreements).toHaveLength(FIRST_AGREEMENTS + 1);
    expect(whole?.history).toEqual(firstScreen?.history);
  });

  it('reads a small organisation whole on its first screen', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', company: 'Klein GmbH' }, defaults);
    await addAgreement(db, { contactId: anna.id, kind: 'invoice', text: 'Rechnung' });
    const firstScreen = await readOrganisationFirst(db, anna.organisationId as string);
    expect(firstScreen?.agreements?.map((agreement) => agreement.text)).toEqual(['Rechnung']);
  });

  it('suggests merging an organisation that holds a domain its people write from, or has nearly the same name', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', company: 'Nordlicht GmbH', emails: ['anna@nordlicht.de'] }, defaults);
    const max = await addContact(db, { displayName: 'Max', company: 'Nordlicht Design', emails: ['max@nordlicht.de'] }, defaults);
    await addContact(db, { displayName: 'Eva', company: 'Nordlicht-Desing', emails: [] }, defaults);
    await addContact(db, { displayName: 'Zed', company: 'Acme', emails: [] }, defaults);
    const page = await readOrganisationPage(db, max.organisationId as string);
    expect(page?.suggestions.map(({ organisation, reason, detail }) => [organisation.id, reason, detail])).toEqual([
      [anna.organisationId, 'domain', 'nordlicht.de'],
      [expect.any(String), 'name', 'Nordlicht-Desing'],
    ]);
  });

  it('merges two organisations when the user confirms: people, agreements, names and domains move, one is left', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', company: 'Nordlicht GmbH', emails: ['anna@nordlicht.de'] }, defaults);
    const max = await addContact(db, { displayName: 'Max', company: 'Nordlicht Design', emails: ['max@nordlicht-design.de'] }, defaults);
    const agreement = await addAgreement(db, { contactId: max.id, kind: 'deadline', text: 'Logo' });
    const merged = await mergeOrganisations(db, anna.organisationId as string, max.organisationId as string);
    expect(merged.nameKeys).toEqual(['nordlicht', 'nordlicht design']);
    expect(merged.domains).toEqual(['nordlicht.de', 'nordlicht-design.de']);
    expect(await db.count('organisations')).toBe(1);
    expect((await db.get('contacts', max.id))?.organisationId).toBe(anna.organisationId);
    expect((await db.get('agreements', agreement.id))?.organisationId).toBe(anna.organisationId);
    // A company field naming the merged one finds the kept one.
    expect((await addContact(db, { displayName: 'New', company: 'Nordlicht Design' }, defaults)).organisationId).toBe(anna.organisationId);
    const rows = await readOrganisationRows(db);
    expect(rows.map((row) => [row.people, row.openAgreements])).toEqual([[3, 1]]);
  });

  it('renames an organisation, the old name still finding it; a name another one has is refused', async () => {
    const db = await freshDatabase();
    const anna = await addContact(db, { displayName: 'Anna', company: 'Müller' }, defaults);
    await addContact(db, { displayName: 'Kim', company: 'Nordlicht' }, defaults);
    const renamed = await updateOrganisation(db, anna.organisationId as string, { name: 'Müller & Söhne', notes: 'Zahlt spät' });
    expect(renamed).toMatchObject({ name: 'Müller & Söhne', nameKeys: ['müller & söhne', 'müller'], notes: 'Zahlt spät' });
    expect((await addContact(db, { displayName: 'Old name', company: 'Müller GmbH' }, defaults)).organisationId).toBe(anna.organisationId);
    await expect(updateOrganisation(db, anna.organisationId as string, { name: 'Nordlicht AG' })).rejects.toBeInstanceOf(OrganisationNameTakenError);
  });
});
