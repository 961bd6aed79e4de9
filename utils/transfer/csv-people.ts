import type { CsvColumns, CsvTable, CsvRow } from './csv-table';
import type { ImportedPerson, ParseResult, SkippedEntry } from './imported-person';

/**
 * Every CSV importer's loop: a row with more fields than the header is skipped (an unquoted comma shifted its
 * columns), a row that names nobody is skipped with `emptyReason`, every other row becomes a person.
 */
export function peopleFromRows(
  table: CsvTable,
  columns: CsvColumns,
  personFrom: (row: CsvRow) => ImportedPerson | undefined,
  emptyReason: string,
): ParseResult {
  const people: ImportedPerson[] = [];
  const skipped: SkippedEntry[] = [];
  for (const row of table.rows) {
    if (columns.overflows(row)) {
      skipped.push({ line: row.line, reason: 'more fields than the header (a comma in an unquoted field?)' });
      continue;
    }
    const person = personFrom(row);
    if (person) people.push(person);
    else skipped.push({ line: row.line, reason: emptyReason });
  }
  return { ok: true, people, skipped };
}
