import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkedinSlugFrom } from '../domain/identity';
import type { Contact } from '../domain/model';
import { contactArbitrary } from './arbitraries.test-support';
import { cleanField } from './clean-fields';
import { CRLF, MAX_LINE_OCTETS, wellFormed } from './content-lines';
import { parseVCards } from './vcard-import';
import { exportVCard4 } from './vcard-export';

const base: Contact = {
  id: '6f1c2a9e-3b7d-4c1e-9a55-2f8e7d6c5b4a',
  displayName: 'Anna Maria Müller',
  emails: ['anna@mueller-partner.example', 'anna.mueller@example.org'],
  linkedinSlug: 'anna-mueller-4b2a1c',
  company: 'Müller & Partner, Steuerberatung; Berlin',
  role: 'Partnerin',
  notes: 'Line one\nLine two with a backslash \\ and a very long tail that will certainly need folding somewhere',
  language: 'de',
  formality: 'sie',
  createdAt: 1,
  updatedAt: 2,
};

describe('exportVCard4', () => {
  it('writes RFC 6350 cards: escaped values, PREF on the first email, LinkedIn URL, CRLF', () => {
    const text = exportVCard4([base]);
    const lines = text.split(CRLF);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'UID:urn:uuid:6f1c2a9e-3b7d-4c1e-9a55-2f8e7d6c5b4a',
      'FN:Anna Maria Müller',
      'N:Müller;Anna Maria;;;',
    ]);
    expect(text).toContain(`${CRLF}ORG:Müller & Partner\\, Steuerberatung\\; Berlin${CRLF}`);
    expect(text).toContain(`${CRLF}EMAIL;PREF=1:anna@mueller-partner.example${CRLF}EMAIL:anna.mueller@example.org${CRLF}`);
    expect(text).toContain(`${CRLF}URL;TYPE=linkedin:https://www.linkedin.com/in/anna-mueller-4b2a1c/${CRLF}`);
    expect(text).toContain('NOTE:Line one\\nLine two with a backslash \\\\ and');
    expect(text.endsWith(`END:VCARD${CRLF}`)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
  });

  it('is read back by an independent parser (ical.js) with the same values', () => {
    const component = new ICAL.Component(ICAL.parse(exportVCard4([base])) as unknown[]);
    expect(component.getFirstPropertyValue('fn')).toBe(base.displayName);
    expect(component.getFirstPropertyValue('org')).toEqual(base.company);
    expect(component.getFirstPropertyValue('note')).toBe(base.notes);
    expect(component.getAllProperties('email').map((property) => property.getFirstValue())).toEqual(base.emails);
  });

  it('writes one card per contact and a text UID for ids that are not UUIDs', () => {
    const text = exportVCard4([base, { ...base, id: 'legacy;id', displayName: 'Cher', emails: [] }]);
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(text).toContain(`UID;VALUE=text:legacy\\;id${CRLF}FN:Cher${CRLF}N:;Cher;;;`);
  });

  it('property: our vCard importer reads back names, emails and company', () => {
    const contact = contactArbitrary().filter((value) => cleanField(value.displayName) !== undefined);
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 4 }), (contacts) => {
        const result = parseVCards(exportVCard4(contacts));
        if (!result.ok) throw new Error(result.error.message);
        expect(result.people.map((person) => person.displayName)).toEqual(contacts.map((c) => cleanField(c.displayName)));
        expect(result.people.map((person) => person.emails)).toEqual(contacts.map((c) => c.emails));
        expect(result.people.map((person) => person.company)).toEqual(contacts.map((c) => cleanField(c.company)));
        // A file holds no lone surrogates: a (hostile) slug containing one comes back with U+FFFD.
        expect(result.people.map((person) => person.linkedinSlug)).toEqual(
          contacts.map((c) => c.linkedinSlug && linkedinSlugFrom(wellFormed(c.linkedinSlug))),
        );
      }),
      { numRuns: 300 },
    );
  });
});
