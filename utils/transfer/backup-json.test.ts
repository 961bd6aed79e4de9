import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/model';
import { backupData } from './arbitraries.test-support';
import type { BackupData } from './backup-json';
import { exportBackup, parseBackup } from './backup-json';
import type { BackupV1 } from './backup-schema';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

function restored(text: string): BackupV1 {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.backup;
}

const contact: Contact = {
  id: 'c-1',
  displayName: 'Anna',
  emails: ['anna@example.org'],
  language: 'de',
  formality: 'sie',
  createdAt: 1,
  updatedAt: 2,
};

function withContact(patch: Record<string, unknown>): string {
  const text = exportBackup({ contacts: [contact], interactions: [], agreements: [] }, 0);
  const value = JSON.parse(text) as { contacts: Array<Record<string, unknown>> };
  value.contacts[0] = { ...value.contacts[0], ...patch };
  return JSON.stringify(value);
}

describe('backup round trip', () => {
  it('reads the fixture and writes it back byte for byte', () => {
    const text = fixture('rapport-backup-v1.json');
    const backup = restored(text);
    expect(backup.contacts.map((c) => c.displayName)).toEqual(['Anna Müller', 'Jonas \u202EBerg']);
    expect(backup.contacts[0]?.cadence).toEqual({ unit: 'months', count: 3 });
    expect(backup.agreements[0]?.interactionId).toBe('i-1');
    expect(backup.settings).toEqual({
      autoLogGmail: true,
      defaultCadence: { count: 1, unit: 'months' },
      defaultLanguage: 'de',
      ownEmails: ['robin@example.com'],
      userName: 'Robin',
    });
    expect(exportBackup(backup, Date.parse(backup.exportedAt))).toBe(text);
  });

  it('writes the same text whatever order the keys came in', () => {
    const reordered = Object.fromEntries(Object.entries(contact).reverse()) as unknown as Contact;
    const a = exportBackup({ contacts: [contact], interactions: [], agreements: [], settings: { b: 1, a: { d: 1, c: 2 } } }, 0);
    const b = exportBackup({ contacts: [reordered], interactions: [], agreements: [], settings: { a: { c: 2, d: 1 }, b: 1 } }, 0);
    expect(b).toBe(a);
    expect(a.indexOf('"format"')).toBeLessThan(a.indexOf('"version"'));
    expect(a.indexOf('"createdAt"')).toBeLessThan(a.indexOf('"displayName"'));
  });

  it('property: any backup, hostile text included, survives export -> parse -> export unchanged', () => {
    fc.assert(
      fc.property(backupData, fc.integer({ min: 0, max: 4_102_444_800_000 }), (data: BackupData, exportedAt) => {
        const first = exportBackup(data, exportedAt);
        const result = parseBackup(first);
        if (!result.ok) throw new Error(result.error.message);
        expect(exportBackup(result.backup, Date.parse(result.backup.exportedAt))).toBe(first);
        expect(result.backup.contacts).toEqual(data.contacts);
        expect(result.backup.interactions).toEqual(data.interactions);
        expect(result.backup.agreements).toEqual(data.agreements);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseBackup safety', () => {
  it('drops __proto__ and constructor keys at every depth without polluting any prototype', () => {
    const backup = restored(fixture('rapport-backup-hostile-keys.json'));
    expect(backup.contacts).toEqual([
      { id: 'c-1', displayName: 'Eve', emails: [], language: 'en', formality: 'du', createdAt: 1, updatedAt: 2 },
    ]);
    expect(backup.settings).toEqual({ theme: 'dark', nested: { ok: true } });
    expect(Object.getPrototypeOf(backup.contacts[0])).toBe(Object.prototype);
    expect(Object.keys(backup.settings ?? {})).toEqual(['theme', 'nested']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never writes __proto__ keys or undefined values', () => {
    const settings = JSON.parse('{"__proto__": {"x": 1}, "keep": [1, null], "gone": null}') as Record<string, unknown>;
    const contactWithUndefined = { ...contact, company: undefined };
    const text = exportBackup({ contacts: [contactWithUndefined], interactions: [], agreements: [], settings }, 0);
    expect(text).not.toContain('__proto__');
    expect(text).not.toContain('company');
    expect(restored(text).settings).toEqual({ keep: [1, null], gone: null });
  });
});

describe('parseBackup errors', () => {
  it.each([
    ['malformed-backup-version.json', { path: 'version', message: 'Backup version 2 was written by a newer Rapport; this version reads version 1 only' }],
    ['malformed-backup-bad-field.json', { path: 'contacts[1].emails[0]', message: 'contacts[1].emails[0]: Invalid type: Expected string but received 42' }],
    ['malformed-backup-dangling-reference.json', { path: 'agreements[1].contactId', message: 'agreements[1].contactId: no contact with id "c-gone"' }],
  ])('%s', (name, error) => {
    expect(parseBackup(fixture(name))).toEqual({ ok: false, error });
  });

  it('names the line of a JSON syntax error', () => {
    const result = parseBackup(fixture('malformed-backup-syntax.json'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.line).toBe(4);
      expect(result.error.message).toMatch(/^Line 4: not valid JSON \(/);
    }
  });

  it.each([
    [{ cadence: { unit: 'weeks', count: 2 } }, 'contacts[0].cadence.unit'],
    [{ cadence: { unit: 'months', count: 121 } }, 'contacts[0].cadence'],
    [{ nextFollowUp: '2026-02-30' }, 'contacts[0].nextFollowUp'],
    [{ emails: ['anna@example.org', 'Bob@Example.org'] }, 'contacts[0].emails[1]'],
    [{ linkedinSlug: 'Anna Mueller' }, 'contacts[0].linkedinSlug'],
    [{ language: 'fr' }, 'contacts[0].language'],
    [{ createdAt: null }, 'contacts[0].createdAt'],
    [{ createdAt: '1' }, 'contacts[0].createdAt'],
    [{ id: '' }, 'contacts[0].id'],
  ])('reports the first bad field by its path: %j', (patch, path) => {
    const result = parseBackup(withContact(patch));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toBe(path);
      expect(result.error.message.startsWith(`${path}: `)).toBe(true);
    }
  });

  it('names unknown and missing fields', () => {
    expect(parseBackup(withContact({ nickname: 'Annie' }))).toEqual({
      ok: false,
      error: { path: 'contacts[0].nickname', message: 'contacts[0].nickname: unknown field' },
    });
    const missing = JSON.parse(withContact({})) as { contacts: Array<Record<string, unknown>> };
    delete missing.contacts[0]?.displayName;
    expect(parseBackup(JSON.stringify(missing))).toEqual({
      ok: false,
      error: { path: 'contacts[0].displayName', message: 'contacts[0].displayName: missing' },
    });
  });

  it('rejects an http source URL, duplicate ids and a dangling interaction reference', () => {
    const base = JSON.parse(exportBackup({ contacts: [contact], interactions: [], agreements: [] }, 0)) as Record<string, unknown>;
    const interaction = { id: 'i-1', contactId: 'c-1', at: 1, channel: 'email', direction: 'inbound', createdAt: 1 };
    const bad = (patch: Record<string, unknown>) => parseBackup(JSON.stringify({ ...base, ...patch }));
    expect(bad({ interactions: [{ ...interaction, sourceUrl: 'http://mail.example/1' }] })).toMatchObject({
      ok: false,
      error: { path: 'interactions[0].sourceUrl' },
    });
    expect(bad({ contacts: [contact, contact] })).toEqual({
      ok: false,
      error: { path: 'contacts[1].id', message: 'contacts[1].id: duplicate id "c-1"' },
    });
    const agreement = { id: 'a-1', contactId: 'c-1', kind: 'other', text: 't', status: 'open', createdAt: 1, updatedAt: 1, interactionId: 'i-9' };
    expect(bad({ interactions: [interaction], agreements: [agreement] })).toEqual({
      ok: false,
      error: { path: 'agreements[0].interactionId', message: 'agreements[0].interactionId: no interaction with id "i-9"' },
    });
  });

  it('explains files that are not backups or of an unknown version', () => {
    expect(parseBackup('[]')).toEqual({ ok: false, error: { message: 'Not a Rapport backup: the file does not contain a JSON object' } });
    expect(parseBackup('{"format":"other"}')).toEqual({
      ok: false,
      error: { path: 'format', message: 'Not a Rapport backup: "format" is "other", expected "rapport-backup"' },
    });
    expect(parseBackup('{"format":"rapport-backup","version":"1"}')).toEqual({
      ok: false,
      error: { path: 'version', message: 'Unknown backup version "1" (expected 1)' },
    });
    expect(parseBackup('{"format":"rapport-backup"}')).toEqual({
      ok: false,
      error: { path: 'version', message: 'The backup has no "version" (expected 1)' },
    });
  });
});
