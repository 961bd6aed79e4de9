import { describe, expect, it } from 'vitest';
import { ownProfileSlug } from './own-profile';

describe('ownProfileSlug', () => {
  it.each([
    ['https://www.linkedin.com/in/lena-vogt-design/', 'lena-vogt-design'],
    ['linkedin.com/in/Lena-Vogt-Design', 'lena-vogt-design'],
    ['www.linkedin.com/in/lena-vogt-design/?trk=x', 'lena-vogt-design'],
    ['https://de.linkedin.com/in/l%C3%A9na-vogt', 'léna-vogt'],
    ['  lena-vogt-design ', 'lena-vogt-design'],
  ])('reads %s', (input, slug) => {
    expect(ownProfileSlug(input)).toBe(slug);
  });

  it.each(['', '   ', 'https://example.org/in/lena', 'https://www.linkedin.com/company/acme/', 'lena vogt', 'x'])('refuses %j', (input) => {
    expect(ownProfileSlug(input)).toBeUndefined();
  });
});
