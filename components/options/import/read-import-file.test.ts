import { describe, expect, it } from 'vitest';
import { readImportFile } from './read-import-file';

describe('readImportFile', () => {
  it('decodes UTF-8 and drops the byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name\nMüller')]);
    expect(await readImportFile(new Blob([bytes]))).toEqual({ ok: true, text: 'Name\nMüller', encoding: 'utf-8' });
  });

  it('reads a file that is not UTF-8 (a spreadsheet saved as Windows-1252) and says so', async () => {
    expect(await readImportFile(new Blob([new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x80])]))).toEqual({
      ok: true,
      text: 'Müller€',
      encoding: 'windows-1252',
    });
  });
});
