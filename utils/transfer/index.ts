/** Import and export formats: pure functions from text to data and back (no DOM, no storage). */
export type { FilePosition, ImportSource, ImportedPerson, ParseError, ParseResult, PeopleFormat, SkippedEntry } from './imported-person';
export type { ImportFormat } from './detect-format';
export { detectFormat } from './detect-format';
export type { ImportFileResult } from './import-file';
export { parseImportFile } from './import-file';
export { parseLinkedinConnections } from './linkedin-csv';
export { parseGoogleContacts } from './google-csv';
export { parseRapportCsv } from './rapport-csv-import';
export { parseVCards } from './vcard-import';
export type { BackupV1 } from './backup-schema';
export { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
export type { BackupData, BackupError, BackupParseResult } from './backup-json';
export { exportBackup, parseBackup } from './backup-json';
export { exportContactsCsv } from './contacts-csv-export';
export { exportVCard4 } from './vcard-export';
export type { CalendarItems, CalendarLabels, CalendarOptions } from './calendar-export';
export { ENGLISH_CALENDAR_LABELS, exportCalendar } from './calendar-export';
export type {
  ContactAdditions,
  ImportPlan,
  ImportPlanOptions,
  NewContactDraft,
  PlannedMerge,
  PlannedSkip,
  SkipReason,
} from './import-plan';
export { planImport } from './import-plan';
