import 'fake-indexeddb/auto';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/model';
import { addContact, updateContact } from './contacts-repo';
import { deleteContact } from './delete-contact';
import { logInteractions } from './interactions-repo';
import type { RapportDatabase } from './open';
import { FIRST_WHOLE_PEOPLE, ORGANISATION_HISTORY, readOrganisationFirst, readOrganisationPage, readOrganisationRest, SHOWN_PEOPLE } from './organisation-page';
import { contactedLast } from './organisation-people';
import { freshDatabase } from './test-db';

const defaults = { language: 'de', formality: 'sie' } as const;
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-04T11:00:00Z');
/** Names whose order by the user's language differs from their order as code units (case, accents, spaces). */
const NAMES = ['anna', 'Ärger', 'Zoë', 'émile', 'Emil', 'de Vries', 'Özil', 'Oz', 'bernd', 'Bernd', 'ß-Test', 'Ss', 'ångström', 'Zacharias'];

/** What the page must show, read the plain way: every record of the organisation and every interaction. */
async function reference(db: RapportDatabase, organisationId: string) {
  const everyone = (await db.getAllFromIndex('contacts', 'byOrganisation', organisationId)).sort(
    (a, b) => a.displayName.localeCompare(b.displayName) || (a.id < b.id ? -1 : 1),
  );
  const ids = new Set(everyone.map((person) => person.id));
  const history = (await db.getAll('interactions'))
    .filter((interaction) => ids.has(interaction.contactId))
    .sort((a, b) => b.at - a.at)
    .slice(0, ORGANISATION_HISTORY);
  return { people: everyone.slice(0, SHOWN_PEOPLE), peopleCount: everyone.length, history, names: Object.fromEntries(everyone.map((person) => [person.id, person.displayName])) };
}

/** A large organisation: more people than are read whole, oddly named, each in touch at a different time. */
async function largeOrganisation(db: RapportDatabase) {
  const people: Contact[] = [];
  for (let index = 0; index < FIRST_WHOLE_PEOPLE + 12; index += 1) {
    const name = `${NAMES[index % NAMES.length] ?? 'X'} ${String(index % 7)}`;
    people.push(await addContact(db, { displayName: name, company: 'Gross AG', emails: [`p${index}@gross-ag.de`], role: index % 3 ? 'Einkauf' : undefined }, defaults));
  }
  // Two interactions each for most, none for every fifth; all at different moments.
  await logInteractions(
    db,
    people.flatMap((person, index) =>
      index % 5 === 0
        ? []
        : [
            { contactId: person.id, at: NOW - (index * 7 + 1) * 3_600_000, channel: 'email' as const, direction: 'inbound' as const },
            { contactId: person.id, at: NOW - (index + 200) * DAY, channel: 'call' as const, direction: 'mutual' as const },
          ],
    ),
  );
  return { people, organisationId: people[0]?.organisationId as string };
}

