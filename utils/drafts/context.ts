import type { Agreement, AgreementKind, CalendarDate, Contact, Formality, Interaction, Language, Timestamp } from '../domain/model';
import { calendarDateOf, daysBetween, isCalendarDate } from '../schedule/calendar';
import { greetingFor, splitName, type PersonName } from './names';
import type { DraftValues } from './placeholders';
import { cleanLine, cleanLines, summaryOf, topicOf } from './text';
import { importantDateValues } from './date-values';
import { durationWords, formatDate, formatMonthYear, seasonWords } from './words';

export interface DraftUser {
  name?: string;
  /** Free text, may span lines; used as the sign-off under the closing. */
  signature?: string;
}

/** What a draft is about, when the data alone is ambiguous. Every field is optional. */
export interface DraftFocus {
  /** The call or meeting a call-summary is about (default: the latest call or meeting). */
  interactionId?: string;
  /**
   * The agreement a payment reminder, thank-you or reschedule is about (default: the most overdue open
   * invoice; the agreement completed last; the open agreement whose date moved last).
   */
  agreementId?: string;
  /** The date before a reschedule (default: the one stored when the agreement's date moved). */
  previousDate?: CalendarDate;
  /** Who the contact takes over from, for a handover. */
  predecessorName?: string;
  /** The important date a birthday, anniversary or project thank-you is about (default: the nearest of its kind). */
  dateId?: string;
}

export interface DraftInput {
  /** `firstName`/`lastName`, when known, win over splitting `displayName`. */
  contact: Contact & { firstName?: string; lastName?: string };
  /** The agreements the draft may mention: the contact's, or for a handover the organisation's. */
  agreements: readonly Agreement[];
  /** The contact's interactions, any order. */
  interactions: readonly Interaction[];
  user: DraftUser;
  today: CalendarDate;
  /** Default: the contact's language. */
  language?: Language;
  /** For turning interaction timestamps into dates; default: the system's. */
  timeZone?: string;
  focus?: DraftFocus;
}

export interface DraftContext {
  language: Language;
  formality: Formality;
  today: CalendarDate;
  /** Localised, cleaned values; a value that is not there is absent, never ''. */
  values: DraftValues;
}

/** Terms that stand for the whole collaboration rather than something to get done. */
const STANDING_KINDS: ReadonlySet<AgreementKind> = new Set(['payment-terms', 'rescheduling-rule', 'scope-included', 'scope-excluded']);

const TERM_LABELS: Record<Language, Partial<Record<AgreementKind, string>>> = {
  de: {
    'payment-terms': 'Zahlung',
    'rescheduling-rule': 'Verschiebungen',
    'scope-included': 'Im Umfang',
    'scope-excluded': 'Nicht im Umfang',
  },
  en: {
    'payment-terms': 'Payment',
    'rescheduling-rule': 'Rescheduling',
    'scope-included': 'Included',
    'scope-excluded': 'Not included',
  },
};

const MAX_LIST_ITEMS = 8;

