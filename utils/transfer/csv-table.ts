import Papa from 'papaparse';
import type { ParseError } from './imported-person';
import { describePosition } from './imported-person';
import { normaliseFileText } from './text-input';

/** One CSV row with the physical line it starts on (rows can span lines inside quoted fields). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Rows up to the first quoting problem, and that problem if there is one. */
export interface CsvRowsResult {
  rows: CsvRow[];
  error?: ParseError;
}

/** Delimiters tried in order: files re-saved by a German spreadsheet use `;`. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
/** The header must sit within the first rows (LinkedIn puts a three-row notice above it). */
export const HEADER_SEARCH_ROWS = 20;

/**
 * Rows of a CSV text (BOM and CRLF already tolerated) with their line numbers, via papaparse.
 * A quoted field that is never closed (or has text after its closing quote) fails with its line.
 */
export function readCsvRows(text: string, delimiter: string, preview = 0): CsvRowsResult {
  const input = normaliseFileText(text);
  const rows: CsvRow[] = [];
  let error: ParseError | undefined;
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(input, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    preview,
    step(result, parser) {
      const quoteProblem = result.errors.find((problem) => problem.type === 'Quotes');
      if (quoteProblem) {
        const at = Math.max(0, (quoteProblem.index ?? consumed + 1) - 1);
        error = quoteError(lineAt(input, consumed, line, at), quoteProblem.code);
        parser.abort();
        return;
      }
      rows.push({ line, cells: result.data });
      const cursor = result.meta.cursor;
      line += countNewlines(input, consumed, cursor);
      consumed = cursor;
    },
  });
  return error ? { rows, error } : { rows };
}

function quoteError(line: number, code: Papa.ParseError['code']): ParseError {
  const problem =
    code === 'MissingQuotes'
      ? 'a quoted field starts here and is never closed (a `"` is missing)'
      : 'a quoted field has text after its closing quote (a `"` inside a field must be written `""`)';
  return { line, message: `${describePosition({ line })}: ${problem}` };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

function lineAt(text: string, rowStart: number, rowLine: number, offset: number): number {
  return offset <= rowStart ? rowLine : rowLine + countNewlines(text, rowStart, offset);
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Header names compared trimmed and case-insensitively. */
export function headerKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A table whose header row was found by its names, wherever it sits. */
export interface CsvTable {
  delimiter: string;
  headerLine: number;
  header: string[];
  /** Rows after the header, blank ones (only delimiters) dropped. */
  rows: CsvRow[];
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; error: ParseError };

/**
 * Finds the first row (within the first {@link HEADER_SEARCH_ROWS}) that `isHeader` accepts, trying each
 * delimiter in turn. Fails with the quote problem or with a message that no header was recognised.
 */
export function readCsvTable(text: string, isHeader: (header: readonly string[]) => boolean, describeExpected: string): CsvTableResult {
  let firstError: ParseError | undefined;
  for (const delimiter of CSV_DELIMITERS) {
    const { rows, error } = readCsvRows(text, delimiter);
    const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isHeader(row.cells));
    if (headerIndex === -1) {
      firstError ??= error;
      continue;
    }
    if (error) return { ok: false, error };
    const headerRow = rows[headerIndex] as CsvRow;
    return {
      ok: true,
      table: {
        delimiter,
        headerLine: headerRow.line,
        header: headerRow.cells.map((cell) => cell.trim()),
        rows: rows.slice(headerIndex + 1).filter((row) => !isBlankRow(row.cells)),
      },
    };
  }
  if (firstError) return { ok: false, error: firstError };
  return {
    ok: false,
    error: {
      line: 1,
      message: `Lines 1-${HEADER_SEARCH_ROWS}: no recognisable header row (expected ${describeExpected})`,
    },
  };
}

/** Reads cells of a row by header name. */
export interface CsvColumns {
  /** The trimmed cell under the first column with that name, '' when absent. */
  get(row: CsvRow, name: string): string;
  /** The same cell exactly as in the file. */
  raw(row: CsvRow, name: string): string;
  /** Cells of every column whose name matches. */
  getAll(row: CsvRow, pattern: RegExp): string[];
  /** More non-empty cells than header names: the row is shifted (an unquoted delimiter). */
  overflows(row: CsvRow): boolean;
}

export function csvColumns(header: readonly string[]): CsvColumns {
  const indexByName = new Map<string, number>();
  header.forEach((name, index) => {
    if (!indexByName.has(headerKey(name))) indexByName.set(headerKey(name), index);
  });
  const rawCell = (row: CsvRow, index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? ''));
  const cell = (row: CsvRow, index: number | undefined) => rawCell(row, index).trim();
  return {
    get: (row, name) => cell(row, indexByName.get(headerKey(name))),
    raw: (row, name) => rawCell(row, indexByName.get(headerKey(name))),
    getAll: (row, pattern) =>
      header.flatMap((name, index) => (pattern.test(name.trim()) ? [cell(row, index)] : [])).filter(Boolean),
    overflows: (row) => row.cells.slice(header.length).some((extra) => extra.trim() !== ''),
  };
}

export function hasColumns(header: readonly string[], names: readonly string[]): boolean {
  const present = new Set(header.map(headerKey));
  return names.every((name) => present.has(headerKey(name)));
}
