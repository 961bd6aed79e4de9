import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkedinSlugFrom } from '../domain/identity';
import type { Contact } from '../domain/model';
import { contactArbitrary } from './arbitraries.test-support';
import { cleanField, cleanNotes } from './clean-fields';
import { exportContactsCsv } from './contacts-csv-export';
import { wellFormed } from './content-lines';
import { parseImportFile } from './import-file';

const anna: Contact = {
  id: 'c-1',
  displayName: 'Anna Müller',
  emails: ['anna@mueller-partner.example', 'anna.mueller@example.org'],
  linkedinSlug: 'anna-mueller-4b2a1c',
  company: 'Müller & Partner, Steuerberatung',
  role: '=HYPERLINK("http://evil.example","click")',
  notes: 'Line one\r\nLine "two"',
  language: 'de',
  formality: 'sie',
  cadence: { unit: 'months', count: 3 },
  nextFollowUp: '2026-03-04',
  lastContactAt: Date.UTC(2025, 11, 7, 10),
  createdAt: 1,
  updatedAt: 2,
};

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('exportContactsCsv', () => {
  it('writes a BOM, a header and one CRLF row per contact', () => {
    const csv = exportContactsCsv([anna]);
    expect(csv.startsWith('\uFEFFName,Emails,LinkedIn,Company,Role,Headline,Location,Notes,Language,Cadence,Next follow-up,Last contact\r\n')).toBe(true);
    expect(rows(csv)[1]).toEqual([
      'Anna Müller',
      'anna@mueller-partner.example; anna.mueller@example.org',
      'https://www.linkedin.com/in/anna-mueller-4b2a1c/',
      'Müller & Partner, Steuerberatung',
      `'=HYPERLINK("http://evil.example","click")`,
      '',
      '',
      'Line one\r\nLine "two"',
      'de',
      '3 months',
      '2026-03-04',
      '2025-12-07T10:00:00.000Z',
    ]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tTAB', '\rCR', "'already"])('guards %j against formula injection', (value) => {
    const csv = exportContactsCsv([{ ...anna, displayName: value }]);
    const cell = rows(csv)[1]?.[0];
    expect(cell).toBe(`'${value}`);
  });

  it('leaves ordinary values unquoted and unprefixed', () => {
    const csv = exportContactsCsv([{ ...anna, displayName: 'Jonas Berg', role: 'CTO' }]);
    expect(csv).toContain('\r\nJonas Berg,');
    expect(rows(csv)[1]?.[4]).toBe('CTO');
  });

  it('is detected and imported again as a Rapport CSV, apostrophe guard removed', () => {
    const result = parseImportFile('contacts.csv', exportContactsCsv([anna]));
    expect(result).toEqual({
      format: 'rapport-csv',
      ok: true,
      people: [
        {
          displayName: 'Anna Müller',
          emails: ['anna@mueller-partner.example', 'anna.mueller@example.org'],
          linkedinSlug: 'anna-mueller-4b2a1c',
          company: 'Müller & Partner, Steuerberatung',
          role: '=HYPERLINK("http://evil.example","click")',
          notes: 'Line one\nLine "two"',
          source: { format: 'rapport-csv', line: 2 },
        },
      ],
      skipped: [],
    });
  });

  it('property: export -> import keeps names, emails, LinkedIn, company, role and notes (as cleaned)', () => {
    const contact = contactArbitrary().filter((value) => cleanField(value.displayName) !== undefined);
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 4 }), (contacts) => {
        const result = parseImportFile('export.csv', exportContactsCsv(contacts));
        if (result.format !== 'rapport-csv' || !result.ok) throw new Error(JSON.stringify(result));
        expect(result.skipped).toEqual([]);
        expect(result.people.map((p) => p.displayName)).toEqual(contacts.map((c) => cleanField(c.displayName)));
        expect(result.people.map((p) => p.emails)).toEqual(contacts.map((c) => c.emails));
        expect(result.people.map((p) => p.linkedinSlug)).toEqual(
          contacts.map((c) => c.linkedinSlug && linkedinSlugFrom(wellFormed(c.linkedinSlug))),
        );
        expect(result.people.map((p) => p.company)).toEqual(contacts.map((c) => cleanField(c.company)));
        expect(result.people.map((p) => p.role)).toEqual(contacts.map((c) => cleanField(c.role)));
        expect(result.people.map((p) => p.notes)).toEqual(contacts.map((c) => cleanNotes(c.notes)));
      }),
      { numRuns: 300 },
    );
  });
});
