import type { Agreement, Contact, Interaction } from '../domain/model';
import { abandon } from './abandon';
import { recordContactTimes, replaceContactTimes } from './contact-times';
import { DuplicateIdentityError } from './contacts-repo';
import { readScheduleFacts, withFollowUp } from './follow-up-sync';
import type { RapportDatabase } from './open';
import { deleteSynced, putSynced, withSyncMeta } from './sync-marks';

/** Everything a contact owns, as it was when deleted: enough to undo the deletion exactly. */
export interface DeletedContact {
  contact: Contact;
  interactions: Interaction[];
  agreements: Agreement[];
}

/** Deletes a contact with its interactions and agreements in ONE transaction and returns what was deleted. */
export async function deleteContact(db: RapportDatabase, contactId: string): Promise<DeletedContact> {
  const tx = db.transaction(withSyncMeta(['contacts', 'interactions', 'agreements', 'contactTimes']), 'readwrite');
  try {
    const [contact, interactions, agreements] = await Promise.all([
      tx.objectStore('contacts').get(contactId),
      tx.objectStore('interactions').index('byContactAt').getAll(IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity])),
      tx.objectStore('agreements').index('byContact').getAll(contactId),
    ]);
    if (!contact) throw new Error(`No contact ${contactId}.`);
    await Promise.all([
      deleteSynced(tx, 'contacts', contact),
      ...interactions.map((interaction) => deleteSynced(tx, 'interactions', interaction)),
      ...agreements.map((agreement) => deleteSynced(tx, 'agreements', agreement)),
    ]);
    await replaceContactTimes(tx.objectStore('contactTimes'), contactId, [], Date.now());
    await tx.done;
    return { contact, interactions, agreements };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

/**
 * Puts a deleted contact back with everything it owned, in ONE transaction. Refused (nothing written)
 * when another contact has taken one of its identities in the meantime. An interaction whose email
 * was logged again elsewhere meanwhile is not doubled.
 */
export async function restoreDeletedContact(db: RapportDatabase, deleted: DeletedContact): Promise<Contact> {
  const { contact } = deleted;
  if (deleted.interactions.some((i) => i.contactId !== contact.id) || deleted.agreements.some((a) => a.contactId !== contact.id)) {
    throw new Error('The records to restore belong to another contact.');
  }
  const tx = db.transaction(withSyncMeta(['contacts', 'interactions', 'agreements', 'settings', 'contactTimes']), 'readwrite');
  try {
    const contacts = tx.objectStore('contacts');
    const interactions = tx.objectStore('interactions');
    const [existing, slugOwner, ...emailOwners] = await Promise.all([
      contacts.getKey(contact.id),
      contact.linkedinSlug ? contacts.index('byLinkedinSlug').getKey(contact.linkedinSlug) : undefined,
      ...contact.emails.map((email) => contacts.index('byEmail').getKey(email)),
    ]);
    if (existing !== undefined) throw new Error('This contact exists already.');
    const owner = [slugOwner, ...emailOwners].find((id) => id !== undefined);
    if (owner !== undefined) throw new DuplicateIdentityError(owner);
    const loggedAgain = await Promise.all(
      deleted.interactions.map((i) => (i.sourceKey === undefined ? undefined : interactions.index('bySourceKey').getKey(i.sourceKey))),
    );
    const putBack = deleted.interactions.filter((_, index) => loggedAgain[index] === undefined);
    await Promise.all([
      ...putBack.map((interaction) => putSynced(tx, 'interactions', interaction, { previous: null, add: true })),
      ...deleted.agreements.map((agreement) => putSynced(tx, 'agreements', agreement, { previous: null, add: true })),
    ]);
    await recordContactTimes(tx.objectStore('contactTimes'), putBack, Date.now());
    const facts = await readScheduleFacts(
      { agreementsByContact: tx.objectStore('agreements').index('byContact'), settings: tx.objectStore('settings') },
      contact.id,
    );
    const restored = withFollowUp(contact, facts);
    await putSynced(tx, 'contacts', restored, { previous: null, add: true });
    await tx.done;
    return restored;
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}
