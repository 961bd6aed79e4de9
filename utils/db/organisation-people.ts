import type { Timestamp } from '../domain/model';

/** One person of an organisation as the index keys name them, without reading the contact. */
export interface NamedPerson {
  id: string;
  displayName: string;
}

/** An organisation page's order of people: by name as the user's language sorts, then by id. */
export function byName(a: NamedPerson, b: NamedPerson): number {
  return a.displayName.localeCompare(b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every key `[organisationId, …]` of a compound index: arrays sort after every string and number. */
const ofOrganisation = (organisationId: string) => IDBKeyRange.bound([organisationId], [organisationId, []]);

/** A plain IndexedDB index (`unwrap` of idb's): its keys are walked with callbacks. */
type KeyIndex = Pick<IDBIndex, 'openKeyCursor'>;

/**
 * Walks a key cursor with plain IndexedDB callbacks (one step per person: a promise per step costs more than the
 * step) until `take` returns false. Resolves once the walk ends.
 */
function walkKeys(index: KeyIndex, range: IDBKeyRange, direction: IDBCursorDirection, take: (key: IDBValidKey, primaryKey: IDBValidKey) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = index.openKeyCursor(range, direction);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || !take(cursor.key, cursor.primaryKey)) return resolve();
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('key cursor failed'));
  });
}

/** Everyone at the organisation with their names, from the `byOrganisationName` index alone, in page order. */
export async function peopleByName(byOrganisationName: KeyIndex, organisationId: string): Promise<NamedPerson[]> {
  const people: NamedPerson[] = [];
  await walkKeys(byOrganisationName, ofOrganisation(organisationId), 'next', (key, primaryKey) => {
    people.push({ id: String(primaryKey), displayName: String((key as [string, string])[1]) });
    return true;
  });
  return people.sort(byName);
}

/**
 * The `limit` people of the organisation contacted last (newest first, ties by id), from the
 * `byOrganisationLastContact` index alone. People never contacted are not in that index.
 */
export async function contactedLast(byOrganisationLastContact: KeyIndex, organisationId: string, limit: number): Promise<string[]> {
  const found: Array<{ id: string; at: Timestamp }> = [];
  if (limit <= 0) return [];
  await walkKeys(byOrganisationLastContact, ofOrganisation(organisationId), 'prev', (key, primaryKey) => {
    const at = (key as [string, Timestamp])[1];
    // The cursor meets ties by descending id: read past the limit while they last, so the lowest ids can win.
    const last = found[found.length - 1];
    if (found.length >= limit && last !== undefined && at < last.at) return false;
    found.push({ id: String(primaryKey), at });
    return true;
  });
  return found
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((person) => person.id);
}
