import type { RapportDatabase } from '../db/open';
import { mergeContacts, type MergeLabels } from '../db/merge-contacts';
import { contactsSharingAnIdentity } from '../db/shared-identities';
import type { Contact } from '../domain/model';

/**
 * The same person created on two devices (same email address or LinkedIn profile) becomes one contact, by
 * the app's own merge rules. Every device picks the same survivor (the older one, then the smaller id), so
 * both arrive at the same contact.
 */
export async function mergeSamePeople(db: RapportDatabase, contactIds: readonly string[], labels: MergeLabels): Promise<number> {
  let merged = 0;
  for (const contactId of await withSameIdentity(db, contactIds)) {
    const contact = await db.get('contacts', contactId);
    if (!contact || contact.localOnly) continue;
    const others = await sameIdentity(db, contact);
    for (const other of others) {
      if (other.localOnly) continue;
      const [keep, gone] = survivorFirst(contact, other);
      const [stillKeep, stillGone] = await Promise.all([db.get('contacts', keep.id), db.get('contacts', gone.id)]);
      if (!stillKeep || !stillGone) continue;
      await mergeContacts(db, keep.id, gone.id, labels);
      merged += 1;
    }
  }
  return merged;
}

/**
 * Of the given contacts, those that share an email or LinkedIn profile with another (a sync brings thousands of
 * contacts, nearly all without such a match). A merge only joins what was already shared, so a contact without a
 * match here gets none from the merges of the others. When the contacts are a good part of all (a first pull), reading
 * every contact once costs less than looking each one's identities up.
 */
export async function withSameIdentity(db: RapportDatabase, contactIds: readonly string[]): Promise<string[]> {
  if (contactIds.length === 0) return [];
  if (contactIds.length * READ_ALL_FROM_SHARE >= (await db.count('contacts'))) {
    const sharing = await contactsSharingAnIdentity(db);
    return contactIds.filter((contactId) => sharing.has(contactId));
  }
  return lookUpSameIdentity(db, contactIds);
}

/** Every contact is read from one contact in this many on. */
const READ_ALL_FROM_SHARE = 4;

/** Each contact read and its identities looked up, in one transaction. */
export async function lookUpSameIdentity(db: RapportDatabase, contactIds: readonly string[]): Promise<string[]> {
  const tx = db.transaction('contacts');
  const found = await Promise.all(
    contactIds.map(async (contactId) => {
      const contact = await tx.store.get(contactId);
      if (!contact || contact.localOnly) return false;
      const lookups = [
        ...(contact.linkedinSlug ? [tx.store.index('byLinkedinSlug').getAllKeys(contact.linkedinSlug)] : []),
        ...contact.emails.map((email) => tx.store.index('byEmail').getAllKeys(email)),
      ];
      return (await Promise.all(lookups)).some((keys) => keys.some((key) => key !== contactId));
    }),
  );
  await tx.done;
  return contactIds.filter((_, index) => found[index]);
}

async function sameIdentity(db: RapportDatabase, contact: Contact): Promise<Contact[]> {
  const found = new Map<string, Contact>();
  const tx = db.transaction('contacts');
  if (contact.linkedinSlug) for (const other of await tx.store.index('byLinkedinSlug').getAll(contact.linkedinSlug)) found.set(other.id, other);
  for (const email of contact.emails) for (const other of await tx.store.index('byEmail').getAll(email)) found.set(other.id, other);
  found.delete(contact.id);
  return [...found.values()];
}

function survivorFirst(a: Contact, b: Contact): [Contact, Contact] {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id) ? [a, b] : [b, a];
}
