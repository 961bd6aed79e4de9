import { cleanField, cleanNotes, emailsFrom, joinName, linkedinSlugFromUrl, withoutUndefined } from './clean-fields';
import { chooseName } from './fallback-name';
import type { CsvColumns, CsvRow } from './csv-table';
import { csvColumns, hasColumns, headerKey, readCsvTable } from './csv-table';
import { peopleFromRows } from './csv-people';
import { googleDates } from './google-csv-dates';
import { tagsFromLabels } from './import-labels-dates';
import type { ImportedPerson, ParseResult } from './imported-person';

export const GOOGLE_HEADER_DESCRIPTION =
  '"First Name,Middle Name,Last Name,…,E-mail 1 - Value" or "Name,Given Name,Additional Name,Family Name,…"';

const EMAIL_VALUE = /^E-mail \d+ - Value$/i;
const WEBSITE_VALUE = /^Website \d+ - Value$/i;
/** Google puts several values into one cell joined by ` ::: `. */
const MULTI_VALUE = /\s*:::\s*/;

export function isGoogleContactsHeader(header: readonly string[]): boolean {
  return isCurrentGoogleHeader(header) || isLegacyGoogleHeader(header);
}

/** Since ~2020: `First Name,Middle Name,Last Name,…,Labels,E-mail 1 - Label,E-mail 1 - Value,…`. */
function isCurrentGoogleHeader(header: readonly string[]): boolean {
  return hasColumns(header, ['First Name', 'Middle Name', 'Last Name']) && hasGoogleOnlyColumn(header);
}

/** Until ~2020: `Name,Given Name,Additional Name,Family Name,…,Group Membership,E-mail 1 - Type,E-mail 1 - Value`. */
function isLegacyGoogleHeader(header: readonly string[]): boolean {
  return hasColumns(header, ['Name', 'Given Name', 'Family Name']) && hasGoogleOnlyColumn(header);
}

function hasGoogleOnlyColumn(header: readonly string[]): boolean {
  const keys = header.map(headerKey);
  return keys.some((key) => EMAIL_VALUE.test(key) || key === 'labels' || key === 'group membership');
}

/** Google Contacts CSV export, current and legacy layout. */
export function parseGoogleContacts(text: string): ParseResult {
  const read = readCsvTable(text, isGoogleContactsHeader, GOOGLE_HEADER_DESCRIPTION);
  if (!read.ok) return read;
  const columns = csvColumns(read.table.header);
  const legacy = !isCurrentGoogleHeader(read.table.header);
  return peopleFromRows(read.table, columns, (row) => personFrom(row, columns, legacy), 'no name, company, email address or LinkedIn URL');
}

function personFrom(row: CsvRow, columns: CsvColumns, legacy: boolean): ImportedPerson | undefined {
  const get = (name: string) => columns.get(row, name);
  const firstName = cleanField(legacy ? get('Given Name') : get('First Name'));
  const middleName = cleanField(legacy ? get('Additional Name') : get('Middle Name'));
  const lastName = cleanField(legacy ? get('Family Name') : get('Last Name'));
  const name =
    (legacy ? cleanField(get('Name')) : undefined) ?? joinName(firstName, middleName, lastName) ?? cleanField(get('Nickname'));
  const emails = emailsFrom(columns.getAll(row, EMAIL_VALUE).flatMap((cell) => cell.split(MULTI_VALUE)));
  const linkedinSlug = columns
    .getAll(row, WEBSITE_VALUE)
    .flatMap((cell) => cell.split(MULTI_VALUE))
    .map(linkedinSlugFromUrl)
    .find(Boolean);
  const company = firstValue(get('Organization Name') || get('Organization 1 - Name'));
  const role = firstValue(get('Organization Title') || get('Organization 1 - Title'));
  const chosen = chooseName(name, { company, emails, linkedinSlug });
  if (!chosen.displayName) return undefined;
  return withoutUndefined<ImportedPerson>({
    ...chosen,
    firstName,
    lastName,
    emails,
    linkedinSlug,
    company,
    role,
    notes: cleanNotes(get('Notes')),
    tags: tagsFromLabels((get('Labels') || get('Group Membership')).split(MULTI_VALUE)),
    importantDates: googleDates(row, columns),
    source: { format: 'google-csv', line: row.line },
  });
}

function firstValue(cell: string): string | undefined {
  return cleanField(cell.split(MULTI_VALUE).find((value) => value.trim() !== ''));
}