export function buildDraftContext(input: DraftInput): DraftContext {
  const { contact, user, today } = input;
  const language: Language = input.language ?? (contact.language === 'en' ? 'en' : 'de');
  const formality: Formality = contact.formality === 'du' ? 'du' : 'sie';
  const agreements = (input.agreements ?? []).filter((agreement) => cleanLine(agreement.text) !== '');
  const interactions = [...(input.interactions ?? [])].filter((i) => Number.isFinite(i.at)).sort((a, b) => a.at - b.at);
  const focus = input.focus ?? {};
  const dateOf = (at: Timestamp | undefined) => safeCalendarDate(at, input.timeZone);
  const date = (value: CalendarDate | undefined) => formatDate(value, language);
  const values: DraftValues = {};
  const set = (key: keyof DraftValues, value: string | undefined) => {
    if (value) values[key] = value;
  };

  // Contact
  const split = splitName(contact.displayName);
  const name: PersonName = {
    first: cleanLine(contact.firstName) || split.first,
    last: cleanLine(contact.lastName) || split.last,
    title: split.title,
  };
  set('greeting', greetingFor(name, { language, formality, salutation: contact.salutation }));
  set('firstName', name.first);
  set('lastName', name.last);
  set('fullName', cleanLine(contact.displayName));
  set('company', cleanLine(contact.company));
  set('role', cleanLine(contact.role));
  set('predecessor', cleanLine(focus.predecessorName));

  // Relationship
  const last = interactions[interactions.length - 1];
  const lastAt = Math.max(last?.at ?? -Infinity, Number.isFinite(contact.lastContactAt) ? (contact.lastContactAt as number) : -Infinity);
  const lastDate = dateOf(lastAt);
  if (lastDate && isCalendarDate(today)) {
    set('lastContactDate', date(lastDate));
    const words = durationWords(daysBetween(lastDate, today), language);
    set('lastContactAgo', words?.ago);
    set('lastContactSince', words?.since);
    set('lastContactDuration', words?.duration);
  }
  set('lastTopic', topicOf(last?.summary));
  set('relationshipSince', formatMonthYear(dateOf(interactions[0]?.at), language));

  const listed = (items: readonly Agreement[], line: (agreement: Agreement) => string) => list(items.map(line), language);
  const itemLine = (agreement: Agreement) => agreementLine(agreement, language);
  const open = sortByDue(agreements.filter((a) => a.status === 'open' && !STANDING_KINDS.has(a.kind)));
  set('openAgreements', listed(open, itemLine));
  set('undatedAgreements', listed(open.filter((a) => !validDate(a.dueDate)), itemLine));
  set(
    'nextDates',
    listed(open.filter((a) => validDate(a.dueDate)), (a) => `${date(a.dueDate)}: ${cleanLine(a.text)}`),
  );
  const terms = agreements.filter((a) => a.status !== 'cancelled' && STANDING_KINDS.has(a.kind));
  set('agreedTerms', listed(sortByKind(terms), itemLine));
  set('paymentTerms', summaryOf(latest(terms.filter((a) => a.kind === 'payment-terms'))?.text));
  set('reschedulingRule', summaryOf(latest(terms.filter((a) => a.kind === 'rescheduling-rule'))?.text));

  // The call
  const call = focus.interactionId
    ? interactions.find((i) => i.id === focus.interactionId)
    : [...interactions].reverse().find((i) => i.channel === 'call' || i.channel === 'meeting');
  if (call) {
    const callDate = dateOf(call.at);
    set('callDate', date(callDate));
    set('callWhen', callDate ? relativeDay(callDate, today, language) : undefined);
    set('callSummary', summaryOf(call.summary));
    const made = agreements.filter((a) => a.interactionId === call.id && a.status !== 'cancelled');
    set('callAgreements', listed(sortByDue(made), itemLine));
  }

  const focused = focus.agreementId ? agreements.find((a) => a.id === focus.agreementId) : undefined;

  // The invoice
  const invoices = sortByDue(agreements.filter((a) => a.kind === 'invoice' && a.status === 'open'));
  const invoice =
    (focused?.kind === 'invoice' ? focused : undefined) ??
    invoices.find((a) => validDate(a.dueDate) && (a.dueDate as string) < today) ??
    invoices[0];
  if (invoice) {
    set('invoice', summaryOf(invoice.text));
    set('invoiceDueDate', date(invoice.dueDate));
  }

  // The completed agreement
  const completed =
    (focused?.status === 'done' ? focused : undefined) ??
    latest(agreements.filter((a) => a.status === 'done' && !STANDING_KINDS.has(a.kind) && a.kind !== 'invoice'));
  set('completedItem', summaryOf(completed?.text));

  // The moved date
  const dated = open.filter((a) => validDate(a.dueDate) && a.kind !== 'invoice');
  const moved =
    (focused && focused.kind !== 'invoice' ? focused : undefined) ??
    agreementMovedLast(dated) ??
    latest(dated);
  if (moved) {
    set('movedItem', summaryOf(moved.text));
    set('newDate', date(moved.dueDate));
  }
  const previousDate = focus.previousDate ?? moved?.previousDueDate;
  set('previousDate', previousDate === moved?.dueDate ? undefined : date(previousDate));

  // Important dates
  const dates = importantDateValues(contact.importantDates, today, focus.dateId, language);
  set('yearsTogether', dates.yearsTogether);
  set('projectName', dates.projectName);

  // The user
  const userName = cleanLine(user?.name);
  set('userName', userName);
  set('signature', cleanLines(user?.signature, 8) || userName);

  // Calendar
  set('today', date(today));
  set('year', validDate(today) ? today.slice(0, 4) : undefined);
  const season = validDate(today) ? seasonWords(today, language) : undefined;
  set('season', season?.season);
  set('seasonWish', season?.seasonWish);

  return { language, formality, today, values };
}

