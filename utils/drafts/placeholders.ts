/**
 * Every value a draft template can use. A template naming anything else is a syntax error, so a typo
 * shows up in the editor instead of as a hole in a note.
 */
export const PLACEHOLDER_NAMES = [
  // Contact
  'greeting',
  'firstName',
  'lastName',
  'fullName',
  'company',
  'role',
  'predecessor',
  // Relationship
  'lastContactDate',
  'lastContactAgo',
  'lastContactSince',
  'lastContactDuration',
  'lastTopic',
  'relationshipSince',
  'yearsTogether',
  // Agreements
  'openAgreements',
  'undatedAgreements',
  'nextDates',
  'agreedTerms',
  'paymentTerms',
  'reschedulingRule',
  // The call just logged
  'callDate',
  'callWhen',
  'callSummary',
  'callAgreements',
  // The invoice a reminder is about
  'invoice',
  'invoiceDueDate',
  // The agreement just completed
  'completedItem',
  'projectName',
  // The date that moved
  'movedItem',
  'newDate',
  'previousDate',
  // The user
  'userName',
  'signature',
  // Calendar
  'today',
  'year',
  'season',
  'seasonWish',
] as const;

export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** Values by placeholder; a missing or blank value removes the block (or line) that needs it. */
export type DraftValues = Partial<Record<PlaceholderName, string>>;

const NAMES: ReadonlySet<string> = new Set(PLACEHOLDER_NAMES);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return NAMES.has(name);
}

export type PlaceholderGroup = 'contact' | 'relationship' | 'agreements' | 'call' | 'invoice' | 'completed' | 'reschedule' | 'user' | 'calendar';

export interface PlaceholderInfo {
  name: PlaceholderName;
  group: PlaceholderGroup;
  /** Whether the value can span several lines (lists, signature): put it on a line of its own. */
  multiline: boolean;
  description: { de: string; en: string };
}

const info = (
  name: PlaceholderName,
  group: PlaceholderGroup,
  de: string,
  en: string,
  multiline = false,
): PlaceholderInfo => ({ name, group, multiline, description: { de, en } });

/** For the template editor's help: what each placeholder holds. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  info('greeting', 'contact', 'Anrede ohne Komma, nie leer: „Hallo Anna“, „Guten Tag Frau Müller“, „Guten Tag“', 'Greeting without comma, never empty: "Hi Anna", "Dear Ms Müller", "Hello"'),
  info('firstName', 'contact', 'Vorname', 'First name'),
  info('lastName', 'contact', 'Nachname (mit „von“, „van der“ …)', 'Last name (with "von", "van der" …)'),
  info('fullName', 'contact', 'Name wie gespeichert', 'Name as stored'),
  info('company', 'contact', 'Firma', 'Company'),
  info('role', 'contact', 'Rolle', 'Role'),
  info('predecessor', 'contact', 'Bisherige Ansprechperson (Übergabe)', 'Previous contact person (handover)'),
  info('lastContactDate', 'relationship', 'Datum des letzten Kontakts', 'Date of the last contact'),
  info('lastContactAgo', 'relationship', '„vor drei Monaten“', '"three months ago"'),
  info('lastContactSince', 'relationship', '„seit drei Monaten“', '"for three months"'),
  info('lastContactDuration', 'relationship', '„drei Monate“', '"three months"'),
  info('lastTopic', 'relationship', 'Thema des letzten Kontakts (aus der Zusammenfassung)', 'Topic of the last contact (from its summary)'),
  info('relationshipSince', 'relationship', 'Monat des ersten Kontakts: „März 2025“', 'Month of the first contact: "March 2025"'),
  info('yearsTogether', 'relationship', 'Jahre der Zusammenarbeit am Jahrestag: „drei Jahre“', 'Years of working together on the anniversary: "three years"'),
  info('openAgreements', 'agreements', 'Offene Vereinbarungen mit Fristen, als Liste', 'Open agreements with their dates, as a list', true),
  info('undatedAgreements', 'agreements', 'Offene Vereinbarungen ohne Datum, als Liste', 'Open agreements without a date, as a list', true),
  info('nextDates', 'agreements', 'Offene Vereinbarungen mit Datum, nach Datum, als Liste', 'Open agreements with a date, by date, as a list', true),
  info('agreedTerms', 'agreements', 'Geltende Regeln (Zahlung, Verschiebung, Umfang), als Liste', 'Terms in force (payment, rescheduling, scope), as a list', true),
  info('paymentTerms', 'agreements', 'Vereinbarte Zahlungsbedingungen', 'Agreed payment terms'),
  info('reschedulingRule', 'agreements', 'Vereinbarte Regel für Verschiebungen', 'Agreed rescheduling rule'),
  info('callDate', 'call', 'Datum des Gesprächs', 'Date of the call'),
  info('callWhen', 'call', '„heute“, „gestern“ oder „am 15. Januar 2027“', '"today", "yesterday" or "on 15 January 2027"'),
  info('callSummary', 'call', 'Zusammenfassung des Gesprächs', 'Summary of the call'),
  info('callAgreements', 'call', 'Im Gespräch getroffene Vereinbarungen, als Liste', 'Agreements made in the call, as a list', true),
  info('invoice', 'invoice', 'Die offene Rechnung (Text der Vereinbarung)', 'The unpaid invoice (text of the agreement)'),
  info('invoiceDueDate', 'invoice', 'Fälligkeitsdatum der Rechnung', 'Due date of the invoice'),
  info('completedItem', 'completed', 'Die abgeschlossene Vereinbarung', 'The completed agreement'),
  info('projectName', 'completed', 'Name des abgeschlossenen Projekts (wichtiges Datum)', 'Name of the completed project (important date)'),
  info('movedItem', 'reschedule', 'Was verschoben wurde', 'What was moved'),
  info('newDate', 'reschedule', 'Neues Datum', 'New date'),
  info('previousDate', 'reschedule', 'Bisheriges Datum', 'Previous date'),
  info('userName', 'user', 'Dein Name', 'Your name'),
  info('signature', 'user', 'Deine Signatur (sonst dein Name)', 'Your signature (else your name)', true),
  info('today', 'calendar', 'Heutiges Datum', "Today's date"),
  info('year', 'calendar', 'Aktuelles Jahr', 'Current year'),
  info('season', 'calendar', '„Jahresende“ (Dezember), „Sommer“ (Juli, August), „Jahresbeginn“ (1.–20. Januar)', '"year end", "summer", "new year" (same periods)'),
  info('seasonWish', 'calendar', '„einen schönen Sommer“ … passend zur Jahreszeit, sonst leer', '"a lovely summer" … for the season, else empty'),
];
