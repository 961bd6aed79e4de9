import type { Agreement, Contact, Interaction } from '../domain/model';
import { forgetConnection, openRapportDB, type RapportDatabase } from './open';
import { ALL_SYNCED_STORES, putSynced } from './sync-marks';

let counter = 0;

/** A fresh database per test (fake-indexeddb must be imported by the test file). */
export async function freshDatabase(): Promise<RapportDatabase> {
  await forgetConnection();
  counter += 1;
  return openRapportDB(`rapport-test-${counter}-${Math.random()}`);
}

/** Stores records exactly as given (ids, dates, follow-ups), through the synced write path, in one transaction. */
export async function seedRecords(
  db: RapportDatabase,
  records: { contacts?: readonly Contact[]; agreements?: readonly Agreement[]; interactions?: readonly Interaction[] },
): Promise<void> {
  const tx = db.transaction(ALL_SYNCED_STORES, 'readwrite');
  await Promise.all([
    ...(records.contacts ?? []).map((record) => putSynced(tx, 'contacts', record)),
    ...(records.agreements ?? []).map((record) => putSynced(tx, 'agreements', record)),
    ...(records.interactions ?? []).map((record) => putSynced(tx, 'interactions', record)),
  ]);
  await tx.done;
}
