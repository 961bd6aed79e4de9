import type { Agreement, AgreementKind, CalendarDate, Channel, Contact, ImportantDateKind, Timestamp } from '../domain/model';
import { daysBetween } from './calendar';
import { isAgreementOverdue } from './follow-up';
import { datesDueOn } from './important-dates';

export type DueContact = Pick<Contact, 'id' | 'displayName' | 'company' | 'nextFollowUp' | 'lastContactAt' | 'lastContactChannel'>;
export type DueAgreement = Pick<Agreement, 'id' | 'contactId' | 'kind' | 'text' | 'dueDate' | 'status' | 'owner'>;

export type DueReason =
  | { kind: 'cadence'; dueDate: CalendarDate }
  | {
      kind: 'agreement';
      agreementId: string;
      agreementKind: AgreementKind;
      text: string;
      dueDate: CalendarDate;
      owner?: Agreement['owner'];
    }
  | {
      kind: 'date';
      dateId: string;
      dateKind: ImportantDateKind;
      label?: string;
      /** The day itself; `dueDate` is when the reminder began to show. */
      occursOn: CalendarDate;
      dueDate: CalendarDate;
      /** Age or years of working together on that day, when the year is known. */
      years?: number;
    };

export interface DueItem {
  /** Unique and stable across rebuilds (`cadence:<contactId>`, `agreement:<agreementId>`, `date:<contactId>:<dateId>`): a list key. */
  key: string;
  /** `displayName` is missing when the agreement's contact was not among `contacts`. */
  who: { contactId: string; displayName?: string; company?: string };
  why: DueReason;
  /** 0 = due today; an important date ahead of its day is negative (days to go). */
  daysOverdue: number;
  lastContactAt?: Timestamp;
  lastContactChannel?: Channel;
}

export interface DueListInput {
  /** Contacts with a follow-up due, plus the contacts of the agreements (for names and last contact). */
  contacts: readonly DueContact[];
  /** Open agreements past their due date; any other agreement is ignored. */
  overdueAgreements: readonly DueAgreement[];
  /** Contacts with an important date whose reminder may show today (the others are ignored). */
  datedContacts?: ReadonlyArray<DueContact & Pick<Contact, 'importantDates'>>;
  today: CalendarDate;
}

/**
 * What the popup lists: each follow-up due today or earlier and each overdue agreement, most overdue
 * first; on the same day agreements (a concrete promise) before cadence reminders, then by name.
 * A contact can appear twice: once for its cadence, once per overdue agreement.
 */
export function buildDueList({ contacts, overdueAgreements, datedContacts = [], today }: DueListInput): DueItem[] {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const items: DueItem[] = [];
  for (const contact of byId.values()) {
    const dueDate = contact.nextFollowUp;
    if (dueDate === undefined || dueDate > today) continue;
    items.push({
      key: `cadence:${contact.id}`,
      who: who(contact.id, contact),
      why: { kind: 'cadence', dueDate },
      daysOverdue: daysBetween(dueDate, today),
      ...lastContact(contact),
    });
  }
  const seen = new Set<string>();
  for (const agreement of overdueAgreements) {
    if (!isAgreementOverdue(agreement, today) || agreement.dueDate === undefined || seen.has(agreement.id)) continue;
    seen.add(agreement.id);
    const contact = byId.get(agreement.contactId);
    items.push({
      key: `agreement:${agreement.id}`,
      who: who(agreement.contactId, contact),
      why: {
        kind: 'agreement',
        agreementId: agreement.id,
        agreementKind: agreement.kind,
        text: agreement.text,
        dueDate: agreement.dueDate,
        ...(agreement.owner ? { owner: agreement.owner } : {}),
      },
      daysOverdue: daysBetween(agreement.dueDate, today),
      ...lastContact(contact),
    });
  }
  const dated = new Set<string>();
  for (const contact of datedContacts) {
    if (dated.has(contact.id)) continue;
    dated.add(contact.id);
    for (const upcoming of datesDueOn(contact.importantDates, today)) {
      const { date } = upcoming;
      items.push({
        key: `date:${contact.id}:${date.id}`,
        who: who(contact.id, contact),
        why: {
          kind: 'date',
          dateId: date.id,
          dateKind: date.kind,
          ...(date.label ? { label: date.label } : {}),
          occursOn: upcoming.occursOn,
          dueDate: upcoming.remindFrom,
          ...(upcoming.years !== undefined ? { years: upcoming.years } : {}),
        },
        daysOverdue: -upcoming.daysUntil || 0, // never -0
        ...lastContact(contact),
      });
    }
  }
  return items.sort(mostOverdueFirst);
}

function who(contactId: string, contact: DueContact | undefined): DueItem['who'] {
  return {
    contactId,
    ...(contact ? { displayName: contact.displayName } : {}),
    ...(contact?.company ? { company: contact.company } : {}),
  };
}

function lastContact(contact: DueContact | undefined): Pick<DueItem, 'lastContactAt' | 'lastContactChannel'> {
  return {
    ...(contact?.lastContactAt !== undefined ? { lastContactAt: contact.lastContactAt } : {}),
    ...(contact?.lastContactChannel ? { lastContactChannel: contact.lastContactChannel } : {}),
  };
}

const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function mostOverdueFirst(a: DueItem, b: DueItem): number {
  return (
    b.daysOverdue - a.daysOverdue ||
    Number(b.why.kind === 'agreement') - Number(a.why.kind === 'agreement') ||
    names.compare(a.who.displayName ?? '', b.who.displayName ?? '') ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** What the badge counts; the worker gets these from index counts, the popup from its list. */
export interface DueCounts {
  followUpsDueToday: number;
  followUpsOverdue: number;
  agreementsOverdue: number;
  /** Important dates whose reminder shows today (from N days before until the day); never "overdue". */
  datesDue?: number;
}

export type BadgeState = 'none' | 'due-today' | 'overdue';

export interface Badge {
  /** '' at zero, '1'–'99', then '99+'. */
  text: string;
  /** Colour: 'overdue' when anything is past due, else 'due-today' when something is due today. */
  state: BadgeState;
  count: number;
}

export const BADGE_MAX = 99;

/**
 * The toolbar badge from counts. Each follow-up and each overdue agreement counts once, as in the
 * due list (a contact with an overdue cadence and an overdue agreement counts twice).
 * Counts that are not whole non-negative numbers count as zero.
 */
export function badgeSummary(counts: DueCounts): Badge {
  const dueToday = wholeCount(counts.followUpsDueToday) + wholeCount(counts.datesDue);
  const overdue = wholeCount(counts.followUpsOverdue) + wholeCount(counts.agreementsOverdue);
  const count = dueToday + overdue;
  return {
    text: count === 0 ? '' : count > BADGE_MAX ? `${BADGE_MAX}+` : String(count),
    state: overdue > 0 ? 'overdue' : dueToday > 0 ? 'due-today' : 'none',
    count,
  };
}

/** The counts a due list stands for, so the popup's badge matches what it shows. */
export function dueCountsOf(items: readonly DueItem[]): DueCounts {
  const counts: DueCounts = { followUpsDueToday: 0, followUpsOverdue: 0, agreementsOverdue: 0 };
  for (const item of items) {
    if (item.why.kind === 'agreement') counts.agreementsOverdue += 1;
    else if (item.why.kind === 'date') counts.datesDue = (counts.datesDue ?? 0) + 1;
    else if (item.daysOverdue > 0) counts.followUpsOverdue += 1;
    else counts.followUpsDueToday += 1;
  }
  return counts;
}

function wholeCount(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
