import type { Agreement, AgreementKind, AgreementStatus, CalendarDate } from '../domain/model';
import type { RapportDatabase } from './open';
import { dropUndefined } from './contacts-repo';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import { calendarDateOf } from '../schedule/calendar';
import { putSynced, withSyncMeta } from './sync-marks';

export interface NewAgreementInput {
  contactId: string;
  kind: AgreementKind;
  text: string;
  dueDate?: CalendarDate;
  organisation?: string;
  owner?: Agreement['owner'];
  interactionId?: string;
  amount?: number;
  currency?: string;
}

export type AgreementPatch = Partial<
  Pick<Agreement, 'kind' | 'text' | 'dueDate' | 'status' | 'organisation' | 'owner' | 'paidOn' | 'amount' | 'currency'>
>;

export async function addAgreement(db: RapportDatabase, input: NewAgreementInput, now = Date.now()): Promise<Agreement> {
  const tx = openAgreementWrite(db);
  const contact = await tx.objectStore('contacts').get(input.contactId);
  const problem = !contact
    ? `No contact ${input.contactId}.`
    : input.interactionId !== undefined && (await tx.objectStore('interactions').get(input.interactionId))?.contactId !== input.contactId
      ? `No interaction ${input.interactionId} with this contact.`
      : undefined;
  if (problem) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(problem);
  }
  const agreement = dropUndefined<Agreement>({
    id: crypto.randomUUID(),
    organisationId: contact?.organisationId,
    ...input,
    status: 'open',
    createdAt: now,
    updatedAt: now,
  });
  await putSynced(tx, 'agreements', agreement, { previous: null, add: true, now });
  await rescheduleContact(tx, agreement.contactId);
  await tx.done;
  return agreement;
}

export async function updateAgreement(db: RapportDatabase, id: string, patch: AgreementPatch, now = Date.now()): Promise<Agreement> {
  const tx = openAgreementWrite(db);
  const agreements = tx.objectStore('agreements');
  const current = await agreements.get(id);
  if (!current) throw new Error(`No agreement ${id}.`);
  const next = dropUndefined<Agreement>({ ...current, ...patch, id, updatedAt: now, ...movedDueDate(current, patch, now) });
  for (const field of ['dueDate', 'paidOn', 'amount', 'currency'] as const) if (field in patch && (patch[field] === undefined || patch[field] === '')) delete next[field];
  // The payment record: an invoice marked done was paid that day unless the user says another.
  if (next.kind === 'invoice' && next.status === 'done' && current.status !== 'done' && !next.paidOn) next.paidOn = calendarDateOf(now);
  if (next.status !== 'done') delete next.paidOn;
  await putSynced(tx, 'agreements', next, { previous: current, now });
  if (next.status !== current.status) await rescheduleContact(tx, next.contactId);
  await tx.done;
  return next;
}

/** A due date replaced by another one is a moved date; setting a first date or removing it is not. */
function movedDueDate(current: Agreement, patch: AgreementPatch, now: number): Pick<Agreement, 'previousDueDate' | 'dueDateMovedAt'> {
  const moved = Boolean(current.dueDate) && Boolean(patch.dueDate) && patch.dueDate !== current.dueDate;
  return moved ? { previousDueDate: current.dueDate, dueDateMovedAt: now } : {};
}

export async function agreementsOf(db: RapportDatabase, contactId: string, status?: AgreementStatus): Promise<Agreement[]> {
  const all = await db.getAllFromIndex('agreements', 'byContact', contactId);
  return status ? all.filter((agreement) => agreement.status === status) : all;
}

type AgreementWriteTransaction = ReturnType<typeof openAgreementWrite>;
function openAgreementWrite(db: RapportDatabase) {
  return db.transaction(withSyncMeta(['agreements', 'contacts', 'interactions', 'settings']), 'readwrite');
}

/** Opening or closing an agreement can switch a contact between its project and between-projects cadence. */
async function rescheduleContact(tx: AgreementWriteTransaction, contactId: string): Promise<void> {
  const contacts = tx.objectStore('contacts');
  const contact = await contacts.get(contactId);
  if (!contact) return;
  const facts = await readScheduleFacts(
    { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') },
    contactId,
  );
  const rescheduled = withFollowUp(contact, facts);
  if (rescheduled.nextFollowUp !== contact.nextFollowUp) await putSynced(tx, 'contacts', rescheduled, { previous: contact });
}
