import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVCards } from './vcard-import';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

describe('parseVCards', () => {
  it('decodes vCard 2.1 QUOTED-PRINTABLE in UTF-8 and ISO-8859-1, joining soft line breaks', () => {
    expect(parseVCards(fixture('contacts-v21.vcf'))).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Jürgen Müller',
          firstName: 'Jürgen',
          lastName: 'Müller',
          // PREF first
          emails: ['juergen.mueller@example.de', 'j.mueller@gruen-soehne.example'],
          company: 'Grün & Söhne GmbH',
          role: 'Geschäftsführer',
          // a soft break between the two bytes of "ü" and one inside a word
          notes: 'Kennt uns über die Messe in Köln.\nMöchte im Frühjahr ein Angebot für die neue Website und den Relaunch.',
          source: { format: 'vcard', card: 1, line: 1 },
        },
        {
          displayName: 'Svén Jäger',
          firstName: 'Svén',
          lastName: 'Jäger',
          emails: ['sven.jaeger@example.com'],
          source: { format: 'vcard', card: 2, line: 14 },
        },
        {
          // bare 2.1 `;QUOTED-PRINTABLE` parameter, no CHARSET: UTF-8
          displayName: 'Chidi Okafor – Okafor Labs',
          firstName: 'Chidi',
          lastName: 'Okafor',
          emails: ['chidi@example.ng'],
          linkedinSlug: 'chidi-okafor',
          source: { format: 'vcard', card: 3, line: 21 },
        },
      ],
      skipped: [],
    });
  });

  it('reads vCard 3.0: folded lines, item1.EMAIL groups, escapes, X-SOCIALPROFILE; PHOTO is not kept', () => {
    const result = parseVCards(fixture('contacts-v30.vcf'));
    expect(result).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Yuki Nakamura',
          firstName: 'Yuki',
          lastName: 'Nakamura',
          emails: ['yuki@studio-kumo.example', 'yuki.nakamura@example.jp'],
          linkedinSlug: 'yuki-nakamura-kumo',
          company: 'Studio Kumo',
          role: 'Creative Director',
          notes: 'Met at the Tokyo design week. Likes long briefs, short calls; budget in Q3.\nFollow up about the rebrand.',
          source: { format: 'vcard', card: 1, line: 1 },
        },
        {
          displayName: 'Lucía Fernández',
          firstName: 'Lucía',
          lastName: 'Fernández',
          emails: ['lucia@fernandez-ruiz.example'],
          linkedinSlug: 'lucia-fernandez',
          company: 'Fernández, Ruiz & Asociados',
          source: { format: 'vcard', card: 2, line: 23 },
        },
      ],
      skipped: [],
    });
    expect(JSON.stringify(result)).not.toContain('/9j/');
  });

  it('reads vCard 4.0 with LF line ends: PREF=1, an organisation card, a card with N only', () => {
    expect(parseVCards(fixture('contacts-v40.vcf'))).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Dr. Amara Okonkwo',
          firstName: 'Amara',
          lastName: 'Okonkwo',
          emails: ['amara@okonkwo-health.example', 'amara.okonkwo@example.org'],
          linkedinSlug: 'amara-okonkwo',
          company: 'Okonkwo Health Analytics',
          role: 'Founder',
          notes: 'Prefers email.\nIntro via Jonas.',
          source: { format: 'vcard', card: 1, line: 1 },
        },
        {
          displayName: 'Bäckerei Huber',
          emails: ['info@baeckerei-huber.example'],
          company: 'Bäckerei Huber',
          source: { format: 'vcard', card: 2, line: 12 },
        },
        {
          displayName: 'Ren Tanaka',
          firstName: 'Ren',
          lastName: 'Tanaka',
          emails: ['ren.tanaka@example.jp'],
          source: { format: 'vcard', card: 3, line: 19 },
        },
      ],
      skipped: [],
    });
  });

  it('keeps every card it can: nameless ones are named from what they have, an empty one is listed as skipped', () => {
    expect(parseVCards(fixture('contacts-nameless-cards.vcf'))).toEqual({
      ok: true,
      people: [
        { displayName: 'Amara Okonkwo', emails: [], source: { format: 'vcard', card: 1, line: 1 } },
        {
          displayName: 'Nameless Ltd',
          namedFrom: 'organisation',
          emails: ['nobody@example.org'],
          company: 'Nameless Ltd',
          source: { format: 'vcard', card: 2, line: 5 },
        },
        { displayName: 'kai.brandt', namedFrom: 'email', emails: ['kai.brandt@example.de'], source: { format: 'vcard', card: 3, line: 10 } },
        {
          displayName: '+49 171 5550123',
          namedFrom: 'phone',
          emails: [],
          notes: 'Tel. +49 171 5550123',
          source: { format: 'vcard', card: 4, line: 14 },
        },
      ],
      skipped: [{ card: 5, line: 18, reason: 'no name, organisation, email address, phone number or LinkedIn URL' }],
    });
  });

  it('reads an old iPhone export with lone CR line ends and a line folded with a tab', () => {
    const text = fixture('contacts-iphone-cr.vcf');
    expect(text).not.toContain('\n');
    const result = parseVCards(text);
    expect(result.ok && result.people.map((person) => [person.displayName, person.namedFrom, person.source.line])).toEqual([
      ['Åsa Lindqvist', undefined, 1],
      ['m.okoro', 'email', 10],
    ]);
    expect(result.ok && result.people[0]?.notes).toBe('Met at the Malmö fair. Wants a quote for the new shop window and the logo refresh.');
  });

  it('reads Outlook vCard 2.1 with CR CR LF line ends, Windows-1252 and UTF-8 QUOTED-PRINTABLE and a soft break', () => {
    expect(parseVCards(fixture('contacts-outlook-v21-crcrlf.vcf'))).toEqual({
      ok: true,
      people: [
        {
          displayName: 'Björn Weiß',
          firstName: 'Björn',
          lastName: 'Weiß',
          emails: ['bjoern@weiss-partner.example'],
          company: 'Weiß & Partner',
          notes: 'Zahlt immer pünktlich, Rechnung € 1.200 für den Workshop.',
          source: { format: 'vcard', card: 1, line: 1 },
        },
      ],
      skipped: [],
    });
  });

  it('reads a card whose END:VCARD is missing up to the next card, and a card without VERSION', () => {
    const result = parseVCards(fixture('contacts-missing-end.vcf'));
    expect(result.ok && result.people.map((person) => [person.displayName, person.source.card, person.source.line])).toEqual([
      ['Yuki Nakamura', 1, 1],
      ['Lucía Fernández', 2, 6],
      ['Ren Tanaka', 3, 10],
    ]);
    expect(parseVCards('BEGIN:VCARD\nFN:Old Exporter\nEND:VCARD\n')).toMatchObject({ ok: true, people: [{ displayName: 'Old Exporter' }] });
  });

  it('skips one unreadable card with its reason and line, and refuses a file only when no card can be read', () => {
    expect(parseVCards(fixture('contacts-one-bad-version.vcf'))).toEqual({
      ok: true,
      people: [{ displayName: 'Amara Okonkwo', emails: [], source: { format: 'vcard', card: 1, line: 1 } }],
      skipped: [{ card: 2, line: 5, reason: 'not a valid vCard (Unsupported version "5.0")' }],
    });
    expect(parseVCards(fixture('malformed-vcard-unsupported-version.vcf'))).toEqual({
      ok: false,
      error: {
        card: 1,
        line: 1,
        message: 'Card 1 (line 1): not a valid vCard (Unsupported version "5.0"); none of the 2 cards in the file could be read',
      },
    });
  });

  it('reads a file that ends inside a card, lists text between cards as skipped, and fails on a file without cards', () => {
    expect(parseVCards('BEGIN:VCARD\nVERSION:3.0\nFN:A\n')).toMatchObject({ ok: true, people: [{ displayName: 'A' }], skipped: [] });
    expect(parseVCards('BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nhello\nworld\n\nBEGIN:VCARD\nFN:B\nEND:VCARD\n')).toMatchObject({
      ok: true,
      people: [{ displayName: 'A' }, { displayName: 'B' }],
      skipped: [{ line: 5, reason: 'text outside a BEGIN:VCARD … END:VCARD block' }],
    });
    expect(parseVCards('just text')).toEqual({ ok: false, error: { line: 1, message: 'Line 1: no BEGIN:VCARD found' } });
  });

  it('is not confused by properties named like Object.prototype members', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\r\nCONSTRUCTOR:x\r\nTO-STRING:y\r\n__PROTO__:z\r\nHAS-OWN-PROPERTY:w\r\nEND:VCARD\r\n';
    expect(parseVCards(text)).toEqual({
      ok: true,
      people: [{ displayName: 'Eve', emails: [], source: { format: 'vcard', card: 1, line: 1 } }],
      skipped: [],
    });
    expect(({} as Record<string, unknown>).z).toBeUndefined();
  });

  it('skips a card whose FN and N are empty and that has nothing else', () => {
    expect(parseVCards('BEGIN:VCARD\nVERSION:4.0\nFN:\nN:;;;;\nEND:VCARD\n')).toEqual({
      ok: true,
      people: [],
      skipped: [{ card: 1, line: 1, reason: 'no name, organisation, email address, phone number or LinkedIn URL' }],
    });
  });

  it('does not take a non-LinkedIn URL or an Apple x-apple: value for a slug', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ola',
      'URL:https://example.com/in/ola',
      'X-SOCIALPROFILE;type=twitter:x-apple:ola',
      'END:VCARD',
    ].join('\r\n');
    const result = parseVCards(text);
    expect(result.ok && result.people[0]?.linkedinSlug).toBeUndefined();
  });
});
