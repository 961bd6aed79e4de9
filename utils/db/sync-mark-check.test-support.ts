// Loaded before every unit test (vitest.config.ts `setupFiles`): a test fails when any transaction writes a
// synced store without going through `putSynced`/`deleteSynced`, so no write path can forget its sync mark.
import 'fake-indexeddb/auto';
import { IDBDatabase as FakeDatabase, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, expect } from 'vitest';
import { markedWrites, recordMarkedWrites } from './sync-marks';
import { isSyncedStore } from './sync-registry';

recordMarkedWrites();
const unmarked: string[] = [];
let forgiven = false;

/** For a test that plays a writer which bypasses the app's write paths on purpose (to test a repair). */
export function forgiveUnmarkedWrites(): void {
  forgiven = true;
}
const watched = new WeakSet<IDBTransaction>();
/** Upgrades that create the bookkeeping: their earlier steps rewrite records of a database from before sync. */
const creatingSyncMeta = new WeakSet<IDBTransaction>();

const databaseProto = FakeDatabase.prototype as unknown as { createObjectStore: (this: IDBDatabase, ...args: unknown[]) => IDBObjectStore };
const createObjectStore = databaseProto.createObjectStore;
databaseProto.createObjectStore = function (this: IDBDatabase, ...args: unknown[]) {
  const created = createObjectStore.apply(this, args);
  if (created.name === 'syncMeta') creatingSyncMeta.add(created.transaction);
  return created;
};

function watch(store: IDBObjectStore, describe: () => string): void {
  // A database from before sync existed (a migration test's fixture, or the upgrade steps before the one that
  // adds the bookkeeping) has none to write: Connect marks every bundle pending anyway.
  const tx = store.transaction;
  if (!isSyncedStore(store.name) || !tx.db.objectStoreNames.contains('syncMeta') || creatingSyncMeta.has(tx)) return;
  const key = describe();
  if (!watched.has(tx)) {
    watched.add(tx);
    const writes: string[] = [];
    (tx as unknown as { __syncWrites: string[] }).__syncWrites = writes;
    tx.addEventListener('complete', () => {
      const marked = markedWrites.get(tx) ?? new Set<string>();
      for (const write of writes) if (!marked.has(write)) unmarked.push(write);
    });
  }
  (tx as unknown as { __syncWrites: string[] }).__syncWrites.push(`${store.name}/${key}`);
}

const proto = FakeObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const method of ['put', 'add', 'delete', 'clear'] as const) {
  const original = proto[method] as (this: IDBObjectStore, ...args: unknown[]) => unknown;
  proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
    watch(this, () => {
      if (method === 'clear') return '*';
      if (method === 'delete') return String(args[0]);
      const value = args[0] as { id?: unknown };
      return String(value.id);
    });
    return original.apply(this, args);
  };
}

afterEach(() => {
  const found = unmarked.splice(0);
  if (forgiven) {
    forgiven = false;
    return;
  }
  expect(found, 'writes to synced stores without a sync mark (use putSynced/deleteSynced)').toEqual([]);
});
