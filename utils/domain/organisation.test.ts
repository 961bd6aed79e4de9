import { describe, expect, it } from 'vitest';
import { emailDomain, organisationDomainsOf, organisationKey } from './organisation';

describe('organisationKey', () => {
  it.each([
    ['Müller & Partner GmbH', 'müller & partner'],
    [' müller &  partner ', 'müller & partner'],
    ['Müller & Partner GmbH & Co. KG', 'müller & partner'],
    ['ACME, Inc.', 'acme'],
    ['Nordlicht Design UG (haftungsbeschränkt)', 'nordlicht design'],
    ['Studio Blau e.K.', 'studio blau'],
    ['Bosch Ltd.', 'bosch'],
  ])('%s -> %s', (name, key) => {
    expect(organisationKey(name)).toBe(key);
  });

  it('keeps a name that is only a legal form, and has no key for no name', () => {
    expect(organisationKey('AG')).toBe('ag');
    expect(organisationKey('  ')).toBe('');
    expect(organisationKey(undefined)).toBe('');
  });

  it('does not strip a legal form inside a word or at the start', () => {
    expect(organisationKey('Agentur Blau')).toBe('agentur blau');
    expect(organisationKey('Incognito')).toBe('incognito');
  });

  it('composes and decomposes umlauts alike', () => {
    expect(organisationKey('Mu\u0308ller AG')).toBe(organisationKey('Müller AG'));
  });
});

describe('organisation domains', () => {
  it('reads the domain of an address, none of a non-address', () => {
    expect(emailDomain('Anna@Mueller-Partner.DE')).toBe('mueller-partner.de');
    expect(emailDomain('not an address')).toBeUndefined();
  });

  it('leaves out free-mail providers and the example domains, and names each domain once', () => {
    expect(organisationDomainsOf(['a@gmail.com', 'b@gmx.de', 'c@nordlicht.de', 'd@nordlicht.de', 'e@example.com', 'junk'])).toEqual(['nordlicht.de']);
  });
});
