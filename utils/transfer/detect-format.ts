import { addressBookFormatOf } from './address-book-csv';
import { CSV_DELIMITERS, HEADER_SEARCH_ROWS, readCsvRows } from './csv-table';
import { isGoogleContactsHeader } from './google-csv';
import type { PeopleFormat } from './imported-person';
import { isLinkedinConnectionsHeader } from './linkedin-csv';
import { isRapportCsvHeader } from './rapport-csv-import';
import { stripByteOrderMark } from './text-input';

export type ImportFormat = PeopleFormat | 'rapport-json' | 'unknown';

/** Enough text for the header search; a huge export need not be normalised thrice just to be recognised. */
const HEADER_SNIFF_CHARACTERS = 65_536;

/**
 * What a file is, by its content (the name only breaks no ties): a vCard starts with BEGIN:VCARD,
 * a Rapport backup is a JSON object naming "rapport-backup", a CSV is known by its header row.
 */
export function detectFormat(_fileName: string, text: string): ImportFormat {
  const body = stripByteOrderMark(text).trimStart();
  // Any line end counts: old iPhone and macOS exports end lines with a lone CR.
  if (/^BEGIN:VCARD[ \t]*(\r|\n|$)/i.test(body)) return 'vcard';
  if (body.startsWith('{')) return /"format"\s*:\s*"rapport-backup"/.test(body) ? 'rapport-json' : 'unknown';
  return csvFormatOf(text.slice(0, HEADER_SNIFF_CHARACTERS)) ?? 'unknown';
}

export function csvFormatOfHeader(header: readonly string[]): PeopleFormat | undefined {
  if (isLinkedinConnectionsHeader(header)) return 'linkedin-csv';
  if (isGoogleContactsHeader(header)) return 'google-csv';
  if (isRapportCsvHeader(header)) return 'rapport-csv';
  return addressBookFormatOf(header);
}

function csvFormatOf(text: string): PeopleFormat | undefined {
  for (const delimiter of CSV_DELIMITERS) {
    for (const row of readCsvRows(text, delimiter, HEADER_SEARCH_ROWS).rows) {
      const format = csvFormatOfHeader(row.cells);
      if (format) return format;
    }
  }
  return undefined;
}

/** File-name extension, lower-case, without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}
