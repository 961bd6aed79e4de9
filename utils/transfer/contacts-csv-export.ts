import Papa from 'papaparse';
import { linkedinProfileUrl } from '../domain/identity';
import type { Contact } from '../domain/model';
import { wellFormed } from './content-lines';
import type { RapportCsvColumn } from './rapport-csv-columns';
import { FORMULA_ESCAPE, RAPPORT_CSV_COLUMNS, RAPPORT_CSV_EMAIL_SEPARATOR } from './rapport-csv-columns';

/**
 * Contacts as a UTF-8 CSV for spreadsheets (BOM so Excel reads umlauts, CRLF, RFC 4180 quoting),
 * guarded against formula injection; importable again as `rapport-csv`.
 */
export function exportContactsCsv(contacts: readonly Contact[]): string {
  const data = contacts.map((contact) => RAPPORT_CSV_COLUMNS.map((column) => cellOf(contact, column)));
  return `\uFEFF${Papa.unparse({ fields: [...RAPPORT_CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: FORMULA_ESCAPE })}\r\n`;
}

function cellOf(contact: Contact, column: RapportCsvColumn): string {
  switch (column) {
    case 'Name':
      return contact.displayName;
    case 'Emails':
      return contact.emails.join(RAPPORT_CSV_EMAIL_SEPARATOR);
    case 'LinkedIn':
      return contact.linkedinSlug ? linkedinProfileUrl(wellFormed(contact.linkedinSlug)) : '';
    case 'Company':
      return contact.company ?? '';
    case 'Role':
      return contact.role ?? '';
    case 'Headline':
      return contact.headline ?? '';
    case 'Location':
      return contact.location ?? '';
    case 'Notes':
      return contact.notes ?? '';
    case 'Language':
      return contact.language;
    case 'Cadence':
      return contact.cadence ? `${contact.cadence.count} ${contact.cadence.unit}` : '';
    case 'Next follow-up':
      return contact.nextFollowUp ?? '';
    case 'Last contact':
      return isoTime(contact.lastContactAt);
  }
}

function isoTime(at: number | undefined): string {
  return at !== undefined && Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? new Date(at).toISOString() : '';
}
