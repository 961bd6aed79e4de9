import { applyBundles, type ApplyOutcome, type BundleApply } from '../db/sync-apply';
import { appBundleState, readAppBundles } from '../db/sync-bundles';
import type { BundleMeta, DeviceEntry } from '../db/sync-meta';
import type { RapportDatabase } from '../db/open';
import { mergeBundles, sameBundle, type Bundle } from './bundle';
import { fromDocument, isBundleId, toDocument, type BundleDocument } from './documents';

/** The part of a local PouchDB replica that reconciling needs. */
export interface Replica {
  allDocs(options: { keys: string[]; include_docs: true; conflicts: true }): Promise<{
    rows: Array<{ id: string; value?: { rev: string; deleted?: boolean }; doc?: BundleDocument | null; error?: string }>;
  }>;
  bulkGet(options: { docs: Array<{ id: string; rev: string }> }): Promise<{
    results: Array<{ id: string; docs: Array<{ ok?: BundleDocument; error?: unknown }> }>;
  }>;
  bulkDocs(docs: BundleDocument[]): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: boolean | string }>>;
}

interface ReplicaState {
  /** The winning revision, when the document exists (deleted or not). */
  rev?: string;
  deleted: boolean;
  /** Every live leaf merged (PouchDB's winner and its conflicts). */
  bundle?: Bundle;
  /** Losing live leaves to delete once merged. */
  conflicts: string[];
}

/** A change of the replica's changes feed, read with `include_docs` and `conflicts`: its winner as it was then. */
export interface ReplicaChange {
  id: string;
  changes: ReadonlyArray<{ rev: string }>;
  deleted?: boolean;
  doc?: BundleDocument & { _conflicts?: string[] };
}

export interface ReconcileResult extends ApplyOutcome {
  /** Bundles whose merged state was written to the replica, to be sent. */
  written: number;
}

/**
 * Brings the app's bundles and the replica's documents to one merged state, both ways: what only this device
 * has goes into the replica (to be replicated), what arrived goes into the app, conflicts are resolved in code
 * (field by field; PouchDB's own winner is only a revision) and the losing revisions are removed.
 *
 * Deleting and editing at once: an edit made where the deletion was not yet known brings the whole contact
 * back (with everything attached, never half); a deletion made after seeing the last edit goes through.
 */
export async function reconcile(
  db: RapportDatabase,
  replica: Replica,
  keys: readonly string[],
  device: DeviceEntry,
  /**
   * The changes these keys came from, read with their documents: not read from the replica again. One the replica
   * has moved past since is safe to use: writing on it fails (a conflict, the bundle skipped), and the newer
   * revision is a later change, taken then. A change this device holds already (`heldAt`) is left alone.
   */
  seen?: readonly ReplicaChange[],
): Promise<ReconcileResult> {
  const apps = await readAppBundles(db, keys, seen && heldAt(seen));
  const taken = seen ? keys.filter((key) => apps.has(key)) : keys;
  const states = await readReplica(replica, taken, seen);
  const writes: BundleDocument[] = [];
  const applies: Array<BundleApply & { doc?: BundleDocument }> = [];
  for (const key of keys) {
    const app = apps.get(key);
    const remote = states.get(key) ?? { deleted: false, conflicts: [] };
    if (!app) continue;
    const local = appBundleState(app, device);
    const pending = app.meta?.pending;
    const deleteLosers = remote.conflicts.map((rev) => ({ _id: key, _rev: rev, _deleted: true }));
    if (local.kind === 'local-only') {
      if (remote.rev && !remote.deleted) writes.push({ _id: key, _rev: remote.rev, _deleted: true }, ...deleteLosers);
      applies.push({ key, bundle: null, expectedPending: pending });
      continue;
    }
    if (local.kind === 'absent' || local.kind === 'deleted') {
      const deletedHere = local.kind === 'deleted' && pending !== undefined;
      const sawLastEdit = remote.rev === app.meta?.rev;
      if (remote.bundle && !(deletedHere && sawLastEdit)) {
        if (deleteLosers.length > 0) writes.push(toDocument(key, remote.bundle, remote.rev), ...deleteLosers);
        applies.push({ key, bundle: remote.bundle, rev: remote.rev, expectedPending: pending });
      } else {
        if (remote.bundle && remote.rev) writes.push({ _id: key, _rev: remote.rev, _deleted: true }, ...deleteLosers);
        applies.push({ key, bundle: null, rev: remote.rev, expectedPending: pending });
      }
      continue;
    }
    if (!remote.bundle && remote.deleted && pending === undefined) {
      applies.push({ key, bundle: null, rev: remote.rev, expectedPending: pending });
      continue;
    }
    const merged = remote.bundle ? mergeBundles(local.bundle, remote.bundle) : local.bundle;
    const replicaChanges = !remote.bundle || !sameBundle(merged, remote.bundle) || deleteLosers.length > 0;
    if (replicaChanges) {
      const doc = toDocument(key, merged, remote.rev);
      writes.push(doc, ...deleteLosers);
      applies.push({ key, bundle: merged, expectedPending: pending, doc });
    } else if (!sameBundle(merged, local.bundle) || pending !== undefined || app.meta?.rev !== remote.rev) {
      applies.push({ key, bundle: merged, rev: remote.rev, expectedPending: pending });
    }
  }
  const results = writes.length > 0 ? await replica.bulkDocs(writes) : [];
  const revs = new Map<string, string>();
  const failed = new Set<string>();
  writes.forEach((doc, index) => {
    const result = results[index];
    if (!result?.ok) failed.add(doc._id);
    else if (result.rev && !revs.has(doc._id)) revs.set(doc._id, result.rev);
  });
  const ready = applies
    .filter((apply) => !failed.has(apply.key))
    .map(({ doc: _sent, ...apply }): BundleApply => ({ ...apply, rev: revs.get(apply.key) ?? apply.rev }));
  const outcome = await applyBundles(db, ready);
  return { ...outcome, skipped: [...outcome.skipped, ...failed], written: writes.length - failed.size };
}