describe("an organisation page's first screen", () => {
  it('shows a large organisation as reading every record would: the first people by name, their count, the latest history, everyone named', async () => {
    const db = await freshDatabase();
    const { organisationId } = await largeOrganisation(db);
    const first = await readOrganisationFirst(db, organisationId);
    const expected = await reference(db, organisationId);
    expect(first?.people).toEqual(expected.people);
    expect(first?.peopleCount).toBe(expected.peopleCount);
    expect(first?.history).toEqual(expected.history);
    expect(first?.names).toEqual(expected.names);
  });

  it('stays right after writes: a rename, a move to another organisation, a deletion and new contact change what it shows', async () => {
    const db = await freshDatabase();
    const { people, organisationId } = await largeOrganisation(db);
    const [a, b, c, d] = people as [Contact, Contact, Contact, Contact];
    await updateContact(db, a.id, { displayName: 'Aaron Erster' });
    await updateContact(db, b.id, { company: 'Nordlicht GmbH' });
    await deleteContact(db, c.id);
    await logInteractions(db, [{ contactId: d.id, at: NOW + DAY, channel: 'meeting', direction: 'mutual' }]);
    const first = await readOrganisationFirst(db, organisationId);
    const expected = await reference(db, organisationId);
    expect(first?.people[0]?.displayName).toBe('Aaron Erster');
    expect(first?.names[b.id]).toBeUndefined();
    expect(first?.history[0]?.contactId).toBe(d.id);
    expect(first?.people).toEqual(expected.people);
    expect(first?.peopleCount).toBe(expected.peopleCount);
    expect(first?.history).toEqual(expected.history);
    expect(first?.names).toEqual(expected.names);
  });

  it("leaves a large organisation's merge suggestions by email domain to the read after it, which completes them", async () => {
    const db = await freshDatabase();
    const { people, organisationId } = await largeOrganisation(db);
    const other = await addContact(db, { displayName: 'Nora', company: 'Nordlicht GmbH', emails: ['nora@nordlicht.de'] }, defaults);
    await addContact(db, { displayName: 'Gregor', company: 'Gross AG Berlin', emails: [] }, defaults);
    await updateContact(db, (people[3] as Contact).id, { emails: ['p3@nordlicht.de'] });
    const first = await readOrganisationFirst(db, organisationId);
    expect(first?.suggestionsComplete).toBe(false);
    expect(first?.suggestions.map(({ reason, detail }) => [reason, detail])).toEqual([['name', 'Gross AG Berlin']]);
    if (!first) throw new Error('no first screen');
    const rest = await readOrganisationRest(db, first);
    expect(rest.suggestions.map(({ organisation, reason, detail }) => [organisation.id, reason, detail])).toEqual([
      [other.organisationId, 'domain', 'nordlicht.de'],
      [expect.any(String), 'name', 'Gross AG Berlin'],
    ]);
    expect((await readOrganisationPage(db, organisationId))?.suggestions).toEqual(rest.suggestions);
  });

  it('reads a small organisation whole at once, its merge suggestions by domain included', async () => {
    const db = await freshDatabase();
    const nora = await addContact(db, { displayName: 'Nora', company: 'Nordlicht GmbH', emails: ['nora@nordlicht.de'] }, defaults);
    const anna = await addContact(db, { displayName: 'anna', company: 'Klein GmbH', emails: ['anna@nordlicht.de'] }, defaults);
    await addContact(db, { displayName: 'Ben', company: 'Klein GmbH', emails: [] }, defaults);
    const first = await readOrganisationFirst(db, anna.organisationId as string);
    expect(first?.suggestionsComplete).toBe(true);
    expect(first?.people.map((person) => person.displayName)).toEqual(['anna', 'Ben']);
    expect(first?.suggestions.map(({ organisation, reason }) => [organisation.id, reason])).toEqual([[nora.organisationId, 'domain']]);
  });
});

describe('the people contacted last, from the index', () => {
  it('picks the newest, and among people last in touch at the same moment those with the lowest ids', async () => {
    const db = await freshDatabase();
    const people: Contact[] = [];
    for (let index = 0; index < 8; index += 1) people.push(await addContact(db, { displayName: `P${index}`, company: 'Gleich AG' }, defaults));
    const [newest, ...rest] = people as [Contact, ...Contact[]];
    await logInteractions(db, [
      { contactId: newest.id, at: NOW, channel: 'call', direction: 'mutual' },
      ...rest.map((person) => ({ contactId: person.id, at: NOW - DAY, channel: 'call' as const, direction: 'mutual' as const })),
    ]);
    const organisationId = newest.organisationId as string;
    const expected = [newest.id, ...rest.map((person) => person.id).sort()].slice(0, 4);
    const tx = db.transaction('contacts');
    expect(await contactedLast(unwrap(tx.store.index('byOrganisationLastContact')), organisationId, 4)).toEqual(expected);
    expect(await contactedLast(unwrap(tx.store.index('byOrganisationLastContact')), organisationId, 0)).toEqual([]);
  });
});
