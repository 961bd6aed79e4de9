import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoogleContacts } from './google-csv';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

describe('parseGoogleContacts', () => {
  it('reads the current layout: BOM, " ::: " values, multi-line notes, three email columns, LinkedIn website', () => {
    expect(parseGoogleContacts(fixture('google-contacts.csv'))).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Katrin E. Vogel',
          firstName: 'Katrin',
          lastName: 'Vogel',
          // " ::: " split, lower-cased, the duplicate in column 3 dropped
          emails: ['katrin@vogel-architektur.example', 'k.vogel@example.com', 'katrin.vogel@example.net'],
          linkedinSlug: 'katrin-vogel-arch',
          company: 'Vogel Architektur',
          role: 'Architektin',
          notes: 'Met at the Bauhaus meetup.\nPrefers calls on Fridays.\n\nBudget: 5,000 € "max"',
          // Labels "* myContacts ::: Clients": the system group is not a tag
          tags: ['Clients'],
          source: { format: 'google-csv', line: 2 },
        },
        {
          displayName: 'Björn Åström',
          firstName: 'Björn',
          lastName: 'Åström',
          emails: ['bjorn@astrom.example'],
          // the notes of the row above span lines 2-8
          source: { format: 'google-csv', line: 9 },
        },
        {
          displayName: 'Café Sonnenschein',
          namedFrom: 'organisation',
          emails: ['hallo@cafe-sonnenschein.example'],
          company: 'Café Sonnenschein',
          source: { format: 'google-csv', line: 10 },
        },
        {
          displayName: 'Dieter Krause',
          firstName: 'Dieter',
          lastName: 'Krause',
          emails: [],
          notes: 'Neighbour of Katrin.',
          source: { format: 'google-csv', line: 11 },
        },
        {
          displayName: 'Ines Roth',
          firstName: 'Ines',
          lastName: 'Roth',
          emails: [],
          company: 'Roth Media',
          role: 'Producer',
          source: { format: 'google-csv', line: 13 },
        },
      ],
      skipped: [{ line: 12, reason: 'no name, company, email address or LinkedIn URL' }],
    });
  });

  it('reads the legacy layout: Name / Given Name / Family Name, Organization 1 - Name / Title', () => {
    expect(parseGoogleContacts(fixture('google-contacts-legacy.csv'))).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Dr. Felix Hartmann',
          firstName: 'Felix',
          lastName: 'Hartmann',
          emails: ['felix@hartmann-law.example'],
          company: 'Hartmann Rechtsanwälte',
          role: 'Partner',
          // Group Membership "* My Contacts ::: Kunden"
          tags: ['Kunden'],
          source: { format: 'google-csv', line: 2 },
        },
        {
          displayName: 'Greta Lind',
          firstName: 'Greta',
          lastName: 'Lind',
          emails: ['greta.lind@example.se', 'greta@lind.example'],
          notes: 'Swedish translator, "tack!"',
          source: { format: 'google-csv', line: 3 },
        },
        {
          displayName: 'Hannes Maier',
          firstName: 'Hannes',
          lastName: 'Maier',
          emails: [],
          linkedinSlug: 'hannes-maier',
          source: { format: 'google-csv', line: 4 },
        },
      ],
      skipped: [],
    });
  });

  it('names the line where an unclosed quoted note begins', () => {
    expect(parseGoogleContacts(fixture('malformed-google-unclosed-quote.csv'))).toEqual({
      ok: false,
      error: { line: 4, message: 'Line 4: a quoted field starts here and is never closed (a `"` is missing)' },
    });
  });

  it('accepts any number of E-mail N columns, in any order', () => {
    const text =
      'First Name,Middle Name,Last Name,Labels,E-mail 4 - Value,E-mail 1 - Value\nAna,,Lima,,ana@four.example,ana@one.example ::: ANA@four.example\n';
    const result = parseGoogleContacts(text);
    expect(result.ok && result.people[0]?.emails).toEqual(['ana@four.example', 'ana@one.example']);
  });

  it('rejects a LinkedIn file (no Google-only column)', () => {
    const result = parseGoogleContacts(fixture('linkedin-connections-2025.csv'));
    expect(result.ok).toBe(false);
  });
});
