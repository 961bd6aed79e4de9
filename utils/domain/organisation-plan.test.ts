import { describe, expect, it } from 'vitest';
import type { Agreement, Contact } from './model';
import { planOrganisations } from './organisation-plan';

const contact = (id: string, company: string | undefined, emails: string[] = [], createdAt = 1): Contact => ({
  id,
  displayName: id,
  emails,
  ...(company === undefined ? {} : { company }),
  language: 'de',
  formality: 'sie',
  createdAt,
  updatedAt: createdAt,
});
const agreement = (id: string, contactId: string, organisation?: string): Agreement => ({
  id,
  contactId,
  kind: 'deadline',
  text: id,
  status: 'open',
  ...(organisation ? { organisation } : {}),
  createdAt: 1,
  updatedAt: 1,
});

function plan(contacts: Contact[], agreements: Agreement[] = []) {
  let counter = 0;
  return planOrganisations(contacts, agreements, 100, () => `org-${++counter}`);
}

describe('planOrganisations', () => {
  it('gives people whose company names the same organisation one record, named as most of them write it', () => {
    const result = plan([
      contact('anna', 'Müller & Partner GmbH', ['anna@mueller.de']),
      contact('jonas', 'müller & partner', ['jonas@mueller.de']),
      contact('lena', 'Müller & Partner', ['lena@mueller.de']),
      contact('ben', 'Müller & Partner'),
      contact('kim', 'Nordlicht'),
    ]);
    expect(result.organisations.map(({ name, nameKeys, domains }) => ({ name, nameKeys, domains }))).toEqual([
      { name: 'Müller & Partner', nameKeys: ['müller & partner'], domains: ['mueller.de'] },
      { name: 'Nordlicht', nameKeys: ['nordlicht'], domains: [] },
    ]);
    expect(result.contacts.map((c) => [c.id, c.organisationId])).toEqual([
      ['anna', 'org-1'],
      ['jonas', 'org-1'],
      ['lena', 'org-1'],
      ['ben', 'org-1'],
      ['kim', 'org-2'],
    ]);
  });

  it('puts someone without a company into the organisation of their work email domain, never of a free-mail one', () => {
    const result = plan([
      contact('anna', 'Nordlicht GmbH', ['anna@nordlicht.de', 'anna@gmail.com']),
      contact('ohne', undefined, ['max@nordlicht.de']),
      contact('private', undefined, ['someone@gmail.com']),
    ]);
    expect(result.organisations[0]?.domains).toEqual(['nordlicht.de']);
    expect(result.contacts.map((c) => c.id)).toEqual(['anna', 'ohne']);
  });

  it('gives a domain to the organisation most of its people name, and to nobody on a tie', () => {
    const result = plan([
      contact('a', 'Holding', ['a@group.de']),
      contact('b', 'Tochter', ['b@group.de']),
      contact('c', 'Tochter', ['c@group.de']),
      contact('d', 'Eins', ['d@tie.de']),
      contact('e', 'Zwei', ['e@tie.de']),
    ]);
    const domainsOf = (name: string) => result.organisations.find((o) => o.name === name)?.domains;
    expect(domainsOf('Tochter')).toEqual(['group.de']);
    expect(domainsOf('Holding')).toEqual([]);
    expect(domainsOf('Eins')).toEqual([]);
    expect(domainsOf('Zwei')).toEqual([]);
  });

  it("gives agreements their contact's organisation, or the one they name", () => {
    const result = plan(
      [contact('anna', 'Müller'), contact('kim', 'Nordlicht'), contact('solo', undefined)],
      [agreement('a1', 'anna'), agreement('a2', 'anna', 'Nordlicht GmbH'), agreement('a3', 'solo'), agreement('a4', 'solo', 'Studio Blau')],
    );
    const nameOf = (id?: string) => result.organisations.find((o) => o.id === id)?.name;
    expect(result.agreements.map((a) => [a.id, nameOf(a.organisationId)])).toEqual([
      ['a1', 'Müller'],
      ['a2', 'Nordlicht'],
      ['a4', 'Studio Blau'],
    ]);
  });

  it('leaves records that already have an organisation alone', () => {
    const placed = { ...contact('anna', 'Müller'), organisationId: 'kept' };
    const result = plan([placed], [agreement('a1', 'anna')]);
    expect(result.contacts).toEqual([]);
    expect(result.organisations).toEqual([]);
    expect(result.agreements.map((a) => a.organisationId)).toEqual(['kept']);
  });
});
