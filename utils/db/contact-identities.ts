import { linkedinSlugFrom } from '../domain/identity';
import type { Contact } from '../domain/model';
import { abandon } from './abandon';
import { dropUndefined, uniqueEmails } from './contacts-repo';
import type { RapportDatabase } from './open';
import { putSynced, withSyncMeta } from './sync-marks';

export interface IdentityConflict {
  /** The email address or LinkedIn slug that is taken. */
  identity: string;
  contactId: string;
  displayName: string;
}

export type IdentitiesResult = { ok: true; contact: Contact } | { ok: false; conflict: IdentityConflict };

/**
 * Replaces a contact's email addresses and LinkedIn profile (normalised) in one transaction.
 * An identity that belongs to another contact is refused with that contact named, so the user can merge.
 */
export async function setContactIdentities(
  db: RapportDatabase,
  contactId: string,
  identities: { emails: readonly string[]; linkedin?: string },
  now = Date.now(),
): Promise<IdentitiesResult> {
  const emails = uniqueEmails(identities.emails);
  const linkedinSlug = identities.linkedin?.trim() ? linkedinSlugFrom(identities.linkedin) : undefined;
  if (identities.linkedin?.trim() && !linkedinSlug) throw new Error('This is not a LinkedIn profile address.');
  const tx = db.transaction(withSyncMeta(['contacts']), 'readwrite');
  try {
    const contact = await tx.objectStore('contacts').get(contactId);
    if (!contact) throw new Error(`No contact ${contactId}.`);
    const claims: Array<{ identity: string; index: 'byEmail' | 'byLinkedinSlug' }> = emails.map((email) => ({ identity: email, index: 'byEmail' }));
    if (linkedinSlug) claims.push({ identity: linkedinSlug, index: 'byLinkedinSlug' });
    const owners = await Promise.all(claims.map((claim) => tx.objectStore('contacts').index(claim.index).get(claim.identity)));
    const taken = claims.findIndex((_, index) => owners[index] && owners[index].id !== contactId);
    const owner = owners[taken];
    if (owner) {
      await abandon(tx);
      return { ok: false, conflict: { identity: claims[taken]?.identity ?? '', contactId: owner.id, displayName: owner.displayName } };
    }
    const next: Contact = dropUndefined({ ...contact, emails, linkedinSlug, updatedAt: now });
    await putSynced(tx, 'contacts', next, { previous: contact, now });
    await tx.done;
    return { ok: true, contact: next };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}
