import { lastChangeOf } from '../sync/bundle';
import { visibleLost, type LostValue, type Stamp } from '../sync/record-merge';
import type { RapportDatabase } from './open';
import { isBundleMeta } from './sync-meta';
import { readDevice } from './sync-bundles';

export interface ContactSyncFacts {
  /** Who changed the contact (or what is attached) last, when that was someone else or another device. */
  changedBy?: { user: string; at: number };
  /** Values written on another device that lost to a later change, until dismissed. */
  lost: Array<LostValue & { recordKey: string }>;
}

/** What the contact page and the sidebar say about sync for one contact; empty before sync was ever used. */
export async function readContactSyncFacts(db: RapportDatabase, contactId: string): Promise<ContactSyncFacts> {
  const [stored, device, contact] = await Promise.all([db.get('syncMeta', `contact:${contactId}`), readDevice(db), db.get('contacts', contactId)]);
  if (!isBundleMeta(stored) || !contact) return { lost: [] };
  const records = Object.fromEntries(Object.entries(stored.records).map(([key, meta]) => [key, { value: undefined, meta }]));
  const last: Stamp | undefined = lastChangeOf({ records });
  const own = stored.records[`contact:${contactId}`];
  const lost = own ? visibleLost({ value: contact as unknown as Record<string, unknown>, meta: own }).map((value) => ({ ...value, recordKey: `contact:${contactId}` })) : [];
  const changedBy = last && last[2] && device && last[1] !== device.device ? { user: last[2], at: last[0] } : undefined;
  return { ...(changedBy ? { changedBy } : {}), lost };
}
