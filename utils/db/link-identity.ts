import type { Contact } from '../domain/model';
import { linkedinSlugFrom } from '../domain/identity';
import { DuplicateIdentityError, dropUndefined, uniqueEmails } from './contacts-repo';
import type { RapportDatabase } from './open';
import { putSynced, withSyncMeta } from './sync-marks';

export class IdentityConflictError extends Error {
  constructor() {
    super('This contact already has another LinkedIn profile.');
  }
}

/** Links a LinkedIn profile or email addresses to an existing contact, so a Gmail and a LinkedIn person become one. */
export async function linkIdentity(
  db: RapportDatabase,
  contactId: string,
  identity: { linkedinSlug?: string; emails?: readonly string[] },
  now = Date.now(),
): Promise<Contact> {
  const tx = db.transaction(withSyncMeta(['contacts']), 'readwrite');
  const fail = async (error: Error) => {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  };
  const contact = await tx.objectStore('contacts').get(contactId);
  if (!contact) return fail(new Error(`No contact ${contactId}.`));
  const slug = identity.linkedinSlug ? linkedinSlugFrom(identity.linkedinSlug) : undefined;
  const emails = uniqueEmails(identity.emails);
  if (slug) {
    const owner = await tx.objectStore('contacts').index('byLinkedinSlug').getKey(slug);
    if (owner !== undefined && owner !== contactId) return fail(new DuplicateIdentityError(owner));
    if (contact.linkedinSlug && contact.linkedinSlug !== slug) return fail(new IdentityConflictError());
  }
  for (const email of emails) {
    const owner = await tx.objectStore('contacts').index('byEmail').getKey(email);
    if (owner !== undefined && owner !== contactId) return fail(new DuplicateIdentityError(owner));
  }
  const linked = dropUndefined<Contact>({
    ...contact,
    linkedinSlug: slug ?? contact.linkedinSlug,
    emails: uniqueEmails([...contact.emails, ...emails]),
    updatedAt: now,
  });
  await putSynced(tx, 'contacts', linked, { previous: contact, now });
  await tx.done;
  return linked;
}
