import type { RecordMeta } from '../sync/record-merge';

/** Sync bookkeeping of one bundle (a contact and what is attached to it). */
export interface BundleMeta {
  /** The bundle key, e.g. `contact:<id>`. */
  id: string;
  /** Stamps per record key (`contact:<id>`, `interaction:<id>`, …); a deleted record keeps its tombstone. */
  records: Record<string, RecordMeta>;
  /** Set while a local change waits to be sent; a fresh number on every write, so sending clears only what it sent. */
  pending?: number;
  /** The owner was deleted here: the whole bundle goes. */
  deleted?: true;
  /** The document revision this device last merged with. */
  rev?: string;
}

/** Who writes here: a random device id, and the user name of the sync connection ('' before connecting). */
export interface DeviceEntry {
  id: typeof DEVICE_ENTRY_ID;
  device: string;
  user: string;
}

export const DEVICE_ENTRY_ID = '@device';

export type SyncMetaEntry = BundleMeta | DeviceEntry;

export function isBundleMeta(entry: SyncMetaEntry | undefined): entry is BundleMeta {
  return entry !== undefined && entry.id !== DEVICE_ENTRY_ID;
}
