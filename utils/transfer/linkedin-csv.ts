import { cleanField, emailsFrom, joinName, linkedinSlugFromUrl, withoutUndefined } from './clean-fields';
import { chooseName } from './fallback-name';
import type { CsvRow } from './csv-table';
import { csvColumns, hasColumns, readCsvTable } from './csv-table';
import { peopleFromRows } from './csv-people';
import type { ImportedPerson, ParseResult } from './imported-person';
import { parseConnectedOn } from './linkedin-dates';

/** Both layouts share these; the current one adds `URL` (and a notice above the header). */
const REQUIRED_COLUMNS = ['First Name', 'Last Name', 'Company', 'Position', 'Connected On'] as const;
export const LINKEDIN_HEADER_DESCRIPTION = '"First Name,Last Name,URL,Email Address,Company,Position,Connected On"';

export function isLinkedinConnectionsHeader(header: readonly string[]): boolean {
  return hasColumns(header, REQUIRED_COLUMNS);
}

/** LinkedIn "Connections.csv", the 2018 layout and the current one with its `Notes:` preamble. */
export function parseLinkedinConnections(text: string): ParseResult {
  const read = readCsvTable(text, isLinkedinConnectionsHeader, LINKEDIN_HEADER_DESCRIPTION);
  if (!read.ok) return read;
  const columns = csvColumns(read.table.header);
  return peopleFromRows(read.table, columns, (row) => personFrom(row, (name) => columns.get(row, name)), 'no name, email address or LinkedIn URL');
}

function personFrom(row: CsvRow, get: (name: string) => string): ImportedPerson | undefined {
  const firstName = cleanField(get('First Name'));
  const lastName = cleanField(get('Last Name'));
  const name = joinName(firstName, lastName);
  const emails = emailsFrom([get('Email Address')]);
  const linkedinSlug = linkedinSlugFromUrl(get('URL'));
  if (!name && emails.length === 0 && !linkedinSlug) return undefined;
  return withoutUndefined<ImportedPerson>({
    ...chooseName(name, { linkedinSlug, emails }),
    firstName,
    lastName,
    emails,
    linkedinSlug,
    company: cleanField(get('Company')),
    role: cleanField(get('Position')),
    connectedOn: parseConnectedOn(get('Connected On')),
    source: { format: 'linkedin-csv', line: row.line },
  });
}

