import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAMES } from '../../../utils/drafts';
import { sampleDraftContext } from './sample-contact';

describe('sampleDraftContext', () => {
  it.each(['de', 'en'] as const)('fills every placeholder but the season ones in %s', (language) => {
    const { values } = sampleDraftContext(language, 'sie', '2027-03-12');
    const missing = PLACEHOLDER_NAMES.filter((name) => values[name] === undefined);
    expect(missing).toEqual(['season', 'seasonWish']);
  });

  it('uses the user\u2019s own name and signature when set', () => {
    expect(sampleDraftContext('de', 'du', '2027-03-12', { name: 'Lea', signature: 'Lea\nStudio' }).values.signature).toBe('Lea\nStudio');
    expect(sampleDraftContext('de', 'du', '2027-03-12', { name: 'Lea' }).values.signature).toBe('Lea');
    expect(sampleDraftContext('en', 'sie', '2027-03-12').values.greeting).toBe('Dear Ms Clarke');
  });
});
