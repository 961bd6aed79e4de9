import { describe, expect, it } from 'vitest';
import { readProfileTitle } from './page-title';

describe('readProfileTitle', () => {
  it.each([
    ['Anna Schmidt | LinkedIn', { name: 'Anna Schmidt' }],
    ['(3) Anna Schmidt | LinkedIn', { name: 'Anna Schmidt' }],
    ['(99+) Anna Schmidt | LinkedIn', { name: 'Anna Schmidt' }],
    [
      'Åsa Lindqvist - Head of Data - Fjällbacka Analytics AB | LinkedIn',
      { name: 'Åsa Lindqvist', headline: 'Head of Data', company: 'Fjällbacka Analytics AB' },
    ],
    ['Anna Schmidt – Founder – Speaker – Acme | LinkedIn', { name: 'Anna Schmidt', headline: 'Founder - Speaker', company: 'Acme' }],
    ['Anna-Lena Schmidt - Acme | LinkedIn', { name: 'Anna-Lena Schmidt' }],
  ])('%s', (title, facts) => {
    expect(readProfileTitle(title)).toEqual(facts);
  });

  it.each(['LinkedIn', 'Anna Schmidt', '(3) | LinkedIn', ''])('ignores a title of another shape: %s', (title) => {
    expect(readProfileTitle(title)).toBeUndefined();
  });
});
