// Every importer fed random and mutated real-shaped files: nothing throws, every refusal says what and where in
// words a user understands, everything read is clean, and planning against an address book changes nothing in it.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/model';
import { contactArbitrary, HOSTILE_SAMPLES, hostileString } from './arbitraries.test-support';
import { decodeFileBytes } from './decode-file';
import { parseImportFile } from './import-file';
import { planImport } from './import-plan';

const directory = new URL('../../tests/fixtures/import/', import.meta.url);
const FIXTURES = readdirSync(directory).filter((name) => /\.(csv|vcf|json)$/.test(name));
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, directory)));
const textOf = (name: string) => decodeFileBytes(bytesOf(name)).text;

/** Edits real files suffer: lines lost or doubled, text pasted in, a cut-off download, other line ends. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(hostileString, fc.constantFrom(...HOSTILE_SAMPLES, '"', ',', ';', '\r', '=', 'END:VCARD', 'BEGIN:VCARD', ':::')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('line-ends' as const), to: fc.constantFrom('\n', '\r\n', '\r', '\r\r\n') }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, change: Edit): string {
  const lines = text.split('\n');
  switch (change.kind) {
    case 'delete-line':
      lines.splice(change.at % Math.max(lines.length, 1), 1);
      return lines.join('\n');
    case 'duplicate-line': {
      const at = change.at % Math.max(lines.length, 1);
      lines.splice(at, 0, lines[at] ?? '');
      return lines.join('\n');
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1));
    case 'line-ends':
      return text.replace(/\r\r\n|\r\n|\r|\n/g, change.to);
  }
}

/** Messages the UI shows without a position: they speak about the whole file. */
const FILE_LEVEL = /^(The file is empty|Unrecognised file "|Not a Rapport backup|Backup version \d+)/;

function expectUnderstandableResult(name: string, text: string): ReturnType<typeof parseImportFile> {
  const result = parseImportFile(name, text);
  if (!result.ok) {
    const { message } = result.error;
    // A parser that threw is caught as "Could not read the file (…)": that is a bug, not a message.
    expect(message).not.toMatch(/^Could not read the file/);
    expect(message).not.toMatch(/undefined|\[object |NaN|TypeError|SyntaxError: JSON/);
    expect(message.length).toBeGreaterThan(10);
    expect(message.length).toBeLessThan(600);
    const error: { line?: number; card?: number; path?: string } = result.error;
    expect(error.line !== undefined || error.card !== undefined || error.path !== undefined || FILE_LEVEL.test(message), message).toBe(true);
    return result;
  }
  if ('people' in result) {
    for (const person of result.people) {
      expect(person.displayName.trim()).not.toBe('');
      expect(person.displayName.length).toBeLessThanOrEqual(200);
      // eslint-disable-next-line no-control-regex
      expect(person.displayName).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202E]/);
      for (const email of person.emails) expect(email).toMatch(/^[^\s@]+@[^\s@]+$/);
      expect(person.source.format).toBe(result.format);
    }
    for (const entry of result.skipped) {
      expect(entry.reason.length).toBeGreaterThan(5);
      expect(entry.line ?? entry.card).toBeGreaterThan(0);
    }
  }
  return result;
}

describe('importers under mutated real files', () => {
  it.each(FIXTURES)('%s, edited at random, gives a result a user understands', (name) => {
    const original = textOf(name);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        expectUnderstandableResult(name, edits.reduce(applyEdit, original));
      }),
      { numRuns: 40 },
    );
  });

  it('random bytes, decoded as the options page decodes them, never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('contacts.csv', 'contacts.vcf', 'backup.json', 'x.txt'), (bytes, name) => {
        expectUnderstandableResult(name, decodeFileBytes(bytes).text);
      }),
      { numRuns: 200 },
    );
  });

  it('a real file with flipped bytes still reads as far as it can', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (name, flips) => {
        const bytes = bytesOf(name);
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        expectUnderstandableResult(name, decodeFileBytes(bytes).text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('planning an import changes nothing already stored', () => {
  it('leaves existing contacts as they are and only fills what is empty', () => {
    const peopleFiles = FIXTURES.filter((name) => !name.endsWith('.json'));
    fc.assert(
      fc.property(fc.constantFrom(...peopleFiles), fc.array(edit, { maxLength: 2 }), fc.array(contactArbitrary(), { maxLength: 6 }), (name, edits, generated) => {
        const result = parseImportFile(name, edits.reduce(applyEdit, textOf(name)));
        if (!result.ok || !('people' in result)) return;
        // Some of the address book already knows people of the file (by their first address), so merges happen.
        const taken = new Set<string>();
        const existing = generated.map((contact, index) => {
          const email = result.people[index]?.emails[0];
          if (!email || taken.has(email) || index % 2 === 1) return contact;
          taken.add(email);
          return { ...contact, id: `known-${index}`, emails: [email], linkedinSlug: undefined };
        });
        const before = structuredClone(existing);
        const plan = planImport(result.people, existing);
        expect(existing).toEqual(before);
        const byId = new Map<string, Contact>(existing.map((contact) => [contact.id, contact]));
        const owners = new Map<string, string>();
        for (const contact of existing) for (const email of contact.emails) if (!owners.has(email)) owners.set(email, contact.id);
        for (const merge of plan.merge) {
          const contact = byId.get(merge.contactId);
          expect(contact).toBeDefined();
          if (merge.adds.company) expect(contact?.company?.trim() ?? '').toBe('');
          if (merge.adds.role) expect(contact?.role?.trim() ?? '').toBe('');
          if (merge.adds.linkedinSlug) expect(contact?.linkedinSlug).toBeUndefined();
          for (const email of merge.adds.emails) expect([undefined, merge.contactId]).toContain(owners.get(email));
        }
      }),
      { numRuns: 150 },
    );
  });
});
