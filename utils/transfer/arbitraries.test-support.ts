/** fast-check arbitraries for transfer property tests (test-only; not imported by app code). */
import fc from 'fast-check';
import { linkedinSlugFrom, normaliseEmail } from '../domain/identity';
import type { Agreement, Cadence, Contact, Interaction } from '../domain/model';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, CHANNELS, DIRECTIONS } from '../domain/model';
import type { BackupData } from './backup-json';

export const HOSTILE_SAMPLES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'prototype',
  '\u202Egnp.exe',
  'a\u200Bb\u2066c\u2069',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF',
  '=HYPERLINK("http://evil.example","x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\tTAB',
  '\rCR',
  "'quoted",
  'a,b;c\\d',
  'line\r\nbreak\nand\rmore',
  '"',
  '""',
  'BEGIN:VCARD',
  'END:VCALENDAR',
  'Müller ß 東京 🚀👩‍💻',
  'e\u0301', // NFD é
  '\u0000\u0007\u001B\u007F',
  ' ',
  '',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Anything a user, a web page or an attacker could put in a text field, lone surrogates included. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: codeUnit, maxLength: 30 }),
  fc.constantFrom(...HOSTILE_SAMPLES),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_SAMPLES), fc.string({ maxLength: 5 })), { maxLength: 5 }).map((parts) => parts.join('')),
);

/** A long value so folding and quoting are exercised. */
export const longHostileString: fc.Arbitrary<string> = fc
  .array(hostileString, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' '));

export const normalisedEmail: fc.Arbitrary<string> = fc
  .oneof(fc.emailAddress(), fc.constantFrom('Anna.Mueller@Example.COM', 'jürgen@müller.example', 'o\u0301la@example.org'))
  .map(normaliseEmail)
  .filter((email) => email !== '');

export const normalisedSlug: fc.Arbitrary<string> = fc
  .oneof(
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,28}[a-z0-9]$/),
    fc.constantFrom('léa-dubois', 'анна-иванова', '__proto__', 'constructor'),
    hostileString,
  )
  .filter((slug) => slug !== '' && linkedinSlugFrom(slug) === slug);

export const calendarDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

export const timestamp: fc.Arbitrary<number> = fc.integer({ min: -8.64e15, max: 8.64e15 });

const cadence: fc.Arbitrary<Cadence> = fc.oneof(
  fc.record({ unit: fc.constant('days' as const), count: fc.integer({ min: 1, max: 3660 }) }),
  fc.record({ unit: fc.constant('months' as const), count: fc.integer({ min: 1, max: 120 }) }),
);

const id: fc.Arbitrary<string> = fc.oneof(fc.uuid(), hostileString.filter((value) => value !== ''));

export function contactArbitrary(contactId: fc.Arbitrary<string> = id): fc.Arbitrary<Contact> {
  return fc.record(
    {
      id: contactId,
      displayName: hostileString,
      emails: fc.uniqueArray(normalisedEmail, { maxLength: 3 }),
      linkedinSlug: normalisedSlug,
      company: hostileString,
      role: hostileString,
      headline: hostileString,
      location: hostileString,
      language: fc.constantFrom('de' as const, 'en' as const),
      formality: fc.constantFrom('du' as const, 'sie' as const),
      salutation: fc.constantFrom('frau' as const, 'herr' as const, 'none' as const),
      notes: longHostileString,
      cadence,
      betweenProjectsCadence: fc.oneof(fc.constant('regular' as const), cadence),
      lastContactAt: timestamp,
      lastContactChannel: fc.constantFrom(...CHANNELS),
      nextFollowUp: calendarDate,
      snoozedUntil: calendarDate,
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    { requiredKeys: ['id', 'displayName', 'emails', 'language', 'formality', 'createdAt', 'updatedAt'] },
  );
}

function interactionArbitrary(contactIds: readonly string[], interactionId: string): fc.Arbitrary<Interaction> {
  return fc.record(
    {
      id: fc.constant(interactionId),
      contactId: fc.constantFrom(...contactIds),
      at: timestamp,
      channel: fc.constantFrom(...CHANNELS),
      direction: fc.constantFrom(...DIRECTIONS),
      summary: longHostileString,
      sourceKey: hostileString,
      sourceUrl: fc.webUrl({ validSchemes: ['https'] }).filter((url) => url.startsWith('https:')),
      createdAt: timestamp,
    },
    { requiredKeys: ['id', 'contactId', 'at', 'channel', 'direction', 'createdAt'] },
  );
}

function agreementArbitrary(contactIds: readonly string[], interactionIds: readonly string[], agreementId: string): fc.Arbitrary<Agreement> {
  const agreement: fc.Arbitrary<Agreement> = fc.record(
    {
      id: fc.constant(agreementId),
      contactId: fc.constantFrom(...contactIds),
      organisation: hostileString,
      kind: fc.constantFrom(...AGREEMENT_KINDS),
      text: longHostileString,
      dueDate: calendarDate,
      status: fc.constantFrom(...AGREEMENT_STATUSES),
      owner: fc.constantFrom('us' as const, 'them' as const, 'both' as const),
      previousDueDate: calendarDate,
      dueDateMovedAt: timestamp,
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    { requiredKeys: ['id', 'contactId', 'kind', 'text', 'status', 'createdAt', 'updatedAt'] },
  );
  if (interactionIds.length === 0) return agreement;
  return fc
    .tuple(agreement, fc.option(fc.constantFrom(...interactionIds), { nil: undefined }))
    .map(([value, interactionId]) => (interactionId === undefined ? value : { ...value, interactionId }));
}

/** A consistent backup: unique ids, references that resolve, hostile text everywhere, odd settings keys. */
export const backupData: fc.Arbitrary<BackupData> = fc
  .uniqueArray(contactArbitrary(), { minLength: 0, maxLength: 5, selector: (contact) => contact.id })
  .chain((contacts): fc.Arbitrary<BackupData> => {
    const contactIds = contacts.map((contact) => contact.id);
    const settings = fc.option(fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), { nil: undefined });
    const withSettings = (data: BackupData, value: Record<string, unknown> | undefined): BackupData =>
      value === undefined ? data : { ...data, settings: value };
    if (contactIds.length === 0) return settings.map((value) => withSettings({ contacts, interactions: [], agreements: [] }, value));
    return fc.uniqueArray(id, { maxLength: 6 }).chain((ids) => {
      const interactionIds = ids.slice(0, Math.ceil(ids.length / 2));
      const agreementIds = ids.slice(interactionIds.length);
      return fc
        .tuple(
          fc.tuple(...interactionIds.map((interactionId) => interactionArbitrary(contactIds, interactionId))),
          fc.tuple(...agreementIds.map((agreementId) => agreementArbitrary(contactIds, interactionIds, agreementId))),
          settings,
        )
        .map(([interactions, agreements, value]) => withSettings({ contacts, interactions: [...interactions], agreements: [...agreements] }, value));
    });
  });