function safeCalendarDate(at: Timestamp | undefined, timeZone: string | undefined): CalendarDate | undefined {
  if (typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  try {
    const date = calendarDateOf(at, timeZone);
    return isCalendarDate(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

function validDate(date: unknown): date is CalendarDate {
  return typeof date === 'string' && isCalendarDate(date);
}

/** `heute` / `gestern` / `am 15. Januar 2027`; en `today` / `yesterday` / `on 15 January 2027`. */
function relativeDay(date: CalendarDate, today: CalendarDate, language: Language): string {
  const days = validDate(today) ? daysBetween(date, today) : NaN;
  if (days === 0) return language === 'de' ? 'heute' : 'today';
  if (days === 1) return language === 'de' ? 'gestern' : 'yesterday';
  return `${language === 'de' ? 'am' : 'on'} ${formatDate(date, language)}`;
}

/** `Zahlung: 14 Tage netto`, `Entwurf Startseite (bis 15. Januar 2027)`, `Rechnung 12 (fällig am …)`. */
function agreementLine(agreement: Agreement, language: Language): string {
  const label = TERM_LABELS[language][agreement.kind];
  const text = cleanLine(agreement.text);
  const due = formatDate(agreement.dueDate, language);
  const when = !due
    ? ''
    : agreement.kind === 'invoice'
      ? language === 'de'
        ? ` (fällig am ${due})`
        : ` (due ${due})`
      : language === 'de'
        ? ` (bis ${due})`
        : ` (by ${due})`;
  return `${label ? `${label}: ` : ''}${text}${when}`;
}

/** `- a\n- b`, at most eight items and a line saying how many more. */
function list(lines: readonly string[], language: Language): string {
  const items = lines.filter((line) => line !== '');
  if (items.length === 0) return '';
  const shown = items.slice(0, MAX_LIST_ITEMS).map((line) => `- ${line}`);
  const more = items.length - MAX_LIST_ITEMS;
  if (more > 0) shown.push(language === 'de' ? `- und ${more} weitere` : `- and ${more} more`);
  return shown.join('\n');
}

function sortByDue(agreements: readonly Agreement[]): Agreement[] {
  return [...agreements].sort((a, b) => {
    const ad = validDate(a.dueDate) ? a.dueDate : '\uffff';
    const bd = validDate(b.dueDate) ? b.dueDate : '\uffff';
    return ad < bd ? -1 : ad > bd ? 1 : (a.createdAt ?? 0) - (b.createdAt ?? 0);
  });
}

function sortByKind(agreements: readonly Agreement[]): Agreement[] {
  const order = ['payment-terms', 'rescheduling-rule', 'scope-included', 'scope-excluded'];
  return [...agreements].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.createdAt ?? 0) - (b.createdAt ?? 0));
}

/** The agreement whose due date moved most recently; undefined when none has moved. */
export function agreementMovedLast(agreements: readonly Agreement[]): Agreement | undefined {
  let best: Agreement | undefined;
  for (const agreement of agreements) {
    if (typeof agreement.dueDateMovedAt === 'number' && (!best || agreement.dueDateMovedAt > (best.dueDateMovedAt ?? 0))) best = agreement;
  }
  return best;
}

function latest(agreements: readonly Agreement[]): Agreement | undefined {
  let best: Agreement | undefined;
  for (const agreement of agreements) {
    if (!best || (agreement.updatedAt ?? 0) > (best.updatedAt ?? 0)) best = agreement;
  }
  return best;
}
