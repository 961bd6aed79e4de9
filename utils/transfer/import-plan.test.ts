import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/model';
import type { ImportedPerson } from './imported-person';
import { planImport } from './import-plan';
import { parseLinkedinConnections } from './linkedin-csv';

const person = (patch: Partial<ImportedPerson> & { line: number }): ImportedPerson => {
  const { line, ...rest } = patch;
  return { displayName: '', emails: [], source: { format: 'linkedin-csv', line }, ...rest };
};
const contact = (patch: Partial<Contact>): Contact => ({
  id: 'c-1',
  displayName: 'Someone',
  emails: [],
  language: 'de',
  formality: 'sie',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

describe('planImport', () => {
  it('creates new people without a cadence unless one is chosen', () => {
    const people = [person({ line: 2, displayName: 'Anna Müller', emails: ['anna@example.org'], company: 'Acme', connectedOn: '2025-12-07' })];
    expect(planImport(people, [])).toEqual({
      create: [
        {
          displayName: 'Anna Müller',
          emails: ['anna@example.org'],
          company: 'Acme',
          connectedOn: '2025-12-07',
          sources: [{ format: 'linkedin-csv', line: 2 }],
        },
      ],
      merge: [],
      skip: [],
    });
    expect(planImport(people, [], { cadence: { unit: 'months', count: 3 } }).create[0]?.cadence).toEqual({ unit: 'months', count: 3 });
    expect(planImport(people, [], { cadenceDays: 30 }).create[0]?.cadence).toEqual({ unit: 'days', count: 30 });
    expect(planImport(people, [], { cadenceDays: 0 }).create[0]).not.toHaveProperty('cadence');
  });

  it('folds duplicates within the file into one draft, also through a chain of shared identities', () => {
    const people = [
      person({ line: 2, displayName: 'Jonas Berg', linkedinSlug: 'jonas-berg', connectedOn: '2026-01-01' }),
      person({ line: 3, displayName: '', emails: ['JONAS@Nordlicht.example'], linkedinSlug: 'Jonas-Berg', role: 'Designer' }),
      person({ line: 4, displayName: 'J. Berg', emails: ['jonas@nordlicht.example', 'jb@example.org'], company: 'Nordlicht', connectedOn: '2020-05-05' }),
      person({ line: 5, displayName: 'Other', emails: ['other@example.org'] }),
    ];
    const plan = planImport(people, []);
    expect(plan.create).toEqual([
      {
        displayName: 'Jonas Berg',
        emails: ['jonas@nordlicht.example', 'jb@example.org'],
        linkedinSlug: 'jonas-berg',
        company: 'Nordlicht',
        role: 'Designer',
        connectedOn: '2020-05-05',
        sources: [2, 3, 4].map((line) => ({ format: 'linkedin-csv', line })),
      },
      { displayName: 'Other', emails: ['other@example.org'], sources: [{ format: 'linkedin-csv', line: 5 }] },
    ]);
    expect(plan.skip).toEqual([]);
  });

  it('matches existing contacts by email or slug, case- and Unicode-normalised, and only fills empty fields', () => {
    const existing = [
      contact({ id: 'c-anna', displayName: 'Anna', emails: ['jürgen@müller.example'], company: 'Old Co' }),
      contact({ id: 'c-lea', displayName: 'Léa', linkedinSlug: 'léa-dubois', role: '  ' }),
    ];
    const people = [
      // NFD "ü" and upper case: still the same address
      person({ line: 2, displayName: 'Anna M.', emails: ['J\u0075\u0308RGEN@MU\u0308LLER.example', 'anna@new.example'], company: 'New Co', role: 'CEO', linkedinSlug: 'anna-m' }),
      person({ line: 3, displayName: 'Léa Dubois', linkedinSlug: 'le\u0301a-dubois', company: 'Studio', role: 'Designer' }),
    ];
    expect(planImport(people, existing)).toEqual({
      create: [],
      merge: [
        {
          contactId: 'c-anna',
          adds: { emails: ['anna@new.example'], linkedinSlug: 'anna-m', role: 'CEO' },
          sources: [{ format: 'linkedin-csv', line: 2 }],
        },
        { contactId: 'c-lea', adds: { emails: [], company: 'Studio', role: 'Designer' }, sources: [{ format: 'linkedin-csv', line: 3 }] },
      ],
      skip: [],
    });
  });

  it('never moves an identity that belongs to another existing contact, and never replaces a slug', () => {
    const existing = [
      contact({ id: 'c-a', emails: ['a@example.org'], linkedinSlug: 'a-slug' }),
      contact({ id: 'c-b', emails: ['b@example.org'] }),
    ];
    const people = [person({ line: 2, displayName: 'A', emails: ['a@example.org', 'b@example.org', 'a2@example.org'], linkedinSlug: 'other-slug' })];
    expect(planImport(people, existing).merge).toEqual([
      { contactId: 'c-a', adds: { emails: ['a2@example.org'] }, sources: [{ format: 'linkedin-csv', line: 2 }] },
    ]);
  });

  it('skips people with nothing to go by, and known people who bring nothing new', () => {
    const nobody = person({ line: 2, displayName: ' \u200B ', emails: ['not-an-email'] });
    const known = person({ line: 3, displayName: 'Anna', emails: ['anna@example.org'], company: 'Acme' });
    const plan = planImport([nobody, known], [contact({ id: 'c-anna', emails: ['anna@example.org'], company: 'Acme' })]);
    expect(plan).toEqual({
      create: [],
      merge: [],
      skip: [
        { person: nobody, reason: 'no-name-or-identity' },
        { person: known, reason: 'already-known', contactId: 'c-anna' },
      ],
    });
  });

  it('appends notes from the file that an existing contact does not hold yet, once', () => {
    const anna = contact({ id: 'c-anna', emails: ['anna@example.org'], notes: 'Met at the fair.' });
    const fromFile = [
      person({ line: 2, displayName: 'Anna', emails: ['anna@example.org'], notes: 'Prefers calls on Tuesdays.' }),
      person({ line: 3, displayName: 'Anna', emails: ['ANNA@example.org'], notes: 'Prefers  calls on Tuesdays.' }),
      person({ line: 4, displayName: 'Anna', emails: ['anna@example.org'], notes: 'Met at the fair.' }),
    ];
    const plan = planImport(fromFile, [anna]);
    expect(plan.merge).toEqual([{ contactId: 'c-anna', adds: { emails: [], notes: 'Prefers calls on Tuesdays.' }, sources: fromFile.map((p) => p.source) }]);

    const again = planImport(fromFile, [{ ...anna, notes: 'Met at the fair.\n\nPrefers calls on Tuesdays.' }]);
    expect(again.merge).toEqual([]);
    expect(again.skip.map((skip) => skip.reason)).toEqual(['already-known', 'already-known', 'already-known']);
  });

  it('does not double a name-only person on re-import, but creates a new name-only person', () => {
    const existing = [contact({ id: 'c-tom', displayName: 'Tom Fischer' })];
    const again = person({ line: 3, displayName: 'tom  FISCHER' });
    const fresh = person({ line: 4, displayName: 'Ola Nordmann' });
    expect(planImport([again, fresh], existing)).toEqual({
      create: [{ displayName: 'Ola Nordmann', emails: [], sources: [{ format: 'linkedin-csv', line: 4 }] }],
      merge: [],
      skip: [{ person: again, reason: 'same-name-without-identity', contactId: 'c-tom' }],
    });
  });

  it('gives a person without a name the address or slug as name', () => {
    expect(planImport([person({ line: 2, emails: ['x@example.org'] })], []).create[0]?.displayName).toBe('x@example.org');
  });

  it('names a person from the row that has a real name, and keeps what a nameless one was named from', () => {
    const people = [
      person({ line: 2, displayName: 'kai', namedFrom: 'email', emails: ['kai@example.org'] }),
      person({ line: 3, displayName: 'Kai Brandt', emails: ['kai@example.org'] }),
      person({ line: 4, displayName: 'Nordlicht GmbH', namedFrom: 'organisation', emails: ['info@nordlicht.example'] }),
    ];
    expect(planImport(people, []).create.map((draft) => [draft.displayName, draft.namedFrom])).toEqual([
      ['Kai Brandt', undefined],
      ['Nordlicht GmbH', 'organisation'],
    ]);
  });

  it('plans a real LinkedIn export against an address book that knows two of the people', () => {
    const parsed = parseLinkedinConnections(readFileSync(new URL('../../tests/fixtures/import/linkedin-connections-2025.csv', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const existing = [
      contact({ id: 'c-jonas', displayName: 'Jonas', emails: ['jonas.berg@example.org'], company: 'Nordlicht GmbH' }),
      contact({ id: 'c-sam', displayName: 'Sam', linkedinSlug: 'samoneil', emails: ['sam.oneil@example.com'], company: 'Acme, Inc.', role: 'CTO' }),
    ];
    const plan = planImport(parsed.people, existing);
    expect(plan.create.map((draft) => draft.displayName)).toEqual([
      'Anna Müller',
      'Léa Dubois',
      'Thomas "Tom" Weber',
      'hidden-member-9',
      '🚀 Kai Nakamura-Schmidt',
    ]);
    expect(plan.create.every((draft) => draft.cadence === undefined)).toBe(true);
    expect(plan.merge).toEqual([
      { contactId: 'c-jonas', adds: { emails: [], linkedinSlug: 'jonas-berg', role: 'Head of Design, Web' }, sources: [{ format: 'linkedin-csv', line: 6 }] },
    ]);
    expect(plan.skip.map((entry) => [entry.person.displayName, entry.reason, entry.contactId])).toEqual([
      ["Sam O'Neil", 'already-known', 'c-sam'],
    ]);
  });
});
