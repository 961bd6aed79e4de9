import { describe, expect, it } from 'vitest';
import type { Contact, Organisation } from './model';
import { organisationPlacer } from './organisation-placer';

const person = (company: string | undefined, emails: string[] = [], organisationId?: string): Contact => ({
  id: `c-${Math.random()}`,
  displayName: 'P',
  emails,
  ...(company === undefined ? {} : { company }),
  ...(organisationId ? { organisationId } : {}),
  language: 'de',
  formality: 'sie',
  createdAt: 1,
  updatedAt: 1,
});
const nordlicht: Organisation = { id: 'nordlicht', name: 'Nordlicht GmbH', nameKeys: ['nordlicht', 'nordlicht design'], domains: ['nordlicht.de'], createdAt: 1, updatedAt: 1 };

describe('organisationPlacer', () => {
  it('matches by any of the names an organisation has had, and by email domain without a company', () => {
    const placer = organisationPlacer([nordlicht], 5);
    expect(placer.place(person('NORDLICHT Design')).organisationId).toBe('nordlicht');
    expect(placer.place(person(undefined, ['neu@nordlicht.de'])).organisationId).toBe('nordlicht');
    expect(placer.place(person(undefined, ['neu@gmail.com'], 'stale')).organisationId).toBeUndefined();
    expect(placer.changed()).toEqual([]);
  });

  it('creates an organisation once for a new name, which takes the work domains nobody holds', () => {
    let ids = 0;
    const placer = organisationPlacer([nordlicht], 5, () => `new-${++ids}`);
    const first = placer.place(person(' Studio  Blau ', ['a@studio-blau.de', 'a@nordlicht.de', 'a@web.de']));
    const second = placer.place(person('studio blau gmbh', ['b@blau-studio.de']));
    expect(first.organisationId).toBe('new-1');
    expect(second.organisationId).toBe('new-1');
    expect(placer.changed()).toEqual([
      { id: 'new-1', name: 'Studio Blau', nameKeys: ['studio blau'], domains: ['studio-blau.de', 'blau-studio.de'], createdAt: 5, updatedAt: 5 },
    ]);
    expect(placer.find({ emails: ['x@blau-studio.de'] })?.id).toBe('new-1');
  });

  it('a company naming another organisation wins over the email domain', () => {
    const placer = organisationPlacer([nordlicht], 5, () => 'acme');
    expect(placer.place(person('Acme', ['moved@nordlicht.de'])).organisationId).toBe('acme');
    expect(placer.changed()[0]?.domains).toEqual([]);
  });
});
