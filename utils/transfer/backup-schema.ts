import * as v from 'valibot';
import { linkedinSlugFrom, normaliseEmail } from '../domain/identity';
import type { Agreement, Contact, Interaction, Organisation } from '../domain/model';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, CHANNELS, CONTACT_KINDS, DIRECTIONS, IMPORTANT_DATE_KINDS } from '../domain/model';
import { MAX_TAG_LENGTH } from '../domain/tags';
import { isImportantDateValue, MAX_REMIND_DAYS_BEFORE } from '../schedule/important-dates';
import { CADENCE_UNITS, MAX_CADENCE_DAYS, MAX_CADENCE_MONTHS } from '../schedule/cadence';
import { isCalendarDate } from '../schedule/calendar';

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;

const Id = v.pipe(v.string(), v.minLength(1, 'expected a non-empty id'));
const Timestamp = v.pipe(v.number(), v.finite('expected a finite number of milliseconds'));
const CalendarDate = v.pipe(
  v.string(),
  v.check(isCalendarDate, (issue) => `expected a calendar date YYYY-MM-DD but received ${issue.received}`),
);
const Email = v.pipe(
  v.string(),
  v.check(
    (email) => email !== '' && normaliseEmail(email) === email,
    (issue) => `expected a normalised email address but received ${issue.received}`,
  ),
);
const LinkedinSlug = v.pipe(
  v.string(),
  v.check(
    (slug) => linkedinSlugFrom(slug) === slug,
    (issue) => `expected a normalised LinkedIn slug but received ${issue.received}`,
  ),
);
const HttpsUrl = v.pipe(
  v.string(),
  v.check(isHttpsUrl, (issue) => `expected an https URL but received ${issue.received}`),
);

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whole days (1-MAX_CADENCE_DAYS) or months (1-MAX_CADENCE_MONTHS). */
const CadenceSchema = v.pipe(
  v.strictObject({
    unit: v.picklist(CADENCE_UNITS),
    count: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(1), v.maxValue(MAX_CADENCE_DAYS)),
  }),
  v.check((cadence) => cadence.unit === 'days' || cadence.count <= MAX_CADENCE_MONTHS, `expected at most ${MAX_CADENCE_MONTHS} months`),
);

const ImportantDateSchema = v.pipe(
  v.strictObject({
    id: Id,
    kind: v.picklist(IMPORTANT_DATE_KINDS),
    date: v.string(),
    label: v.optional(v.string()),
    remindDaysBefore: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0), v.maxValue(MAX_REMIND_DAYS_BEFORE)),
    handledOn: v.optional(CalendarDate),
  }),
  v.check(
    (date) => isImportantDateValue(date.date, date.kind),
    (issue) => `expected a date YYYY-MM-DD (or --MM-DD for a birthday or custom date) but received ${issue.received}`,
  ),
);
const IndexEntries = v.array(v.string());

export const ContactSchema = v.strictObject({
  id: Id,
  displayName: v.string(),
  emails: v.array(Email),
  linkedinSlug: v.optional(LinkedinSlug),
  company: v.optional(v.string()),
  role: v.optional(v.string()),
  headline: v.optional(v.string()),
  location: v.optional(v.string()),
  language: v.picklist(['de', 'en']),
  formality: v.picklist(['du', 'sie']),
  salutation: v.optional(v.picklist(['frau', 'herr', 'none'])),
  notes: v.optional(v.string()),
  cadence: v.optional(CadenceSchema),
  betweenProjectsCadence: v.optional(v.union([v.literal('regular'), CadenceSchema])),
  lastContactAt: v.optional(Timestamp),
  lastContactChannel: v.optional(v.picklist(CHANNELS)),
  nextFollowUp: v.optional(CalendarDate),
  snoozedUntil: v.optional(CalendarDate),
  importBatch: v.optional(v.string()),
  organisationId: v.optional(Id),
  kinds: v.optional(v.array(v.picklist(CONTACT_KINDS))),
  tags: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_LENGTH)))),
  importantDates: v.optional(v.array(ImportantDateSchema)),
  dateRemindFrom: v.optional(IndexEntries),
  dateOccursOn: v.optional(IndexEntries),
  localOnly: v.optional(v.literal(true)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const InteractionSchema = v.strictObject({
  id: Id,
  contactId: Id,
  at: Timestamp,
  channel: v.picklist(CHANNELS),
  direction: v.picklist(DIRECTIONS),
  summary: v.optional(v.string()),
  sourceKey: v.optional(v.string()),
  sourceUrl: v.optional(HttpsUrl),
  importBatch: v.optional(v.string()),
  importFile: v.optional(v.string()),
  createdAt: Timestamp,
});

export const AgreementSchema = v.strictObject({
  id: Id,
  contactId: Id,
  organisation: v.optional(v.string()),
  kind: v.picklist(AGREEMENT_KINDS),
  text: v.string(),
  dueDate: v.optional(CalendarDate),
  status: v.picklist(AGREEMENT_STATUSES),
  owner: v.optional(v.picklist(['us', 'them', 'both'])),
  interactionId: v.optional(Id),
  previousDueDate: v.optional(CalendarDate),
  dueDateMovedAt: v.optional(Timestamp),
  organisationId: v.optional(Id),
  paidOn: v.optional(CalendarDate),
  amount: v.optional(v.pipe(v.number(), v.finite('expected a finite amount'))),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected a currency code such as EUR'))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const OrganisationSchema = v.strictObject({
  id: Id,
  name: v.string(),
  nameKeys: v.array(v.string()),
  domains: v.array(v.string()),
  notes: v.optional(v.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const BackupV1Schema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(
    v.string(),
    v.check((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO date-time'),
  ),
  contacts: v.array(ContactSchema),
  interactions: v.array(InteractionSchema),
  agreements: v.array(AgreementSchema),
  /** Absent in backups from before organisations: restoring those derives them from the company fields. */
  organisations: v.optional(v.array(OrganisationSchema)),
  settings: v.optional(v.record(v.string(), v.unknown())),
  /** Checked template by template when restored: one that would not load is left out, not the backup. */
  templates: v.optional(v.array(v.record(v.string(), v.unknown()))),
});

export interface BackupV1 {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  contacts: Contact[];
  interactions: Interaction[];
  agreements: Agreement[];
  organisations?: Organisation[];
  settings?: Record<string, unknown>;
  templates?: Record<string, unknown>[];
}

// Compile-time guard: when the domain model gains or changes a field, these lines stop compiling,
// so the backup schema cannot silently drop it.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemasMatchModel: [
  Same<v.InferOutput<typeof ContactSchema>, Contact>,
  Same<v.InferOutput<typeof InteractionSchema>, Interaction>,
  Same<v.InferOutput<typeof AgreementSchema>, Agreement>,
  Same<v.InferOutput<typeof OrganisationSchema>, Organisation>,
  Same<v.InferOutput<typeof BackupV1Schema>, BackupV1>,
] = [true, true, true, true, true];
void schemasMatchModel;
