import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { changedBySomeoneElse, readChangedBy } from './changed-by';
import { freshDatabase } from './test-db';
import { DEVICE_ENTRY_ID, type BundleMeta } from './sync-meta';

const me = { id: DEVICE_ENTRY_ID, device: 'dev-a', user: 'anna' } as const;

describe('changed by someone else', () => {
  it('names another user with the time of their change; not oneself, not before sync', () => {
    expect(changedBySomeoneElse([5000, 'dev-b', 'ben'], me)).toEqual({ user: 'ben', at: 5000 });
    expect(changedBySomeoneElse([5000, 'dev-t', 'anna'], me)).toBeUndefined();
    expect(changedBySomeoneElse([5000, 'dev-b', ''], me)).toBeUndefined();
    expect(changedBySomeoneElse([5000, 'dev-b', 'ben'], { ...me, user: '' })).toBeUndefined();
    expect(changedBySomeoneElse(undefined, me)).toBeUndefined();
  });

  it('reads the newest stamp of the contact and everything attached to it', async () => {
    const db = await freshDatabase();
    const meta: BundleMeta = {
      id: 'contact:c1',
      records: {
        'contact:c1': { stamp: [1000, 'dev-a', 'anna'], fields: { company: [3000, 'dev-a', 'anna'] } },
        'interaction:i1': { stamp: [4000, 'dev-b', 'ben'] },
        'agreement:a1': { stamp: [2000, 'dev-c', 'clara'] },
      },
    };
    const tx = db.transaction('syncMeta', 'readwrite');
    await Promise.all([tx.store.put(me), tx.store.put(meta)]);
    await tx.done;
    expect(await readChangedBy(db, 'c1')).toEqual({ user: 'ben', at: 4000 });
    expect(await readChangedBy(db, 'unknown')).toBeUndefined();
  });
});
