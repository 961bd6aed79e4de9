/** Calendar date in the user's time zone, `YYYY-MM-DD`. Sorts as a string. */
export type CalendarDate = string;
/** Milliseconds since the epoch. */
export type Timestamp = number;

export type Language = 'de' | 'en';
export type Formality = 'du' | 'sie';
export type Salutation = 'frau' | 'herr' | 'none';

/** How often to get in touch: calendar days, or calendar months (clamped to the month's end). */
export interface Cadence {
  unit: 'days' | 'months';
  /** Whole days (1-3660) or months (1-120). */
  count: number;
}

export interface ContactIdentities {
  /** Normalised (trimmed, lower-case, NFC) email addresses. */
  emails: string[];
  /** Normalised LinkedIn profile slug (`anna-mueller-123`), the key of a LinkedIn identity. */
  linkedinSlug?: string;
}

export interface Contact extends ContactIdentities {
  id: string;
  displayName: string;
  company?: string;
  role?: string;
  /** Headline as last read from LinkedIn, to notice changes. */
  headline?: string;
  location?: string;
  language: Language;
  formality: Formality;
  salutation?: Salutation;
  notes?: string;
  /** Keep-in-touch cadence; undefined = no cadence, never overdue. */
  cadence?: Cadence;
  /** While no agreement is open: a quieter cadence, `'regular'` to keep the usual one, unset = the settings' choice. */
  betweenProjectsCadence?: Cadence | 'regular';
  /** Latest interaction of any channel (denormalised from interactions). */
  lastContactAt?: Timestamp;
  lastContactChannel?: Channel;
  /** Effective next follow-up, snooze included. Only set when a cadence is. */
  nextFollowUp?: CalendarDate;
  snoozedUntil?: CalendarDate;
  /** The history import that created this contact (undoing that import removes it). */
  importBatch?: string;
  /** The organisation the contact works for (see `Organisation`); `company` stays the text as given. */
  organisationId?: string;
  /** What the relationship is (several may apply); each kind has a default rhythm in the settings. */
  kinds?: ContactKind[];
  /** The user's own labels, trimmed, unique regardless of case; Google's Labels and vCard CATEGORIES. */
  tags?: string[];
  /** Birthdays, the anniversary of working together, a project's completion, custom dates. */
  importantDates?: ImportantDate[];
  /**
   * Denormalised for the due indexes, one entry per important date with a reminder still to come:
   * `<first day it shows>~<date id>` and `<the day itself>~<date id>` of its next occurrence not yet
   * handled (`utils/schedule/important-dates.ts`). Unset when there is none.
   */
  dateRemindFrom?: string[];
  dateOccursOn?: string[];
  /** Never synced, nor anything attached to it (sync: "only on this device"). */
  localOnly?: true;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export const CONTACT_KINDS = ['client', 'prospect', 'partner', 'former-client', 'personal'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const IMPORTANT_DATE_KINDS = ['birthday', 'anniversary', 'project', 'custom'] as const;
/** `anniversary`: of working together; `project`: a project completed (once, not yearly; its name in `label`). */
export type ImportantDateKind = (typeof IMPORTANT_DATE_KINDS)[number];

export interface ImportantDate {
  id: string;
  kind: ImportantDateKind;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is not known (birthdays and custom dates only). */
  date: string;
  /** What a custom date is, or the project's name. */
  label?: string;
  /** 0 = on the day; the reminder shows from that many days before until the day. */
  remindDaysBefore: number;
  /** The latest occurrence the user marked as done: its reminder is gone, the next one comes. */
  handledOn?: CalendarDate;
}

export const CHANNELS = ['email', 'call', 'meeting', 'in-person', 'linkedin', 'note'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DIRECTIONS = ['inbound', 'outbound', 'mutual'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Interaction {
  id: string;
  contactId: string;
  at: Timestamp;
  channel: Channel;
  direction: Direction;
  summary?: string;
  /** Where it came from, e.g. `gmail:msg-f:1234`; unique, so an email is never logged twice. */
  sourceKey?: string;
  /** A link back to where it happened (a Gmail conversation), https only. */
  sourceUrl?: string;
  /** The history import that added it: one id per import, so the import is undone as one step. */
  importBatch?: string;
  /** Name of the file that import read, shown as the interaction's source. */
  importFile?: string;
  createdAt: Timestamp;
}

export const AGREEMENT_KINDS = [
  'payment-terms',
  'deadline',
  'rescheduling-rule',
  'scope-included',
  'scope-excluded',
  'promise',
  'invoice',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['open', 'done', 'cancelled'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface Agreement {
  id: string;
  contactId: string;
  organisation?: string;
  kind: AgreementKind;
  text: string;
  dueDate?: CalendarDate;
  status: AgreementStatus;
  /** Which side promised: us, them, or both. */
  owner?: 'us' | 'them' | 'both';
  interactionId?: string;
  /** The due date before it was last moved, and when that was: what a reschedule note restates. */
  previousDueDate?: CalendarDate;
  dueDateMovedAt?: Timestamp;
  /** The organisation it was agreed with: it stays there when the contact person moves on. */
  organisationId?: string;
  /** An invoice's payment record: the day it was paid, and its amount in `currency` (ISO 4217, default EUR). */
  paidOn?: CalendarDate;
  amount?: number;
  currency?: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A client or partner organisation; contacts and agreements point at it by id. */
export interface Organisation {
  id: string;
  name: string;
  /** `organisationKey` of its name and of every name merged into it: a company field matching one belongs here. */
  nameKeys: string[];
  /** Email domains of its people (`mueller-partner.de`), never a free-mail provider's; each held by one organisation. */
  domains: string[];
  notes?: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
