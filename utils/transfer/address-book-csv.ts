import { cleanField, cleanNotes, emailsFrom, joinName, linkedinSlugFromUrl, withoutUndefined } from './clean-fields';
import type { CsvColumns, CsvRow } from './csv-table';
import { csvColumns, hasColumns, readCsvTable } from './csv-table';
import { peopleFromRows } from './csv-people';
import { chooseName, notesKeepingPhone } from './fallback-name';
import type { ImportedPerson, ParseResult } from './imported-person';

export type AddressBookFormat = 'outlook-csv' | 'thunderbird-csv';

/** Which columns of a mail program's CSV export hold what; the first non-empty one of a list wins. */
interface AddressBookLayout {
  format: AddressBookFormat;
  /** All of these together tell the layout apart from the others. */
  signature: readonly string[];
  given: readonly string[];
  middle: readonly string[];
  family: readonly string[];
  display: readonly string[];
  nickname: readonly string[];
  emails: readonly string[];
  company: readonly string[];
  role: readonly string[];
  notes: readonly string[];
  web: readonly string[];
  phones: readonly string[];
}

/** Outlook (classic and outlook.com) and Thunderbird export their column names in the program's language. */
const LAYOUTS: readonly AddressBookLayout[] = [
  {
    format: 'thunderbird-csv',
    signature: ['First Name', 'Last Name', 'Display Name', 'Primary Email'],
    given: ['First Name'],
    middle: [],
    family: ['Last Name'],
    display: ['Display Name'],
    nickname: ['Nickname'],
    emails: ['Primary Email', 'Secondary Email'],
    company: ['Organization'],
    role: ['Job Title'],
    notes: ['Notes'],
    web: ['Web Page 1', 'Web Page 2'],
    phones: ['Mobile Number', 'Work Phone', 'Home Phone'],
  },
  {
    format: 'thunderbird-csv',
    signature: ['Vorname', 'Nachname', 'Anzeigename', 'Primäre E-Mail-Adresse'],
    given: ['Vorname'],
    middle: [],
    family: ['Nachname'],
    display: ['Anzeigename'],
    nickname: ['Spitzname'],
    emails: ['Primäre E-Mail-Adresse', 'Sekundäre E-Mail-Adresse'],
    company: ['Organisation'],
    role: ['Arbeitstitel'],
    notes: ['Notizen'],
    web: ['Webseite 1', 'Webseite 2'],
    phones: ['Mobil-Tel.-Nr.', 'Tel. dienstlich', 'Tel. privat'],
  },
  {
    format: 'outlook-csv',
    signature: ['First Name', 'Last Name', 'E-mail Address'],
    given: ['First Name'],
    middle: ['Middle Name'],
    family: ['Last Name'],
    display: ['E-mail Display Name'],
    nickname: ['Nickname'],
    emails: ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'],
    company: ['Company'],
    role: ['Job Title'],
    notes: ['Notes'],
    web: ['Web Page', 'Personal Web Page'],
    phones: ['Mobile Phone', 'Business Phone', 'Home Phone', 'Primary Phone'],
  },
  {
    format: 'outlook-csv',
    signature: ['Vorname', 'Nachname', 'E-Mail-Adresse'],
    given: ['Vorname'],
    middle: ['Weitere Vornamen'],
    family: ['Nachname'],
    display: ['E-Mail: Angezeigter Name'],
    nickname: ['Spitzname'],
    emails: ['E-Mail-Adresse', 'E-Mail 2: Adresse', 'E-Mail 3: Adresse'],
    company: ['Firma'],
    role: ['Position'],
    notes: ['Notizen'],
    web: ['Webseite', 'Persönliche Webseite'],
    phones: ['Mobiltelefon', 'Telefon geschäftlich', 'Telefon privat', 'Haupttelefon'],
  },
];

export const ADDRESS_BOOK_HEADER_DESCRIPTION =
  'Outlook "First Name,…,Last Name,…,E-mail Address" ("Vorname,…,E-Mail-Adresse") or Thunderbird "First Name,Last Name,Display Name,…,Primary Email"';

export function addressBookLayoutOf(header: readonly string[]): AddressBookLayout | undefined {
  return LAYOUTS.find((layout) => hasColumns(header, layout.signature));
}

export function addressBookFormatOf(header: readonly string[]): AddressBookFormat | undefined {
  return addressBookLayoutOf(header)?.format;
}

/** Outlook's and Thunderbird's contact CSV exports, English and German column names. */
export function parseAddressBookCsv(text: string): ParseResult {
  const read = readCsvTable(text, (header) => addressBookLayoutOf(header) !== undefined, ADDRESS_BOOK_HEADER_DESCRIPTION);
  if (!read.ok) return read;
  const layout = addressBookLayoutOf(read.table.header) as AddressBookLayout;
  const columns = csvColumns(read.table.header);
  return peopleFromRows(read.table, columns, (row) => personFrom(row, columns, layout), 'no name, company, email address or phone number');
}

function personFrom(row: CsvRow, columns: CsvColumns, layout: AddressBookLayout): ImportedPerson | undefined {
  const cells = (names: readonly string[]) => names.map((name) => columns.get(row, name)).filter(Boolean);
  const first = (names: readonly string[]) => cleanField(cells(names)[0]);
  const firstName = first(layout.given);
  const lastName = first(layout.family);
  const emails = emailsFrom(cells(layout.emails));
  // Outlook fills "E-mail Display Name" with "Name (address)"; only a display name that is not an address is a name.
  const display = cells(layout.display).map((value) => cleanField(value.replace(/\s*\([^)]*@[^)]*\)\s*$/, ''))).find((value) => value && !value.includes('@'));
  const name = joinName(firstName, first(layout.middle), lastName) ?? display ?? first(layout.nickname);
  const company = first(layout.company);
  const linkedinSlug = cells(layout.web).map(linkedinSlugFromUrl).find(Boolean);
  const phones = cells(layout.phones);
  const chosen = chooseName(name, { company, emails, linkedinSlug, phones });
  if (!chosen.displayName) return undefined;
  const notes = cleanNotes(columns.get(row, layout.notes[0] ?? ''));
  return withoutUndefined<ImportedPerson>({
    ...chosen,
    firstName,
    lastName,
    emails,
    linkedinSlug,
    company,
    role: first(layout.role),
    notes: notesKeepingPhone(chosen, notes),
    source: { format: layout.format, line: row.line },
  });
}
