import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from './decode-file';
import { detectFormat } from './detect-format';
import { parseImportFile } from './import-file';

const directory = new URL('../../tests/fixtures/import/', import.meta.url);
const fixture = (name: string) => decodeFileBytes(readFileSync(new URL(name, directory))).text;

describe('detectFormat', () => {
  it.each([
    ['linkedin-connections-2025.csv', 'linkedin-csv'],
    ['linkedin-connections-2018.csv', 'linkedin-csv'],
    ['malformed-linkedin-unclosed-quote.csv', 'linkedin-csv'],
    ['google-contacts.csv', 'google-csv'],
    ['google-contacts-legacy.csv', 'google-csv'],
    ['contacts-v21.vcf', 'vcard'],
    ['contacts-v30.vcf', 'vcard'],
    ['contacts-v40.vcf', 'vcard'],
    ['rapport-backup-v1.json', 'rapport-json'],
    ['malformed-backup-version.json', 'rapport-json'],
    ['malformed-no-header.csv', 'unknown'],
    ['outlook-contacts-en.csv', 'outlook-csv'],
    ['outlook-kontakte-de.csv', 'outlook-csv'],
    ['thunderbird-address-book.csv', 'thunderbird-csv'],
    ['contacts-iphone-cr.vcf', 'vcard'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(name, fixture(name))).toBe(format);
  });

  it('goes by content, not by the file name', () => {
    expect(detectFormat('contacts.txt', fixture('contacts-v30.vcf'))).toBe('vcard');
    expect(detectFormat('Connections.vcf', fixture('linkedin-connections-2025.csv'))).toBe('linkedin-csv');
    expect(detectFormat('backup.json', '{"some": "json"}')).toBe('unknown');
    expect(detectFormat('notes.txt', 'hello')).toBe('unknown');
  });
});

describe('parseImportFile', () => {
  it('every fixture gives a result and never throws; the malformed ones fail with a position', () => {
    for (const name of readdirSync(directory)) {
      const result = parseImportFile(name, fixture(name));
      if (name.startsWith('malformed-')) {
        expect(result.ok, name).toBe(false);
        if (!result.ok) {
          const error: { message: string; line?: number; card?: number; path?: string } = result.error;
          const positioned = error.line !== undefined || error.card !== undefined || error.path !== undefined;
          expect(positioned, `${name}: ${error.message}`).toBe(true);
          expect(error.message, name).toMatch(/^(Line|Lines|Card) \d|^\w+(\[\d+\])?[.[]|^Backup version/);
        }
      } else {
        expect(result.ok, name).toBe(true);
      }
    }
  });

  it('hands back a backup for a Rapport JSON file', () => {
    const result = parseImportFile('rapport.json', fixture('rapport-backup-v1.json'));
    expect(result.format).toBe('rapport-json');
    expect(result.ok && 'backup' in result && result.backup.contacts).toHaveLength(2);
  });

  it('explains unknown files by their extension', () => {
    expect(parseImportFile('contacts.csv', fixture('malformed-no-header.csv'))).toMatchObject({
      format: 'unknown',
      ok: false,
      error: { line: 1, message: expect.stringMatching(/^Lines 1-20: no recognisable header row \(expected LinkedIn /) },
    });
    expect(parseImportFile('x.json', '{"format": "something-else"}')).toEqual({
      format: 'rapport-json',
      ok: false,
      error: { path: 'format', message: 'Not a Rapport backup: "format" is "something-else", expected "rapport-backup"' },
    });
    expect(parseImportFile('x.vcf', 'hello')).toEqual({
      format: 'vcard',
      ok: false,
      error: { line: 1, message: 'Line 1: no BEGIN:VCARD found' },
    });
    expect(parseImportFile('photo.png', '\u0089PNG')).toEqual({
      format: 'unknown',
      ok: false,
      error: {
        message:
          'Unrecognised file "photo.png": expected LinkedIn "Connections.csv", a Google Contacts, Outlook or Thunderbird CSV, a vCard file (.vcf) or a Rapport backup (.json)',
      },
    });
    expect(parseImportFile('empty.csv', '\uFEFF  \r\n')).toEqual({ format: 'unknown', ok: false, error: { message: 'The file is empty' } });
  });
});