async function readReplica(replica: Replica, keys: readonly string[], seen: readonly ReplicaChange[] = []): Promise<Map<string, ReplicaState>> {
  const states = new Map<string, ReplicaState>();
  if (keys.length === 0) return states;
  const wanted = new Set(keys);
  const rows: Array<{ id: string; value?: { rev: string; deleted?: boolean }; doc?: BundleDocument | null; error?: string }> = [];
  for (const change of seen) {
    if (!wanted.has(change.id) || !change.doc?._rev) continue;
    wanted.delete(change.id);
    rows.push({ id: change.id, value: { rev: change.doc._rev, deleted: Boolean(change.deleted || change.doc._deleted) }, doc: change.doc });
  }
  if (wanted.size > 0) rows.push(...(await replica.allDocs({ keys: [...wanted], include_docs: true, conflicts: true })).rows);
  const conflicted: Array<{ id: string; rev: string }> = [];
  for (const row of rows) {
    if (row.error || !row.value) continue;
    const doc = row.doc ?? undefined;
    const bundle = doc ? fromDocument(doc) : undefined;
    const conflicts = (doc as { _conflicts?: string[] } | undefined)?._conflicts ?? [];
    states.set(row.id, { rev: row.value.rev, deleted: Boolean(row.value.deleted), bundle, conflicts });
    for (const rev of conflicts) conflicted.push({ id: row.id, rev });
  }
  if (conflicted.length > 0) {
    const { results } = await replica.bulkGet({ docs: conflicted });
    for (const result of results) {
      const state = states.get(result.id);
      for (const leaf of result.docs) {
        const bundle = leaf.ok ? fromDocument(leaf.ok) : undefined;
        if (state && bundle) state.bundle = state.bundle ? mergeBundles(state.bundle, bundle) : bundle;
      }
    }
  }
  return states;
}

/**
 * Of the replica's changes, those this device holds at exactly that revision with nothing pending (its own writes, or
 * what it applied already): reconciling them would only read them again.
 */
export function heldAt(changes: ReadonlyArray<Pick<ReplicaChange, 'id' | 'changes'>>): (key: string, meta: BundleMeta | undefined) => boolean {
  const leaves = new Map<string, ReadonlyArray<{ rev: string }>>();
  for (const change of changes) leaves.set(change.id, change.changes);
  return (key, meta) => {
    const revs = leaves.get(key);
    return meta !== undefined && meta.pending === undefined && revs?.length === 1 && revs[0]?.rev === meta.rev;
  };
}

/** The bundles among the replica's changes (design documents and strangers' documents left out), each once. */
export const bundleKeysOf = (changes: ReadonlyArray<Pick<ReplicaChange, 'id'>>): string[] => [...new Set(changes.map((change) => change.id).filter(isBundleId))];
