import { cleanField, cleanNotes, emailsFrom, linkedinSlugFromUrl, withoutUndefined } from './clean-fields';
import { chooseName } from './fallback-name';
import { csvColumns, hasColumns, readCsvTable } from './csv-table';
import type { ImportedPerson, ParseResult, SkippedEntry } from './imported-person';
import { RAPPORT_CSV_IDENTIFYING_COLUMNS } from './rapport-csv-columns';

export const RAPPORT_CSV_HEADER_DESCRIPTION = '"Name,Emails,LinkedIn,Company,Role,…"';

export function isRapportCsvHeader(header: readonly string[]): boolean {
  return hasColumns(header, RAPPORT_CSV_IDENTIFYING_COLUMNS);
}

/** Rapport's own contact CSV (see `rapport-csv-columns.ts`); only identity and profile fields come back. */
export function parseRapportCsv(text: string): ParseResult {
  const read = readCsvTable(text, isRapportCsvHeader, RAPPORT_CSV_HEADER_DESCRIPTION);
  if (!read.ok) return read;
  const columns = csvColumns(read.table.header);
  const people: ImportedPerson[] = [];
  const skipped: SkippedEntry[] = [];
  for (const row of read.table.rows) {
    const get = (name: string) => withoutFormulaEscape(columns.raw(row, name));
    const name = cleanField(get('Name'));
    const emails = emailsFrom([get('Emails')]);
    const linkedinSlug = linkedinSlugFromUrl(get('LinkedIn'));
    if (!name && emails.length === 0 && !linkedinSlug) {
      skipped.push({ line: row.line, reason: 'no name, email address or LinkedIn URL' });
      continue;
    }
    people.push(
      withoutUndefined<ImportedPerson>({
        ...chooseName(name, { emails, linkedinSlug }),
        emails,
        linkedinSlug,
        company: cleanField(get('Company')),
        role: cleanField(get('Role')),
        notes: cleanNotes(get('Notes')),
        source: { format: 'rapport-csv', line: row.line },
      }),
    );
  }
  return { ok: true, people, skipped };
}

/** The exporter put one `'` before every cell starting with `'`, `=`, `+`, `-`, `@`, tab or CR. */
function withoutFormulaEscape(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
