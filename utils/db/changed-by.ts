import { lastChangeOf } from '../sync/bundle';
import type { Stamp } from '../sync/record-merge';
import type { RapportDatabase } from './open';
import { readDevice } from './sync-bundles';
import { isBundleMeta, type DeviceEntry } from './sync-meta';

export interface ChangedBy {
  user: string;
  at: number;
}

/** Who changed a contact last, when that was another user than the one this device syncs as; else nothing. */
export function changedBySomeoneElse(last: Stamp | undefined, device: DeviceEntry | undefined): ChangedBy | undefined {
  if (!last || !device?.user) return undefined;
  const [at, , user] = last;
  return user && user !== device.user ? { user, at } : undefined;
}

/** The sidebar's "changed by ben, 2 days ago": from the stamps of the contact and everything attached to it. */
export async function readChangedBy(db: RapportDatabase, contactId: string): Promise<ChangedBy | undefined> {
  const [stored, device] = await Promise.all([db.get('syncMeta', `contact:${contactId}`), readDevice(db)]);
  if (!isBundleMeta(stored)) return undefined;
  const records = Object.fromEntries(Object.entries(stored.records).map(([key, meta]) => [key, { value: undefined, meta }]));
  return changedBySomeoneElse(lastChangeOf({ records }), device);
}
