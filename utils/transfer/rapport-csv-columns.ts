/**
 * Rapport's own contact CSV: one row per contact, meant for spreadsheets and designed to be importable
 * again (detected by `Name`, `Emails` and `LinkedIn`). Several emails share one cell, joined by `; `.
 * Every text cell that starts with `'`, `=`, `+`, `-`, `@`, tab or CR is written with one extra leading
 * apostrophe (so spreadsheets never run it as a formula); the importer removes exactly that apostrophe.
 */
export const RAPPORT_CSV_COLUMNS = [
  'Name',
  'Emails',
  'LinkedIn',
  'Company',
  'Role',
  'Headline',
  'Location',
  'Notes',
  'Language',
  'Cadence',
  'Next follow-up',
  'Last contact',
] as const;

export type RapportCsvColumn = (typeof RAPPORT_CSV_COLUMNS)[number];

export const RAPPORT_CSV_IDENTIFYING_COLUMNS: readonly RapportCsvColumn[] = ['Name', 'Emails', 'LinkedIn'];

export const RAPPORT_CSV_EMAIL_SEPARATOR = '; ';

/** Cells starting with these could run as formulas; `'` itself is included so the escape is reversible. */
export const FORMULA_ESCAPE = /^['=+\-@\t\r]/;
