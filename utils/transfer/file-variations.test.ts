// Every people fixture as real files vary: other line ends, a byte order mark, UTF-16, Windows-1252. The same
// people must come out, on the same lines.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from './decode-file';
import { detectFormat } from './detect-format';
import { parseImportFile } from './import-file';

const directory = new URL('../../tests/fixtures/import/', import.meta.url);
const PEOPLE_FIXTURES = readdirSync(directory).filter((name) => /\.(csv|vcf)$/.test(name) && !name.startsWith('malformed-'));
const LINE_ENDS = { LF: '\n', CRLF: '\r\n', CR: '\r', 'CR CR LF': '\r\r\n' };

const withLineEnds = (text: string, end: string) => text.replace(/\r\r\n|\r\n|\r|\n/g, end);
/** As the options page reads a file: by its bytes (one fixture is Windows-1252, as German Outlook writes it). */
const read = (name: string) => decodeFileBytes(readFileSync(new URL(name, directory))).text;

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
  }
  return bytes;
}

/** Latin-1 bytes, so only for texts whose characters all fit. */
function latin1(text: string): Uint8Array | undefined {
  return [...text].every((character) => character.charCodeAt(0) <= 0xff) ? Uint8Array.from(text, (character) => character.charCodeAt(0)) : undefined;
}

describe.each(PEOPLE_FIXTURES)('%s as real files vary', (name) => {
  const original = parseImportFile(name, read(name));

  it.each(Object.entries(LINE_ENDS))('with %s line ends gives the same people on the same lines', (_label, end) => {
    const text = withLineEnds(read(name), end);
    expect(detectFormat(name, text)).toBe(original.format);
    expect(parseImportFile(name, text)).toEqual(original);
  });

  it('with a UTF-8 byte order mark, and as UTF-16 with one', () => {
    const text = read(name).replace(/^\uFEFF/, '');
    expect(parseImportFile(name, `\uFEFF${text}`)).toEqual(original);
    expect(parseImportFile(name, decodeFileBytes(utf16le(text)).text)).toEqual(original);
  });

  it('saved as Windows-1252 where its characters allow', () => {
    const bytes = latin1(read(name).replace(/^\uFEFF/, ''));
    if (!bytes) return;
    expect(parseImportFile(name, decodeFileBytes(bytes).text)).toEqual(original);
  });
});
