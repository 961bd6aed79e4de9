import type { PouchDB, PouchStatic } from 'pouchdb-browser';
import { browser } from 'wxt/browser';
import type { MergeLabels } from '../db/merge-contacts';
import type { RapportDatabase } from '../db/open';
import { markEverythingPending, pendingBundleKeys, readDevice, setDeviceUser } from '../db/sync-bundles';
import type { DeviceEntry } from '../db/sync-meta';
import { LIVE_GRACE_MS } from './live-pages';
import { probeServer, type ProbeResult, type SyncProblem } from './probe';
import { bundleKeysOf, reconcile, type Replica, type ReplicaChange } from './reconcile';
import { batchRevsDiff } from './revs-diff';
import { mergeSamePeople } from './same-people';
import { settingsSource } from './side-settings';
import { sideStateStore } from './side-store';
import { syncSide, type SideReplica } from './side-sync';
import { templatesSource } from './side-templates';
import {
  lastSyncedOf,
  SYNC_APPLIED_SEQ_KEY,
  SYNC_CONNECTION_KEY,
  SYNC_STATUS_KEY,
  type SyncConnection,
  type SyncStatus,
} from './status';

let pouch: Promise<PouchStatic> | undefined;
/** PouchDB is loaded only when sync runs (never by content scripts, and not in unit tests of other parts). */
const loadPouch = () => (pouch ??= import('pouchdb-browser').then((module) => module.default));

/** Measured (docs/benchmarks.md): larger batches roughly double the rate of PouchDB's defaults. */
const BATCH_SIZE = 250;
/** Pulling: fewer, larger requests (measured in scripts/bench-sync.mjs); pushing stays at 250 per batch. */
const PULL_BATCH_SIZE = 1000;
const BATCHES_LIMIT = 4;
const RECONCILE_CHUNK = 250;
/**
 * Arrivals are taken in chunks of 1,000 (one apply transaction each): every chunk rewrites the going-cold shards
 * (contact times and the cold contacts' projection, 128 records that grow with the data) and reads the
 * organisations, so four times fewer chunks save most of that on a first pull.
 */
const TAKE_CHUNK = 1000;
const LOCAL_REPLICA = 'rapport-sync';
const PERIODIC_ALARM = 'rapport:sync';
const RETRY_ALARM = 'rapport:sync-retry';
const RETRY_MS = 60_000;
const AFTER_WRITE_MS = 1500;
const LIVE_AFTER_WRITE_MS = 200;
/** Longest wait between live replication's retries: PouchDB's default doubles up to 10 minutes. */
export const LIVE_RETRY_MAX_MS = 5_000;

/**
 * Live replication's wait before its next retry after a lost connection (PouchDB's `back_off_function`): short
 * at first, doubling, never longer than LIVE_RETRY_MAX_MS, so an open page sees the server again within seconds.
 */
export function liveRetryDelay(previous: number): number {
  return previous > 0 ? Math.min(previous * 2, LIVE_RETRY_MAX_MS) : 500;
}

export interface SyncEngineDeps {
  db: () => Promise<RapportDatabase>;
  /** Tells the badge and open pages that data changed (not a write to be sent: that would loop). */
  refresh: () => Promise<void>;
  mergeLabels: () => MergeLabels;
}

export interface ConnectInput {
  url: string;
  username: string;
  password: string;
  create: boolean;
}

type CycleKind = 'full' | 'light';

