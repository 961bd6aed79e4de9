import { buildColdContactsShards, coldContactOf, coldContactsIn, sameColdContact, toColdContactsShard, type ColdContact, type ColdContactsShard } from '../cold/cold-contacts';
import { shardOf } from '../cold/contact-times';
import type { Contact } from '../domain/model';
import { dropColdFirstScreen, type FirstScreensInWrite } from './cold-first-screen';

export const COLD_CONTACTS_STORE = 'coldContacts' as const;

/** The `coldContacts` store as any read-write transaction that includes it offers it. */
export interface ColdContactsStore {
  get(shard: number): Promise<ColdContactsShard | undefined>;
  put(value: ColdContactsShard): Promise<unknown>;
  clear(): Promise<unknown>;
  transaction: FirstScreensInWrite;
}

type WritableTransaction = FirstScreensInWrite & {
  objectStore(name: typeof COLD_CONTACTS_STORE): ColdContactsStore;
};

interface ShardInWrite {
  contacts: Promise<Map<string, ColdContact>>;
  storing?: Promise<unknown>;
}

const writes = new WeakMap<object, Map<number, ShardInWrite>>();

/**
 * Keeps the going-cold projection of one contact in step with a write of it (`undefined`: deleted), in the
 * transaction of that write. Each shard is read once per transaction, and the changes of one turn are stored
 * with one put, so an import of ten thousand contacts costs 64 reads and a few puts per shard. A write that changes
 * nothing the view shows stores nothing and keeps the view's stored first screen.
 */
export async function projectContactWrite(tx: WritableTransaction, contactId: string, contact: Contact | undefined): Promise<void> {
  const store = tx.objectStore(COLD_CONTACTS_STORE);
  const shard = shardOf(contactId);
  let shards = writes.get(tx);
  if (!shards) writes.set(tx, (shards = new Map()));
  let state = shards.get(shard);
  if (!state) {
    state = { contacts: store.get(shard).then((stored) => new Map(coldContactsIn(stored).map((each) => [each.id, each]))) };
    shards.set(shard, state);
  }
  const contacts = await state.contacts;
  const projected = contact && coldContactOf(contact);
  if (projected) {
    const before = contacts.get(contactId);
    if (before && sameColdContact(before, projected)) return;
    contacts.set(contactId, projected);
  } else if (!contacts.delete(contactId)) return;
  const inWrite = state;
  // One microtask later, still inside the transaction: every change of this turn is in `contacts` by then.
  inWrite.storing ??= Promise.resolve().then(() => {
    inWrite.storing = undefined;
    return Promise.all([dropColdFirstScreen(tx), store.put(toColdContactsShard(shard, contacts.values()))]);
  });
  await inWrite.storing;
}

/** Rebuilds every shard from the given contacts (the version 7 migration, a repair). */
export async function rebuildColdContacts(store: ColdContactsStore, contacts: Iterable<Contact>): Promise<void> {
  await Promise.all([dropColdFirstScreen(store.transaction), store.clear()]);
  await Promise.all(buildColdContactsShards(contacts).map((shard) => store.put(shard)));
}

/** Every projected contact. */
export function coldContactsInShards(shards: readonly ColdContactsShard[]): ColdContact[] {
  return shards.flatMap((shard) => coldContactsIn(shard));
}
