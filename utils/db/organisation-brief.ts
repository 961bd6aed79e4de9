import type { Agreement, Contact } from '../domain/model';
import { organisationPlacer } from '../domain/organisation-placer';
import { paymentRecordOf } from '../domain/payment-record';
import { todayIn } from '../schedule/calendar';
import type { RapportDatabase } from './open';

const STANDING_KINDS: ReadonlySet<string> = new Set(['payment-terms', 'rescheduling-rule', 'scope-included', 'scope-excluded']);
/** Someone added this recently who has agreed nothing yet is a new contact person. */
const NEW_PERSON_DAYS = 30;
const DAY = 86_400_000;

/** What the sidebar says about a person's organisation: what was agreed there through others, and how it pays. */
export interface OrganisationBrief {
  id: string;
  name: string;
  people: number;
  /** Open agreements and terms in force made with the organisation through other people (who may have left). */
  agreedByOthers: Agreement[];
  /** Who made them, by contact id. */
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
  const [members, agreed] = await Promise.all([
    tx.objectStore('contacts').index('byOrganisation').getAllKeys(organisation.id),
    tx.objectStore('agreements').index('byOrganisation').getAll(organisation.id),
  ]);
  const contactId = person.contact?.id;
  const stillMatters = (agreement: Agreement) =>
    STANDING_KINDS.has(agreement.kind) ? agreement.status !== 'cancelled' : agreement.status === 'open';
  const agreedByOthers = agreed.filter((agreement) => agreement.contactId !== contactId && stillMatters(agreement));
  const names: Record<string, string> = {};
  for (const id of new Set(agreedByOthers.map((agreement) => agreement.contactId))) {
    const other = await tx.objectStore('contacts').get(id);
    if (other) names[id] = other.displayName;
  }
  const ownAgreements = agreed.some((agreement) => agreement.contactId === contactId);
  const recent = !person.contact || now - person.contact.createdAt < NEW_PERSON_DAYS * DAY;
  const { lateWarning } = paymentRecordOf(agreed, todayIn(undefined, now));
  return {
    id: organisation.id,
    name: organisation.name,
    people: members.length,
    agreedByOthers,
    names,
    ...(lateWarning ? { lateWarning } : {}),
    newContactPerson: recent && !ownAgreements && agreedByOthers.length > 0,
  };
}