/** Sync as one module: start, connect, sync now, disconnect, and a status the options page shows. */
export function createSyncEngine({ db, refresh, mergeLabels }: SyncEngineDeps) {
  const storage = () => browser.storage.local;
  let running: Promise<void> | undefined;
  let again: CycleKind | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let live: PouchDB.Emitter<PouchDB.SyncChange> | undefined;
  /** Live replication lost the server and is waiting to retry. */
  let liveFailing = false;
  let liveWanted = false;
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  let replicas: { url: string; local: PouchDB.Database; remote: PouchDB.Database } | undefined;

  async function connection(): Promise<SyncConnection | undefined> {
    const stored = (await storage().get(SYNC_CONNECTION_KEY))[SYNC_CONNECTION_KEY] as SyncConnection | undefined;
    return stored && typeof stored.url === 'string' ? stored : undefined;
  }

  async function status(): Promise<SyncStatus | undefined> {
    return (await storage().get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined;
  }

  async function publish(next: SyncStatus): Promise<void> {
    await storage().set({ [SYNC_STATUS_KEY]: next });
  }

  async function replicasFor(current: SyncConnection) {
    if (replicas?.url !== current.url) {
      const PouchDB = await loadPouch();
      const local = new PouchDB(LOCAL_REPLICA, { adapter: 'idb', auto_compaction: true });
      batchRevsDiff(local);
      replicas = {
        url: current.url,
        local,
        remote: new PouchDB(current.url, { skip_setup: true, auth: { username: current.username, password: current.password } }),
      };
    }
    return replicas;
  }

  async function device(database: RapportDatabase, current: SyncConnection): Promise<DeviceEntry> {
    const known = await readDevice(database);
    return known && known.user === current.username ? known : setDeviceUser(database, current.username);
  }

  /** Local writes into the replica (merged with what it holds), until nothing is pending. */
  async function sendPending(database: RapportDatabase, local: PouchDB.Database, me: DeviceEntry): Promise<number> {
    let written = 0;
    for (let round = 0; round < 1000; round += 1) {
      const keys = await pendingBundleKeys(database, RECONCILE_CHUNK);
      if (keys.length === 0) break;
      const result = await reconcile(database, local as unknown as Replica, keys, me);
      written += result.written;
      if (result.applied.length === 0) break;
    }
    return written;
  }

  /** What replication brought into the replica, into the app. */
  /** `onChunk`: how many changes of the replica were just taken in, for the progress shown. */
  async function takeIncoming(database: RapportDatabase, local: PouchDB.Database, me: DeviceEntry, onChunk?: (changes: number) => void) {
    let since = ((await storage().get(SYNC_APPLIED_SEQ_KEY))[SYNC_APPLIED_SEQ_KEY] as string | number | undefined) ?? 0;
    const contactIds: string[] = [];
    let written = 0;
    for (;;) {
      // With their documents: reading them costs the replica nothing more (it reads each change's body anyway), and
      // reconcile need not read them again.
      const changes = await local.changes({ since, limit: TAKE_CHUNK, style: 'all_docs', include_docs: true, conflicts: true });
      const keys = bundleKeysOf(changes.results);
      if (keys.length > 0) {
        const result = await reconcile(database, local as unknown as Replica, keys, me, changes.results as ReplicaChange[]);
        contactIds.push(...result.contactIds);
        written += result.written;
      }
      since = changes.last_seq;
      await storage().set({ [SYNC_APPLIED_SEQ_KEY]: since });
      onChunk?.(changes.results.length);
      if (changes.results.length < TAKE_CHUNK) break;
    }
    return { contactIds, written };
  }

  function replicateOnce(
    from: PouchDB.Database,
    to: PouchDB.Database,
    onProgress?: (done: number, pending?: number) => void,
    batchSize = BATCH_SIZE,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const replication = from.replicate.to(to, { batch_size: batchSize, batches_limit: BATCHES_LIMIT });
      replication.on('change', (info) => onProgress?.(info.docs_written, (info as { pending?: number }).pending));
      replication.on('complete', (info) => (info.ok || info.status === 'complete' ? resolve() : reject(new Error('replication incomplete'))));
      replication.on('error', reject);
      replication.on('denied', reject);
    });
  }

  /** Templates and the shared settings, merged with the replica in one pass. */
  function syncSideRecords(database: RapportDatabase, local: PouchDB.Database, me: DeviceEntry) {
    const sources = [templatesSource(storage()), settingsSource(database, me.user)];
    return syncSide(local as unknown as SideReplica, sources, sideStateStore(storage()), [Date.now(), me.device, me.user]);
  }

  async function runCycle(kind: CycleKind): Promise<void> {
    const current = await connection();
    if (!current) return;
    const database = await db();
    const me = await device(database, current);
    const { local, remote } = await replicasFor(current);
    const lastSyncedAt = lastSyncedOf(await status());
    try {
      if (kind === 'full') await publish({ state: 'syncing', done: 0, lastSyncedAt });
      await sendPending(database, local, me);
      const sideOut = await syncSideRecords(database, local, me);
      const incoming = { contactIds: [] as string[], written: 0 };
      // Progress counts what is in the user's data, not only what arrived: applying trails the download by a minute
      // on a first pull of 10,000 contacts.
      const progress = { pulled: 0, taken: 0, total: undefined as number | undefined };
      const showProgress = () => void publish({ state: 'syncing', done: Math.min(progress.pulled, progress.taken), total: progress.total, lastSyncedAt });
      const takenIn = (changes: number) => {
        progress.taken += changes;
        if (progress.pulled > 0) showProgress();
      };
      const take = async () => {
        const taken = await takeIncoming(database, local, me, kind === 'full' ? takenIn : undefined);
        incoming.contactIds.push(...taken.contactIds);
        incoming.written += taken.written;
      };
      if (kind === 'full') {
        await replicateOnce(local, remote);
        // CouchDB 2+ tells what is pending; otherwise a first pull's total is what the server holds.
        const everything = (await local.info()).doc_count === 0 ? (await remote.info()).doc_count : undefined;
        // What arrived is applied while the rest is still coming, one take at a time.
        let taking = Promise.resolve();
        let queued = false;
        const pulling = replicateOnce(
          remote,
          local,
          (done, pending) => {
            progress.pulled = done;
            progress.total = pending === undefined ? everything : done + pending;
            showProgress();
            if (queued) return;
            queued = true;
            taking = taking.then(() => {
              queued = false;
              return take();
            });
            // Reported after the pull (below), not as an unhandled rejection meanwhile.
            taking.catch(() => undefined);
          },
          PULL_BATCH_SIZE,
        );
        await Promise.allSettled([pulling]);
        await taking;
        await pulling;
      }
      await take();
      const merged = await mergeSamePeople(database, incoming.contactIds, mergeLabels());
      if (merged > 0) await sendPending(database, local, me);
      const sideIn = await syncSideRecords(database, local, me);
      if (kind === 'full' && (incoming.written > 0 || merged > 0 || sideIn.written > 0)) await replicateOnce(local, remote);
      // A page changed a template while it was being merged: merge again soon.
      if (sideOut.retry || sideIn.retry) schedule('light', AFTER_WRITE_MS);
      // Only a full cycle has spoken with the server: a light one (replica and app) must not report it reachable.
      if (kind === 'full') {
        await publish({ state: 'idle', lastSyncedAt: Date.now(), live: live !== undefined });
        // The server answers again: a live replication waiting out its retry delay starts over at once.
        if (liveFailing) restartLive();
      }
      if (incoming.contactIds.length > 0 || merged > 0 || sideOut.applied || sideIn.applied) await refresh();
    } catch (error) {
      await failed(error, lastSyncedAt);
    }
  }

  async function failed(error: unknown, lastSyncedAt: number | undefined): Promise<void> {
    const problem = problemOf(error);
    if (problem === 'unreachable') {
      const retryAt = Date.now() + RETRY_MS;
      await browser.alarms.create(RETRY_ALARM, { when: retryAt });
      await publish({ state: 'offline', retryAt, lastSyncedAt });
    } else {
      await publish({ state: 'error', problem, lastSyncedAt });
    }
    console.warn(`Rapport sync stopped: ${problem}`);
  }

  function cycle(kind: CycleKind): Promise<void> {
    if (running) {
      again = again === 'full' || kind === 'full' ? 'full' : 'light';
      return running;
    }
    running = runCycle(kind).finally(() => {
      running = undefined;
      const next = again;
      again = undefined;
      if (next) void cycle(next);
    });
    return running;
  }

  function schedule(kind: CycleKind, delay: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void cycle(kind);
    }, delay);
  }

  async function startLive(): Promise<void> {
    if (live || !liveWanted) return;
    // A running cycle replicates already; live replication beside it (an options page open during a first pull)
    // would fetch and write the same documents a second time and share its checkpoint.
    while (running) await running.catch(() => undefined);
    const current = await connection();
    if (!current || live || !liveWanted) return;
    const { local, remote } = await replicasFor(current);
    if (live || !liveWanted) return;
    const replication = local.sync(remote, {
      live: true,
      retry: true,
      batch_size: BATCH_SIZE,
      batches_limit: BATCHES_LIMIT,
      back_off_function: liveRetryDelay,
    });
    live = replication;
    liveFailing = false;
    replication.on('change', (info) => {
      if (info.direction === 'pull') schedule('light', 100);
    });
    // The sync emitter's own 'paused' drops the error: each direction's tells whether the server was lost.
    const lost = { push: false, pull: false };
    for (const direction of ['push', 'pull'] as const) {
      replication[direction].on('active', () => {
        lost[direction] = false;
        if (live === replication) liveFailing = lost.push || lost.pull;
      });
      replication[direction].on('paused', (error) => {
        if (live !== replication) return;
        lost[direction] = error !== undefined && error !== null;
        liveFailing = lost.push || lost.pull;
        // A running cycle publishes its own outcome; otherwise live replication tells whether the server answers.
        if (!running) void publishLive(liveFailing);
      });
    }
    replication.on('error', (error) => {
      if (live !== replication) return;
      live = undefined;
      liveFailing = false;
      void failed(error, undefined);
    });
  }

  async function publishLive(failing: boolean): Promise<void> {
    const lastSyncedAt = lastSyncedOf(await status());
    await publish(
      failing ? { state: 'offline', retryAt: Date.now() + LIVE_RETRY_MAX_MS, lastSyncedAt } : { state: 'idle', lastSyncedAt: Date.now(), live: true },
    );
  }

  function stopLive(): void {
    live?.cancel();
    live = undefined;
    liveFailing = false;
  }

  function restartLive(): void {
    stopLive();
    void startLive();
  }

  async function forgetReplica(): Promise<void> {
    stopLive();
    const current = replicas;
    replicas = undefined;
    const local = current?.local ?? new (await loadPouch())(LOCAL_REPLICA, { adapter: 'idb' });
    await local.destroy().catch(() => undefined);
    await storage().remove(SYNC_APPLIED_SEQ_KEY);
  }

  return {
    /** On every worker start: pick up where the last one stopped (its replication checkpoints are kept). */
    async start(): Promise<void> {
      if (!(await connection())) return;
      await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: 5 });
      schedule('full', 500);
    },
    async connect(input: ConnectInput): Promise<ProbeResult> {
      const result = await probeServer(input.url, { username: input.username, password: input.password }, { create: input.create });
      if (!result.ok) return result;
      const previous = await connection();
      if (previous && previous.url !== result.url) await forgetReplica();
      stopLive();
      replicas = undefined;
      await storage().set({ [SYNC_CONNECTION_KEY]: { url: result.url, username: input.username, password: input.password } satisfies SyncConnection });
      const database = await db();
      await setDeviceUser(database, input.username);
      await markEverythingPending(database);
      await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: 5 });
      await publish({ state: 'syncing', done: 0 });
      void cycle('full').then(() => startLive());
      return result;
    },
    async disconnect(): Promise<void> {
      await forgetReplica();
      await Promise.all([browser.alarms.clear(PERIODIC_ALARM), browser.alarms.clear(RETRY_ALARM)]);
      await storage().remove([SYNC_CONNECTION_KEY]);
      await publish({ state: 'off' });
    },
    syncNow: () => cycle('full'),
    /** After every local write: soon, and at once while live. */
    afterWrite(): void {
      schedule(live ? 'light' : 'full', live ? LIVE_AFTER_WRITE_MS : AFTER_WRITE_MS);
    },
    /**
     * The network is back (the worker's `online` event): sync at once rather than at the retry alarm, and start live
     * replication over when it was waiting out its retry delay.
     */
    async networkBack(): Promise<void> {
      if (!(await connection())) return;
      if (liveFailing) restartLive();
      await cycle('full');
    },
    isSyncAlarm: (name: string) => name === PERIODIC_ALARM || name === RETRY_ALARM,
    onAlarm: () => cycle('full'),
    /** Live replication while an extension page is open: each page asks again every 20 s, which keeps the worker awake. */
    keepLive(): void {
      liveWanted = true;
      void startLive();
      if (liveTimer) clearTimeout(liveTimer);
      liveTimer = setTimeout(() => {
        liveWanted = false;
        stopLive();
      }, LIVE_GRACE_MS);
    },
    connection: async () => {
      const current = await connection();
      return current ? { url: current.url, username: current.username } : null;
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

/** A PouchDB or fetch failure as one of the problems the options page explains. */
export function problemOf(error: unknown): SyncProblem {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (status === 401) return 'wrong-password';
  if (status === 403) return 'no-access';
  if (status === 404) return 'database-missing';
  if (typeof status === 'number' && status >= 500) return 'server-error';
  return 'unreachable';
}
