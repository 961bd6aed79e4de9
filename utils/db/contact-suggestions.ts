import type { Contact } from '../domain/model';
import { nameMatcher } from '../domain/name-similarity';
import type { RapportDatabase } from './open';

const MIN_SIMILARITY = 0.45;

/** Contacts whose names resemble `name`, best first: candidates to link a newly seen profile or address to. */
export async function suggestContactsByName(db: RapportDatabase, name: string, limit = 5): Promise<Contact[]> {
  const similarity = nameMatcher(name);
  const scored: Array<{ contact: Contact; score: number }> = [];
  // One getAll is several times faster than a cursor step per contact.
  for (const contact of await db.getAll('contacts')) {
    const score = similarity(contact.displayName);
    if (score >= MIN_SIMILARITY) scored.push({ contact, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.contact.displayName.localeCompare(b.contact.displayName))
    .slice(0, limit)
    .map(({ contact }) => contact);
}
