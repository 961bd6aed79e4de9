import type { Agreement, Contact } from '../domain/model';
import { organisationPlacer } from '../domain/organisation-placer';
import { paymentRecordOf } from '../domain/payment-record';
import { todayIn } from '../schedule/calendar';
import { isAgreementOverdue } from '../schedule/follow-up';
import type { RapportDatabase } from './open';

const STANDING_KINDS: ReadonlySet<string> = new Set(['payment-terms', 'rescheduling-rule', 'scope-included', 'scope-excluded']);
/** Someone added this recently who has agreed nothing yet is a new contact person. */
const NEW_PERSON_DAYS = 30;
const DAY = 86_400_000;
/** The card shows this many of what others agreed, the most pressing first; the organisation page has them all. */
export const BRIEF_AGREEMENTS = 8;

/** What the sidebar says about a person's organisation: what was agreed there through others, and how it pays. */
export interface OrganisationBrief {
  id: string;
  name: string;
  people: number;
  /**
   * Open agreements and terms in force made with the organisation through other people (who may have left): the
   * `BRIEF_AGREEMENTS` most pressing (overdue first, then terms in force, then by due date).
   */
  agreedByOthers: Agreement[];
  /** How many there are in all. */
  agreedByOthersCount: number;
  /** Who made the ones shown, by contact id. */
  names: Record<string, string>;
  lateWarning?: { late: number; of: number };
  /** New here and nothing of their own agreed yet, while others have: time to hand over. */
  newContactPerson: boolean;
}

/** The brief of the organisation a contact belongs to, or that a person on a page (company, addresses) points to. */
export async function readOrganisationBrief(
  db: RapportDatabase,
  person: { contact?: Contact; company?: string; emails?: readonly string[] },
  now = Date.now(),
): Promise<OrganisationBrief | undefined> {
  const tx = db.transaction(['organisations', 'contacts', 'agreements']);
  const organisations = tx.objectStore('organisations');
  const organisation = person.contact
    ? person.contact.organisationId
      ? await organisations.get(person.contact.organisationId)
      : undefined
    : organisationPlacer(await organisations.getAll(), now).find(person);
  if (!organisation) return undefined;
  const [people, agreed] = await Promise.all([
    tx.objectStore('contacts').index('byOrganisation').count(organisation.id),
    tx.objectStore('agreements').index('byOrganisation').getAll(organisation.id),
  ]);
  const contactId = person.contact?.id;
  const today = todayIn(undefined, now);
  const stillMatters = (agreement: Agreement) =>
    STANDING_KINDS.has(agreement.kind) ? agreement.status !== 'cancelled' : agreement.status === 'open';
  const allByOthers = agreed.filter((agreement) => agreement.contactId !== contactId && stillMatters(agreement));
  const agreedByOthers = allByOthers.sort(mostPressingFirst(today)).slice(0, BRIEF_AGREEMENTS);
  const names: Record<string, string> = {};
  const contacts = tx.objectStore('contacts');
  const makers = await Promise.all([...new Set(agreedByOthers.map((agreement) => agreement.contactId))].map((id) => contacts.get(id)));
  for (const maker of makers) if (maker) names[maker.id] = maker.displayName;
  const ownAgreements = agreed.some((agreement) => agreement.contactId === contactId);
  const recent = !person.contact || now - person.contact.createdAt < NEW_PERSON_DAYS * DAY;
  const { lateWarning } = paymentRecordOf(agreed, today);
  return {
    id: organisation.id,
    name: organisation.name,
    people,
    agreedByOthers,
    agreedByOthersCount: allByOthers.length,
    names,
    ...(lateWarning ? { lateWarning } : {}),
    newContactPerson: recent && !ownAgreements && agreedByOthers.length > 0,
  };
}

/** Overdue first, then standing terms (what a new contact person must know), then by due date (undated last), newest first. */
function mostPressingFirst(today: string) {
  return (a: Agreement, b: Agreement) =>
    Number(isAgreementOverdue(b, today)) - Number(isAgreementOverdue(a, today)) ||
    Number(STANDING_KINDS.has(b.kind)) - Number(STANDING_KINDS.has(a.kind)) ||
    (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff') ||
    b.createdAt - a.createdAt;
}
