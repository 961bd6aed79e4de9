import { dismissLost, type Stamp } from '../sync/record-merge';
import { abandon } from './abandon';
import type { RapportDatabase } from './open';
import { bundleMetaIn, markPending, noteSyncedWrite, withSyncMeta } from './sync-marks';

/**
 * "Only on this device": the contact and everything attached stay here. Marking sends the removal of the
 * shared copy; unmarking sends the contact again. Either way its bundle becomes pending in the same transaction.
 */
export async function setLocalOnly(db: RapportDatabase, contactId: string, localOnly: boolean, now = Date.now()): Promise<void> {
  const tx = db.transaction(withSyncMeta(['contacts']), 'readwrite');
  try {
    const contact = await tx.objectStore('contacts').get(contactId);
    if (!contact) throw new Error(`No contact ${contactId}.`);
    const { localOnly: _was, ...rest } = contact;
    noteSyncedWrite(tx, 'contacts', contactId);
    await tx.objectStore('contacts').put(localOnly ? { ...rest, localOnly: true, updatedAt: now } : { ...rest, updatedAt: now });
    await markPending(tx, await bundleMetaIn(tx, `contact:${contactId}`), now);
    await tx.done;
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

/** The user has read a value "also written on the other device": it is dismissed on every device. */
export async function dismissLostValue(
  db: RapportDatabase,
  contactId: string,
  lost: { recordKey: string; field: string; stamp: Stamp },
  now = Date.now(),
): Promise<void> {
  const tx = db.transaction(withSyncMeta(['contacts']), 'readwrite');
  const meta = await bundleMetaIn(tx, `contact:${contactId}`);
  const record = meta.records[lost.recordKey];
  if (record) {
    const match = record.lost?.find((value) => value.field === lost.field && value.stamp[0] === lost.stamp[0] && value.stamp[1] === lost.stamp[1]);
    if (match) {
      meta.records[lost.recordKey] = dismissLost(record, match);
      await markPending(tx, meta, now);
    }
  }
  await tx.done;
}
