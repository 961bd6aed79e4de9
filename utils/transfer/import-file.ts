import { ADDRESS_BOOK_HEADER_DESCRIPTION, parseAddressBookCsv } from './address-book-csv';
import type { BackupError } from './backup-json';
import { parseBackup } from './backup-json';
import type { BackupV1 } from './backup-schema';
import { readCsvTable } from './csv-table';
import type { ImportFormat } from './detect-format';
import { csvFormatOfHeader, detectFormat, extensionOf } from './detect-format';
import { GOOGLE_HEADER_DESCRIPTION, parseGoogleContacts } from './google-csv';
import type { ParseError, ParseResult, PeopleFormat } from './imported-person';
import { LINKEDIN_HEADER_DESCRIPTION, parseLinkedinConnections } from './linkedin-csv';
import { parseRapportCsv } from './rapport-csv-import';
import { parseVCards } from './vcard-import';

export type ImportFileResult =
  | ({ format: PeopleFormat } & ParseResult)
  | { format: 'rapport-json'; ok: true; backup: BackupV1 }
  | { format: 'rapport-json'; ok: false; error: BackupError }
  | { format: 'unknown'; ok: false; error: ParseError };

const PEOPLE_PARSERS: Record<PeopleFormat, (text: string) => ParseResult> = {
  'linkedin-csv': parseLinkedinConnections,
  'google-csv': parseGoogleContacts,
  'rapport-csv': parseRapportCsv,
  vcard: parseVCards,
  'outlook-csv': parseAddressBookCsv,
  'thunderbird-csv': parseAddressBookCsv,
};

const EXPECTED_FILES =
  'expected LinkedIn "Connections.csv", a Google Contacts, Outlook or Thunderbird CSV, a vCard file (.vcf) or a Rapport backup (.json)';

/** Detects the format and parses. Never throws: every failure is a result with a message. */
export function parseImportFile(fileName: string, text: string): ImportFileResult {
  try {
    if (text.replace(/^\uFEFF/, '').trim() === '') return unknown('The file is empty');
    const format = detectFormat(fileName, text);
    if (format === 'rapport-json') return { format, ...parseBackup(text) };
    if (format !== 'unknown') return { format, ...PEOPLE_PARSERS[format](text) };
    return explainUnknown(fileName, text);
  } catch (error) {
    return unknown(`Could not read the file (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The content matched nothing: let the extension pick the most specific explanation. */
function explainUnknown(fileName: string, text: string): ImportFileResult {
  const extension = extensionOf(fileName);
  if (extension === 'json') {
    const backup = parseBackup(text);
    if (!backup.ok) return { format: 'rapport-json', ...backup };
  }
  if (extension === 'vcf' || extension === 'vcard') {
    const cards = parseVCards(text);
    if (!cards.ok) return { format: 'vcard', ...cards };
  }
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') {
    const table = readCsvTable(
      text,
      (header) => csvFormatOfHeader(header) !== undefined,
      `LinkedIn ${LINKEDIN_HEADER_DESCRIPTION}, Google Contacts ${GOOGLE_HEADER_DESCRIPTION} or ${ADDRESS_BOOK_HEADER_DESCRIPTION}`,
    );
    if (!table.ok) return unknown(table.error.message, table.error);
  }
  return unknown(`Unrecognised file "${fileName}": ${EXPECTED_FILES}`);
}

function unknown(message: string, position: Omit<ParseError, 'message'> = {}): ImportFileResult {
  return { format: 'unknown', ok: false, error: { ...position, message } };
}

export type { ImportFormat };
