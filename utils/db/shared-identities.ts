import { unwrap } from 'idb';
import type { RapportDatabase } from './open';

/**
 * The contacts that share an email address or LinkedIn profile with another contact, found by one walk over the two
 * identity indexes: their entries come sorted by identity, so contacts sharing one are neighbours. After a pull of
 * thousands of contacts this replaces two to four lookups per contact.
 */
export async function contactsSharingAnIdentity(db: RapportDatabase): Promise<Set<string>> {
  const tx = db.transaction('contacts');
  const sharing = new Set<string>();
  await Promise.all([walk(unwrap(tx.store.index('byEmail')), sharing), walk(unwrap(tx.store.index('byLinkedinSlug')), sharing)]);
  await tx.done;
  return sharing;
}

/** A key cursor over the index (keys only: no contact is read), without a promise per step. */
function walk(index: IDBIndex, sharing: Set<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let identity: IDBValidKey | undefined;
    let holders: string[] = [];
    const endRun = () => {
      if (holders.length > 1) for (const id of holders) sharing.add(id);
    };
    const request = index.openKeyCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        endRun();
        resolve();
        return;
      }
      if (identity === undefined || indexedDB.cmp(cursor.key, identity) !== 0) {
        endRun();
        identity = cursor.key;
        holders = [];
      }
      holders.push(String(cursor.primaryKey));
      cursor.continue();
    };
  });
}
