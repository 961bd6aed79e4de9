import type { Contact } from '../domain/model';
import { nameKey } from '../domain/text';
import { findContactByIdentity } from './contacts-repo';
import type { RapportDatabase } from './open';

/** A LinkedIn chat partner as the page names them: messaging links rarely carry the vanity slug. */
export interface LinkedInPartner {
  name: string;
  slug?: string;
}

/**
 * The contact a chat partner is: by slug, else the one contact whose name is the partner's (case and
 * accents ignored). Two contacts of that name are no match: a message is never given to the wrong person.
 */
export async function findLinkedInPartners(db: RapportDatabase, partners: readonly LinkedInPartner[]): Promise<(Contact | undefined)[]> {
  let byName: Map<string, Contact | null> | undefined;
  const found: (Contact | undefined)[] = [];
  for (const partner of partners) {
    const bySlug = partner.slug ? await findContactByIdentity(db, { linkedinSlug: partner.slug }) : undefined;
    if (bySlug) {
      found.push(bySlug);
      continue;
    }
    byName ??= await contactsByName(db);
    found.push(byName.get(nameKey(partner.name)) ?? undefined);
  }
  return found;
}

async function contactsByName(db: RapportDatabase): Promise<Map<string, Contact | null>> {
  const byName = new Map<string, Contact | null>();
  for (const contact of await db.getAll('contacts')) {
    const key = nameKey(contact.displayName);
    byName.set(key, byName.has(key) ? null : contact);
  }
  return byName;
}
