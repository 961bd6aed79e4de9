import { describe, expect, it } from 'vitest';
import { decodeFileBytes } from './decode-file';

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(bytes);
};
const CSV = 'First Name,Last Name\r\nJürgen,Weiß\r\n';

describe('decodeFileBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const bytes = new TextEncoder().encode(CSV);
    expect(decodeFileBytes(bytes)).toEqual({ text: CSV, encoding: 'utf-8' });
    expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: CSV, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte order mark (Outlook and Excel "Unicode text"), and without one by its zero bytes', () => {
    expect(decodeFileBytes(utf16(CSV, 'le', true))).toEqual({ text: CSV, encoding: 'utf-16le' });
    expect(decodeFileBytes(utf16(CSV, 'be', true))).toEqual({ text: CSV, encoding: 'utf-16be' });
    expect(decodeFileBytes(utf16(CSV, 'le', false))).toEqual({ text: CSV, encoding: 'utf-16le' });
    expect(decodeFileBytes(utf16(CSV, 'be', false))).toEqual({ text: CSV, encoding: 'utf-16be' });
  });

  it('reads text that is not UTF-8 as Windows-1252, including its €, „ “ and – characters', () => {
    // "Müller „Büro“ – 5 €" as Excel on a German Windows saves it
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x84, 0x42, 0xfc, 0x72, 0x6f, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]);
    expect(decodeFileBytes(bytes)).toEqual({ text: 'Müller „Büro“ – 5 €', encoding: 'windows-1252' });
  });

  it('never throws and decodes every byte to something', () => {
    const everyByte = Uint8Array.from({ length: 256 }, (_, index) => index);
    const { text, encoding } = decodeFileBytes(everyByte);
    expect(encoding).toBe('windows-1252');
    expect(text).toHaveLength(256);
    expect(decodeFileBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
