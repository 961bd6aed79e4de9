import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTag, type ContactFilter, filterFromValue, filterValue, matchesFilter, MAX_TAG_LENGTH, tagsFromText, uniqueKinds, uniqueTags } from './tags';

describe('tags', () => {
  it('are cleaned and kept once regardless of case, the first spelling winning', () => {
    expect(uniqueTags(['  Design ', 'design', 'DESIGN', 'Berlin\tMitte', '', '\u0000'])).toEqual(['Design', 'Berlin Mitte']);
  });

  it('take the spelling the address book already has', () => {
    expect(uniqueTags(['design', 'Neu'], new Map([['design', 'Design']]))).toEqual(['Design', 'Neu']);
  });

  it('come from comma- or semicolon-separated text', () => {
    expect(tagsFromText('Design, Berlin; Konferenz 2026,,')).toEqual(['Design', 'Berlin', 'Konferenz 2026']);
  });

  it('any text gives a tag that is trimmed, short and cleaned to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const tag = cleanTag(text);
        expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
        expect(tag).toBe(tag.trim());
        expect(cleanTag(tag)).toBe(tag);
      }),
    );
  });
});

describe('kinds', () => {
  it('keeps known kinds once, in a fixed order', () => {
    expect(uniqueKinds(['partner', 'client', 'partner', 'boss'])).toEqual(['client', 'partner']);
  });
});

describe('filters', () => {
  const contact = { kinds: ['client' as const], tags: ['Design'] };
  it('match by kind, or by tag regardless of case', () => {
    expect(matchesFilter(contact, { kind: 'client' })).toBe(true);
    expect(matchesFilter(contact, { kind: 'partner' })).toBe(false);
    expect(matchesFilter(contact, { tag: 'design' })).toBe(true);
    expect(matchesFilter({}, { tag: 'design' })).toBe(false);
    expect(matchesFilter({}, {})).toBe(true);
  });

  it('survive the round trip through a select value', () => {
    const filters: ContactFilter[] = [{}, { kind: 'former-client' }, { tag: 'Kunde: A/B' }];
    for (const filter of filters) expect(filterFromValue(filterValue(filter))).toEqual(filter);
    expect(filterFromValue('kind:boss')).toEqual({});
  });
});
