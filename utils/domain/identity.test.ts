import { describe, expect, it } from 'vitest';
import { linkedinProfileUrl, linkedinSlugFrom } from './identity';

describe('linkedinSlugFrom', () => {
  it.each([
    ['anna-mueller-123', 'anna-mueller-123'],
    [' Anna-Mueller-123/ ', 'anna-mueller-123'],
    ['https://de.linkedin.com/in/Anna-Mueller-123?trk=x', 'anna-mueller-123'],
    ['linkedin.com/in/%C3%85sa-lindqvist', 'åsa-lindqvist'],
    ['...', '...'],
  ])('%s -> %s', (value, slug) => {
    expect(linkedinSlugFrom(value)).toBe(slug);
  });

  it.each([
    '',
    '.',
    '..',
    ' .. ',
    'https://www.linkedin.com/in/./',
    'anna mueller',
    'https://example.com/in/anna',
    // Control and invisible formatting characters, as an export or a crafted link can carry them encoded.
    'https://www.linkedin.com/in/a%00b',
    'https://www.linkedin.com/in/anna%E2%80%AEreggum',
    'https://www.linkedin.com/in/anna%C2%85',
    'anna\u200Bmueller',
    'anna\u007F',
  ])(
    'rejects %j',
    (value) => {
      expect(linkedinSlugFrom(value)).toBeUndefined();
    },
  );

  it('reads back every slug it accepts from the profile URL it writes', () => {
    for (const slug of ['...', 'åsa-lindqvist', 'a%b', 'x.y']) {
      expect(linkedinSlugFrom(linkedinProfileUrl(slug))).toBe(slug);
    }
  });
});
