import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLinkedinConnections } from './linkedin-csv';
import { parseConnectedOn } from './linkedin-dates';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

describe('parseLinkedinConnections', () => {
  it('reads the current export: notice above the header, BOM, CRLF, quoted commas, empty emails', () => {
    const text = fixture('linkedin-connections-2025.csv');
    expect(text.startsWith('\uFEFFNotes:\r\n')).toBe(true);
    const result = parseLinkedinConnections(text);
    expect(result).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Anna Müller',
          firstName: 'Anna',
          lastName: 'Müller',
          emails: [],
          linkedinSlug: 'anna-mueller-4b2a1c',
          company: 'Müller & Partner, Steuerberatung',
          role: 'Partnerin',
          connectedOn: '2025-12-07',
          source: { format: 'linkedin-csv', line: 5 },
        },
        {
          displayName: 'Jonas Berg',
          firstName: 'Jonas',
          lastName: 'Berg',
          emails: ['jonas.berg@example.org'],
          linkedinSlug: 'jonas-berg',
          company: 'Nordlicht GmbH',
          role: 'Head of Design, Web',
          connectedOn: '2026-01-01',
          source: { format: 'linkedin-csv', line: 6 },
        },
        {
          displayName: 'Léa Dubois',
          firstName: 'Léa',
          lastName: 'Dubois',
          emails: [],
          linkedinSlug: 'léa-dubois',
          connectedOn: '2024-03-15',
          source: { format: 'linkedin-csv', line: 8 },
        },
        {
          displayName: "Sam O'Neil",
          firstName: 'Sam',
          lastName: "O'Neil",
          emails: ['sam.oneil@example.com'],
          linkedinSlug: 'samoneil',
          company: 'Acme, Inc.',
          role: 'CTO',
          connectedOn: '2025-02-03',
          source: { format: 'linkedin-csv', line: 9 },
        },
        {
          displayName: 'Thomas "Tom" Weber',
          firstName: 'Thomas "Tom"',
          lastName: 'Weber',
          emails: [],
          linkedinSlug: 'tom-weber-dev',
          company: 'Freelance',
          role: 'Backend Developer, Go & Rust',
          connectedOn: '2023-08-22',
          source: { format: 'linkedin-csv', line: 10 },
        },
        {
          displayName: 'hidden-member-9',
          namedFrom: 'linkedin',
          emails: [],
          linkedinSlug: 'hidden-member-9',
          connectedOn: '2022-06-30',
          source: { format: 'linkedin-csv', line: 11 },
        },
        {
          displayName: '🚀 Kai Nakamura-Schmidt',
          firstName: '🚀 Kai',
          lastName: 'Nakamura-Schmidt',
          emails: [],
          linkedinSlug: 'kai-ns',
          company: 'Startup ⚡',
          role: 'Founder',
          source: { format: 'linkedin-csv', line: 13 },
        },
      ],
      // Line 7 is a row of commas only: ignored silently. Line 12 has only a company.
      skipped: [{ line: 12, reason: 'no name, email address or LinkedIn URL' }],
    });
  });

  it('reads the 2018 export: header on line 1, no URL column, "1/8/18, 6:14 PM" dates', () => {
    expect(parseLinkedinConnections(fixture('linkedin-connections-2018.csv'))).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Maria Schneider',
          firstName: 'Maria',
          lastName: 'Schneider',
          emails: ['maria.schneider@example.com'],
          company: 'Schneider Consulting',
          role: 'Inhaberin',
          connectedOn: '2018-01-08',
          source: { format: 'linkedin-csv', line: 2 },
        },
        {
          displayName: 'Tom Fischer',
          firstName: 'Tom',
          lastName: 'Fischer',
          emails: [],
          company: 'Fischer, Wolf & Co',
          role: 'Developer',
          connectedOn: '2017-12-24',
          source: { format: 'linkedin-csv', line: 3 },
        },
        {
          displayName: 'Ola Nordmann',
          firstName: 'Ola',
          lastName: 'Nordmann',
          emails: ['ola@example.no'],
          connectedOn: '2016-11-03',
          source: { format: 'linkedin-csv', line: 4 },
        },
      ],
      skipped: [],
    });
  });

  it('names the line where a quoted field is never closed', () => {
    const result = parseLinkedinConnections(fixture('malformed-linkedin-unclosed-quote.csv'));
    expect(result).toEqual({
      ok: false,
      error: { line: 6, message: 'Line 6: a quoted field starts here and is never closed (a `"` is missing)' },
    });
  });

  it('says when no header row is there, instead of reading line 1 as one', () => {
    const result = parseLinkedinConnections('Anna,Müller,https://www.linkedin.com/in/anna,,,,07 Dec 2025\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Lines 1-20: no recognisable header row/);
  });

  it('reads a file re-saved by a spreadsheet with semicolons and a header further down', () => {
    const text = 'Notes:\n"Some notice; with a semicolon"\n\nFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\nEva;Klein;https://www.linkedin.com/in/eva-klein;;"Klein; Co";Owner;1 Jan 2026\n';
    const result = parseLinkedinConnections(text);
    expect(result.ok && result.people).toEqual([
      {
        displayName: 'Eva Klein',
        firstName: 'Eva',
        lastName: 'Klein',
        emails: [],
        linkedinSlug: 'eva-klein',
        company: 'Klein; Co',
        role: 'Owner',
        connectedOn: '2026-01-01',
        source: { format: 'linkedin-csv', line: 5 },
      },
    ]);
  });

  it('skips a row whose unquoted comma shifted the columns, naming its line', () => {
    const text = 'First Name,Last Name,Email Address,Company,Position,Connected On\nTom,Fischer,,Fischer, Wolf & Co,Developer,"12/24/17, 9:05 AM"\n';
    expect(parseLinkedinConnections(text)).toEqual({
      ok: true,
      people: [],
      skipped: [{ line: 2, reason: 'more fields than the header (a comma in an unquoted field?)' }],
    });
  });

  it('keeps markup as plain text but drops bidi overrides and control characters', () => {
    const text = 'First Name,Last Name,Email Address,Company,Position,Connected On\n"Mal\u202Elory\u0007",<b>Evil</b>,,,,\n';
    const result = parseLinkedinConnections(text);
    expect(result.ok && result.people[0]?.displayName).toBe('Mallory <b>Evil</b>');
  });

  it('names nobody from a profile address whose slug decodes to control or bidi characters', () => {
    const text = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ',,https://www.linkedin.com/in/a%00b,,,,01 Jan 2020',
      ',,https://www.linkedin.com/in/anna%E2%80%AEreggum,,,,01 Jan 2020',
      ',,https://www.linkedin.com/in/real-slug,,,,01 Jan 2020',
    ].join('\n');
    const result = parseLinkedinConnections(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.people.map((person) => [person.displayName, person.linkedinSlug])).toEqual([['real-slug', 'real-slug']]);
    expect(result.skipped.map((entry) => entry.line)).toEqual([2, 3]);
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['07 Dec 2025', '2025-12-07'],
    ['1 Jan 2026', '2026-01-01'],
    ['1/8/18, 6:14 PM', '2018-01-08'],
    ['12/24/17, 9:05 AM', '2017-12-24'],
    ['3/4/2019', '2019-03-04'],
  ])('%s -> %s', (text, date) => {
    expect(parseConnectedOn(text)).toBe(date);
  });

  it.each(['', '31 Feb 2024', '13/1/18, 1:00 PM', 'yesterday', '07 Foo 2025'])('%j is no date', (text) => {
    expect(parseConnectedOn(text)).toBeUndefined();
  });
});
