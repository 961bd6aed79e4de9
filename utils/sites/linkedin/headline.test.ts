import { describe, expect, it } from 'vitest';
import { roleAtCompany } from './headline';

describe('roleAtCompany', () => {
  it.each([
    ['Head of Data at Fjällbacka Analytics AB', { role: 'Head of Data', company: 'Fjällbacka Analytics AB' }],
    ['Leiter Vertrieb bei Nordlicht Logistik GmbH', { role: 'Leiter Vertrieb', company: 'Nordlicht Logistik GmbH' }],
    ['CTO @Acme', { role: 'CTO', company: 'Acme' }],
    ['Senior Engineer at Acme | Speaker · Author', { role: 'Senior Engineer', company: 'Acme' }],
    ['Rechtsanwältin bei Kanzlei Brandt & Partner', { role: 'Rechtsanwältin', company: 'Kanzlei Brandt & Partner' }],
  ])('%s', (headline, expected) => {
    expect(roleAtCompany(headline)).toEqual(expected);
  });

  it.each([
    'Fractional CFO · Board advisor · ex-Deloitte',
    'Founder at Acme and Advisor at Beta',
    'Helping teams ship',
    'at Acme',
    `${'Very long self-description '.repeat(5)}at Acme`,
  ])('finds no role in: %s', (headline) => {
    expect(roleAtCompany(headline)).toBeUndefined();
  });
});
