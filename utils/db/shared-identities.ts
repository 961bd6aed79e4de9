import type { RapportDatabase } from './open';

/** Contacts per read: each page is one request, and other transactions can run between pages. */
const PAGE = 2_500;

/**
 * The contacts that share an email address or LinkedIn profile with another contact, found by reading every contact
 * once in pages and grouping them by identity in memory. After a pull of thousands of contacts this replaces two to
 * four lookups per contact; a key cursor over the two identity indexes, one browser round trip per entry, took five
 * to seven times as long at 10,000 contacts (docs/benchmarks.md).
 */
export async function contactsSharingAnIdentity(db: RapportDatabase, pageSize = PAGE): Promise<Set<string>> {
  const holders = new Map<string, string | string[]>();
  const hold = (identity: string, contactId: string) => {
    const known = holders.get(identity);
    if (known === undefined) holders.set(identity, contactId);
    else if (typeof known === 'string') holders.set(identity, [known, contactId]);
    else known.push(contactId);
  };
  const tx = db.transaction('contacts');
  for (let after: string | undefined; ; ) {
    const page = await tx.store.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), pageSize);
    for (const contact of page) {
      // As the indexes hold them: the multi-entry email index once per distinct address, the slug index once.
      for (const email of new Set(contact.emails)) hold(`email:${email}`, contact.id);
      if (typeof contact.linkedinSlug === 'string') hold(`linkedin:${contact.linkedinSlug}`, contact.id);
    }
    const last = page.at(-1);
    if (page.length < pageSize || last === undefined) break;
    after = last.id;
  }
  await tx.done;
  const sharing = new Set<string>();
  for (const ids of holders.values()) if (typeof ids !== 'string') for (const id of ids) sharing.add(id);
  return sharing;
}
