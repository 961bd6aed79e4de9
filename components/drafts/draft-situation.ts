import { agreementMovedLast, type DraftFocus, type DraftKind, type DraftSituation } from '../../utils/drafts';
import type { Agreement, AgreementKind, CalendarDate, Interaction } from '../../utils/domain/model';
import type { DraftContextData } from '../../utils/messaging/requests/drafts';
import { calendarDateOf, daysBetween } from '../../utils/schedule/calendar';
import { followUpState, isAgreementOverdue } from '../../utils/schedule/follow-up';
import { dateDraftOf } from './date-draft';

/** A call, a completed agreement or a moved date counts as "just happened" on its day and the two days after. */
export const RECENT_DAYS = 2;

const STANDING_KINDS: ReadonlySet<AgreementKind> = new Set(['payment-terms', 'rescheduling-rule', 'scope-included', 'scope-excluded']);

export interface DraftOccasion {
  situation: DraftSituation;
  /** What the draft of each kind is about. */
  focus: Partial<Record<DraftKind, DraftFocus>>;
}

/** The call or meeting that just happened: the newest interaction, if it is one and is recent. */
export function justHadCall(interactions: readonly Interaction[], today: CalendarDate, timeZone?: string): Interaction | undefined {
  const newest = newestInteraction(interactions);
  return newest && (newest.channel === 'call' || newest.channel === 'meeting') && isRecent(newest.at, today, timeZone) ? newest : undefined;
}

function isRecent(at: number, today: CalendarDate, timeZone?: string): boolean {
  const days = daysBetween(calendarDateOf(at, timeZone), today);
  return days >= 0 && days <= RECENT_DAYS;
}

/** What happened lately and what is due, read from the contact's data. A company change only the caller can know. */
export function draftOccasionOf(data: DraftContextData, today: CalendarDate, timeZone?: string): DraftOccasion {
  const recent = (at: number) => isRecent(at, today, timeZone);
  const call = justHadCall(data.interactions, today, timeZone);
  const completed = latestUpdated(
    data.agreements.filter((a) => a.status === 'done' && !STANDING_KINDS.has(a.kind) && a.kind !== 'invoice' && recent(a.updatedAt)),
  );
  const moved = agreementMovedLast(
    data.agreements.filter((a) => a.status === 'open' && a.kind !== 'invoice' && a.dueDate !== undefined && recentMove(a, recent)),
  );
  const overdueInvoice = data.agreements
    .filter((a) => a.kind === 'invoice' && isAgreementOverdue(a, today))
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))[0];
  const followUp = followUpState(data.contact, today);
  const predecessor = data.colleagues[0]?.displayName;

  const focus: DraftOccasion['focus'] = {};
  if (call) focus['call-summary'] = { interactionId: call.id };
  if (completed) focus['thank-you'] = { agreementId: completed.id };
  if (moved) focus.reschedule = { agreementId: moved.id, ...(moved.previousDueDate ? { previousDate: moved.previousDueDate } : {}) };
  if (overdueInvoice) {
    focus['payment-reminder-first'] = { agreementId: overdueInvoice.id };
    focus['payment-reminder-second'] = { agreementId: overdueInvoice.id };
  }
  if (predecessor) focus.handover = { predecessorName: predecessor };
  const dated = dateDraftOf(data.contact.importantDates, today);
  if (dated) focus[dated.kind] = { dateId: dated.dateId };

  return {
    situation: {
      ...(call ? { callLogged: true } : {}),
      ...(completed ? { agreementCompleted: true } : {}),
      ...(moved ? { dateMoved: true } : {}),
      ...(overdueInvoice ? { invoiceOverdue: true } : {}),
      ...(followUp === 'overdue' || followUp === 'due-today' ? { followUpDue: true } : {}),
      ...(dated ? { importantDate: dated.kind } : {}),
    },
    focus,
  };
}

function newestInteraction(interactions: readonly Interaction[]): Interaction | undefined {
  let newest: Interaction | undefined;
  for (const interaction of interactions) if (!newest || interaction.at > newest.at) newest = interaction;
  return newest;
}

function recentMove(agreement: Agreement, recent: (at: number) => boolean): boolean {
  return typeof agreement.dueDateMovedAt === 'number' && recent(agreement.dueDateMovedAt);
}

function latestUpdated(agreements: readonly Agreement[]): Agreement | undefined {
  let latest: Agreement | undefined;
  for (const agreement of agreements) if (!latest || agreement.updatedAt > latest.updatedAt) latest = agreement;
  return latest;
}
