import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { forgetConnection } from './open';
import { LOCAL_STORE_NAMES, SYNCED_STORE_NAMES } from './sync-registry';
import { freshDatabase } from './test-db';

describe('the sync registry', () => {
  it('says of every store whether it syncs or stays on the device', async () => {
    const db = await freshDatabase();
    const listed = [...SYNCED_STORE_NAMES, ...LOCAL_STORE_NAMES.derived, ...LOCAL_STORE_NAMES.own];
    expect([...db.objectStoreNames].sort()).toEqual(listed.sort());
    await forgetConnection();
  });
});
