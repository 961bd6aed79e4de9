import type { CsvColumns, CsvRow } from './csv-table';
import { dateFromFile, dateOfLabel, uniqueImportedDates, type ImportedDate } from './import-labels-dates';

/** Google writes at most a handful of events per person; read a few more than that. */
const MAX_EVENTS = 20;

/**
 * `Birthday` (`1985-04-15`, or ` --04-15` without a year) and the events: `Event 1 - Label`
 * (`Type` in the legacy layout) `anniversary` or the user's own label, `Event 1 - Value` the date.
 */
export function googleDates(row: CsvRow, columns: CsvColumns): ImportedDate[] | undefined {
  const dates: ImportedDate[] = [];
  const birthday = dateFromFile(columns.get(row, 'Birthday'));
  if (birthday) dates.push({ kind: 'birthday', date: birthday });
  for (let n = 1; n <= MAX_EVENTS; n += 1) {
    const date = dateFromFile(columns.get(row, `Event ${n} - Value`));
    if (!date) continue;
    const label = columns.get(row, `Event ${n} - Label`) || columns.get(row, `Event ${n} - Type`);
    const dated = dateOfLabel(label.replace(/^\*\s*/, ''), date);
    if (dated) dates.push(dated);
  }
  return uniqueImportedDates(dates);
}
