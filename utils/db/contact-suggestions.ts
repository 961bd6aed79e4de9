import type { Contact } from '../domain/model';
import { nameSimilarity } from '../domain/name-similarity';
import type { RapportDatabase } from './open';

const MIN_SIMILARITY = 0.45;

/** Contacts whose names resemble `name`, best first: candidates to link a newly seen profile or address to. */
export async function suggestContactsByName(db: RapportDatabase, name: string, limit = 5): Promise<Contact[]> {
  const scored: Array<{ contact: Contact; score: number }> = [];
  let cursor = await db.transaction('contacts').store.openCursor();
  while (cursor) {
    const score = nameSimilarity(name, cursor.value.displayName);
    if (score >= MIN_SIMILARITY) scored.push({ contact: cursor.value, score });
    cursor = await cursor.continue();
  }
  return scored
    .sort((a, b) => b.score - a.score || a.contact.displayName.localeCompare(b.contact.displayName))
    .slice(0, limit)
    .map(({ contact }) => contact);
}
