// Real PouchDB for unit tests: pouchdb-server's own copy (7.3.1, the same replication protocol and conflict rules as
// pouchdb-browser 9) with its in-memory adapter, because pouchdb-browser's IndexedDB adapter fails on fake-indexeddb.
import type { SideReplica } from './side-sync';

interface MemoryPouch extends SideReplica {
  replicate: { to(target: MemoryPouch): Promise<unknown> };
}

type PouchCore = (new (name: string, options: { adapter: string }) => MemoryPouch) & { plugin(plugin: unknown): PouchCore };

let loaded: Promise<PouchCore> | undefined;
let counter = 0;

async function load(): Promise<PouchCore> {
  const [core, memory, replication] = await Promise.all([
    // @ts-expect-error -- untyped package, installed with pouchdb-server
    import('pouchdb-core'),
    // @ts-expect-error -- untyped package, installed with pouchdb-server
    import('pouchdb-adapter-memory'),
    // @ts-expect-error -- untyped package, installed with pouchdb-server
    import('pouchdb-replication'),
  ]);
  return (core.default as PouchCore).plugin(memory.default).plugin(replication.default);
}

export async function memoryPouch(): Promise<MemoryPouch> {
  const PouchDB = await (loaded ??= load());
  counter += 1;
  return new PouchDB(`memory-${counter}-${Math.random()}`, { adapter: 'memory' });
}

/** Both ways, as live replication would. */
export async function exchange(a: MemoryPouch, b: MemoryPouch): Promise<void> {
  await a.replicate.to(b);
  await b.replicate.to(a);
}
