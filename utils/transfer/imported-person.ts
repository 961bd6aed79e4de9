import type { CalendarDate } from '../domain/model';
import type { AddressBookFormat } from './address-book-csv';
import type { NamedFrom } from './fallback-name';
import type { ImportedDate } from './import-labels-dates';

/** Formats a people import can come from. */
export type PeopleFormat = 'linkedin-csv' | 'google-csv' | 'rapport-csv' | 'vcard' | AddressBookFormat;

/** Where in the file a person (or a problem) was found: a 1-based physical line, or a 1-based card number. */
export interface FilePosition {
  line?: number;
  card?: number;
}

export interface ImportSource extends FilePosition {
  format: PeopleFormat;
}

/** One person read from an export file, before it is matched against the address book. */
export interface ImportedPerson {
  /** Cleaned; the best name the file offers (may fall back to company, email or slug). */
  displayName: string;
  /** Set when the file gave no name and `displayName` was made from another field. */
  namedFrom?: NamedFrom;
  firstName?: string;
  lastName?: string;
  /** Normalised, de-duplicated, valid addresses only. */
  emails: string[];
  linkedinSlug?: string;
  company?: string;
  role?: string;
  notes?: string;
  connectedOn?: CalendarDate;
  /** Google's Labels, vCard CATEGORIES. */
  tags?: string[];
  /** Birthdays, anniversaries and labelled dates. */
  importantDates?: ImportedDate[];
  source: ImportSource;
}

export interface SkippedEntry extends FilePosition {
  reason: string;
}

export interface ParseError extends FilePosition {
  message: string;
}

export type ParseResult =
  | { ok: true; people: ImportedPerson[]; skipped: SkippedEntry[] }
  | { ok: false; error: ParseError };

/** `Line 7: …` / `Card 2 (line 14): …`, so a message alone names the place. */
export function describePosition(position: FilePosition): string {
  if (position.card !== undefined) {
    return position.line !== undefined ? `Card ${position.card} (line ${position.line})` : `Card ${position.card}`;
  }
  return position.line !== undefined ? `Line ${position.line}` : 'File';
}

export function parseFailure(position: FilePosition, problem: string): ParseResult & { ok: false } {
  return { ok: false, error: { ...position, message: `${describePosition(position)}: ${problem}` } };
}
