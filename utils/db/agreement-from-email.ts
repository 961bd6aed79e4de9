import type { Agreement, AgreementKind, CalendarDate, Direction } from '../domain/model';
import { dropUndefined } from './contacts-repo';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import { logInteractionsIn, openInteractionWrite } from './interactions-repo';
import type { RapportDatabase } from './open';
import { putSynced } from './sync-marks';

export interface AgreementFromEmailInput {
  contactId: string;
  kind: AgreementKind;
  text: string;
  dueDate?: CalendarDate;
  amount?: number;
  currency?: string;
  messageId: string;
  conversationUrl: string;
  subject?: string;
  /** When the message was sent, if the page showed it; otherwise the moment the user read it. */
  at?: number;
  direction?: Direction;
}

export const gmailSourceKey = (messageId: string, contactId: string) => `gmail:${messageId}:${contactId}`;

/**
 * "Agreed in this email": the agreement is linked to the email's interaction (logged now if it was not yet),
 * so it can lead back to the conversation later. One transaction.
 */
export async function addAgreementFromEmail(db: RapportDatabase, input: AgreementFromEmailInput, now = Date.now()): Promise<Agreement> {
  const tx = openInteractionWrite(db);
  const sourceKey = gmailSourceKey(input.messageId, input.contactId);
  await logInteractionsIn(
    tx,
    [
      {
        contactId: input.contactId,
        at: Math.min(input.at ?? now, now),
        channel: 'email',
        direction: input.direction ?? 'mutual',
        summary: input.subject || undefined,
        sourceKey,
        sourceUrl: input.conversationUrl,
      },
    ],
    now,
  );
  const interactionId = await tx.objectStore('interactions').index('bySourceKey').getKey(sourceKey);
  const contacts = tx.objectStore('contacts');
  const contact = await contacts.get(input.contactId);
  const agreement = dropUndefined<Agreement>({
    id: crypto.randomUUID(),
    contactId: input.contactId,
    kind: input.kind,
    text: input.text,
    dueDate: input.dueDate,
    amount: input.amount,
    currency: input.amount === undefined ? undefined : input.currency,
    status: 'open',
    interactionId,
    organisationId: contact?.organisationId,
    createdAt: now,
    updatedAt: now,
  });
  await putSynced(tx, 'agreements', agreement, { previous: null, add: true, now });
  if (contact) {
    const facts = await readScheduleFacts(
      { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') },
      input.contactId,
    );
    await putSynced(tx, 'contacts', withFollowUp(contact, facts), { previous: contact, now });
  }
  await tx.done;
  return agreement;
}
