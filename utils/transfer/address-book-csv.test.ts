import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAddressBookCsv } from './address-book-csv';
import { decodeFileBytes } from './decode-file';

const fixture = (name: string) => decodeFileBytes(readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url)));

describe('parseAddressBookCsv', () => {
  it('reads Outlook’s English export: every cell quoted, CRLF, display names with the address, nameless rows', () => {
    expect(parseAddressBookCsv(fixture('outlook-contacts-en.csv').text)).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Amara Okonkwo',
          firstName: 'Amara',
          lastName: 'Okonkwo',
          emails: ['amara@okonkwo-health.example', 'amara.okonkwo@example.org'],
          linkedinSlug: 'amara-okonkwo',
          company: 'Okonkwo Health Analytics',
          role: 'Founder',
          notes: 'Prefers email.\nIntro via Jonas.',
          source: { format: 'outlook-csv', line: 2 },
        },
        {
          displayName: "Sam J. O'Neil",
          firstName: 'Sam',
          lastName: "O'Neil",
          emails: ['sam.oneil@example.com'],
          company: 'Acme, Inc.',
          role: 'CTO',
          // the notes of the row before span two lines
          source: { format: 'outlook-csv', line: 4 },
        },
        {
          displayName: 'Bäckerei Huber',
          namedFrom: 'organisation',
          emails: ['info@baeckerei-huber.example'],
          company: 'Bäckerei Huber',
          source: { format: 'outlook-csv', line: 5 },
        },
        { displayName: 'k.tanaka', namedFrom: 'email', emails: ['k.tanaka@example.jp'], source: { format: 'outlook-csv', line: 6 } },
        {
          displayName: '+49 171 5550199',
          namedFrom: 'phone',
          emails: [],
          notes: 'Tel. +49 171 5550199',
          source: { format: 'outlook-csv', line: 7 },
        },
      ],
      skipped: [{ line: 8, reason: 'no name, company, email address or phone number' }],
    });
  });

  it('reads Outlook’s German export as it comes from a German Windows: Windows-1252', () => {
    const file = fixture('outlook-kontakte-de.csv');
    expect(file.encoding).toBe('windows-1252');
    const result = parseAddressBookCsv(file.text);
    expect(result.ok && result.people.map((person) => [person.displayName, person.company, person.role, person.source.format])).toEqual([
      ['Jürgen Weiß', 'Grün & Söhne GmbH', 'Geschäftsführer', 'outlook-csv'],
      ['Zeynep Yildiz', 'Kanzlei Brandt & Partner', 'Rechtsanwältin', 'outlook-csv'],
      ['Gärtnerei Löwenzahn', 'Gärtnerei Löwenzahn', undefined, 'outlook-csv'],
    ]);
    expect(result.ok && result.people[0]?.notes).toBe('Zahlt pünktlich – Rechnung über 1.200 €.');
  });

  it('reads Thunderbird’s address book: display name when there is no first and last name, LinkedIn from a web page', () => {
    expect(parseAddressBookCsv(fixture('thunderbird-address-book.csv').text)).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Léa Dubois',
          firstName: 'Léa',
          lastName: 'Dubois',
          emails: ['lea.dubois@atelier-lumiere.example'],
          linkedinSlug: 'lea-dubois-design',
          company: 'Atelier Lumière',
          role: 'Directrice artistique',
          source: { format: 'thunderbird-csv', line: 2 },
        },
        { displayName: 'Chidi Okafor', emails: ['chidi@example.ng', 'chidi.okafor@okafor-labs.example'], source: { format: 'thunderbird-csv', line: 3 } },
        { displayName: 'm.rossi', namedFrom: 'email', emails: ['m.rossi@studio-rossi.example'], source: { format: 'thunderbird-csv', line: 4 } },
      ],
      skipped: [],
    });
  });

  it('reads German Thunderbird column names and a file re-saved with semicolons', () => {
    const text = 'Vorname;Nachname;Anzeigename;Spitzname;Primäre E-Mail-Adresse;Organisation;Arbeitstitel\r\nAnna;Müller;;;anna@mueller-partner.example;Müller & Partner;Inhaberin\r\n';
    expect(parseAddressBookCsv(text)).toMatchObject({
      ok: true,
      people: [{ displayName: 'Anna Müller', company: 'Müller & Partner', role: 'Inhaberin', source: { format: 'thunderbird-csv', line: 2 } }],
    });
  });
});
