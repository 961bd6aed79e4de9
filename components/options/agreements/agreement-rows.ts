import type { AgreementsOverview } from '../../../utils/db/contacts-query';
import type { Agreement, AgreementKind, CalendarDate } from '../../../utils/domain/model';
import { addDays } from '../../../utils/schedule/calendar';
import { isAgreementOverdue } from '../../../utils/schedule/follow-up';

export type AgreementView = 'open' | 'overdue' | 'due-soon';
export const AGREEMENT_VIEWS: readonly AgreementView[] = ['open', 'overdue', 'due-soon'];
/** "Due soon": today and the next two weeks. */
export const DUE_SOON_DAYS = 14;

export interface AgreementRow {
  agreement: Agreement;
  contactName?: string;
  /** The agreement's organisation, else its contact's company. */
  organisation?: string;
}

export interface AgreementFilter {
  view: AgreementView;
  kind?: AgreementKind;
  organisation?: string;
  today: CalendarDate;
}

export function agreementRows({ agreements, contacts }: AgreementsOverview): AgreementRow[] {
  return agreements.map((agreement) => {
    const contact = contacts.get(agreement.contactId);
    const organisation = agreement.organisation?.trim() || contact?.company?.trim() || undefined;
    return { agreement, contactName: contact?.displayName, organisation };
  });
}

/** Open agreements of a view, overdue first, then by due date; those without a date last. */
export function filterAgreements(rows: readonly AgreementRow[], filter: AgreementFilter): AgreementRow[] {
  const soon = addDays(filter.today, DUE_SOON_DAYS);
  const inView = (agreement: Agreement) => {
    if (agreement.status !== 'open') return false;
    if (filter.view === 'overdue') return isAgreementOverdue(agreement, filter.today);
    if (filter.view === 'due-soon') return agreement.dueDate !== undefined && agreement.dueDate >= filter.today && agreement.dueDate <= soon;
    return true;
  };
  return rows
    .filter(({ agreement, organisation }) => {
      if (!inView(agreement)) return false;
      if (filter.kind && agreement.kind !== filter.kind) return false;
      return !filter.organisation || organisation === filter.organisation;
    })
    .sort(
      (a, b) =>
        Number(b.agreement.dueDate !== undefined) - Number(a.agreement.dueDate !== undefined) ||
        (a.agreement.dueDate ?? '').localeCompare(b.agreement.dueDate ?? '') ||
        a.agreement.createdAt - b.agreement.createdAt,
    );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Organisations with at least one open agreement, for the filter. */
export function organisationsOf(rows: readonly AgreementRow[]): string[] {
  const names = new Set(rows.filter((row) => row.agreement.status === 'open' && row.organisation).map((row) => row.organisation as string));
  return [...names].sort(collator.compare);
}
