import type { Bundle } from './bundle';
import { fromDocument, toDocument, type BundleDocument } from './documents';
import type { Replica } from './reconcile';
import { canonical, type FieldValues, type Stamp } from './record-merge';
import { mergeWithReplica, NEVER_CHOSEN, sameSideValue, stampSightings, type SideState, type SideStates } from './side-state';

/** A kind of record kept outside the contact stores, one document per record. */
export interface SideSource {
  /** The document ids it owns: every id with a prefix, or one id. */
  owns: { prefix: string } | { id: string };
  /** What the device holds now, by document id, and a token that changes whenever that does. */
  read(): Promise<{ values: Record<string, FieldValues>; token: string }>;
  /** The value of a record the device held once and no longer does (a removed template). */
  absent: FieldValues;
  isDefault(id: string, field: string, value: unknown): boolean;
  /**
   * Writes merged values and returns the ids it stored (one it cannot hold, such as a template this version cannot
   * read, is left out); undefined, and nothing written, when the device's records changed since `token` was read.
   */
  write(values: Record<string, FieldValues>, token: string): Promise<string[] | undefined>;
}

export interface SideStateStore {
  read(): Promise<SideStates>;
  write(states: SideStates): Promise<void>;
}

type RangeQuery = { startkey: string; endkey: string; include_docs: true; conflicts: true };
type Rows = Awaited<ReturnType<Replica['allDocs']>>;

/** The part of the local replica side records need: reconcile's, and reading a range of ids. */
export interface SideReplica extends Pick<Replica, 'bulkGet' | 'bulkDocs'> {
  allDocs(options: RangeQuery | Parameters<Replica['allDocs']>[0]): Promise<Rows>;
}

interface ReplicaDoc {
  rev: string;
  /** The winner and every conflicting leaf, readable ones only. */
  versions: Bundle[];
  winner?: Bundle;
  conflicts: string[];
}

export interface SideOutcome {
  /** Documents written to the replica, to be sent. */
  written: number;
  /** Some records changed on this device. */
  applied: boolean;
  /** The device changed while merging: run again. */
  retry: boolean;
}

const owned = (source: SideSource, id: string) => ('prefix' in source.owns ? id.startsWith(source.owns.prefix) : id === source.owns.id);

/**
 * One pass for every source: local changes are stamped, merged with the replica's versions (conflicting leaves
 * included), the result written to the replica (losing leaves deleted) and to the device.
 */
export async function syncSide(replica: SideReplica, sources: readonly SideSource[], store: SideStateStore, stamp: Stamp): Promise<SideOutcome> {
  let states = await store.read();
  const outcome: SideOutcome = { written: 0, applied: false, retry: false };
  for (const source of sources) {
    const { values, token } = await source.read();
    const current: Record<string, FieldValues> = { ...values };
    for (const id of Object.keys(states)) if (owned(source, id) && !(id in current)) current[id] = source.absent;
    const seen = stampSightings(states, current, stamp, source.isDefault).states;
    const remote = await readOwned(replica, source);
    const next: SideStates = { ...seen };
    const writes: BundleDocument[] = [];
    const toDevice: Record<string, FieldValues> = {};
    for (const id of [...new Set([...Object.keys(current), ...remote.keys()])].sort()) {
      const doc = remote.get(id);
      const merged = mergeWithReplica(id, seen[id], doc?.versions ?? []);
      if (!merged?.value) continue;
      const winner = doc?.winner?.records[id];
      const untouched = merged.meta.stamp[0] === NEVER_CHOSEN && !merged.meta.fields;
      if (untouched && !doc) {
        // Nothing anyone chose (all defaults): not worth a document.
        next[id] = { value: merged.value, meta: merged.meta };
        continue;
      }
      if (!winner || canonical(winner) !== canonical(merged) || (doc?.conflicts.length ?? 0) > 0) {
        writes.push(toDocument(id, { records: { [id]: merged } }, doc?.rev), ...(doc?.conflicts ?? []).map((rev) => ({ _id: id, _rev: rev, _deleted: true })));
      }
      if (!sameSideValue(merged.value, current[id])) toDevice[id] = merged.value;
      next[id] = { value: merged.value, meta: merged.meta } satisfies SideState;
    }
    if (writes.length > 0) {
      const results = await replica.bulkDocs(writes);
      outcome.written += results.filter((result, index) => result.ok && !writes[index]?._deleted).length;
    }
    if (Object.keys(toDevice).length > 0) {
      const result = await source.write(toDevice, token);
      if (result === undefined) outcome.retry = true;
      const stored = new Set(result ?? []);
      if (stored.size > 0) outcome.applied = true;
      // What is not on the device keeps the state the device had, so a later pass merges again rather than
      // mistaking the device's older value (or its lack of one) for a change made here.
      for (const id of Object.keys(toDevice)) {
        if (stored.has(id)) continue;
        if (seen[id]) next[id] = seen[id];
        else delete next[id];
      }
    }
    states = next;
  }
  await store.write(states);
  return outcome;
}

async function readOwned(replica: SideReplica, source: SideSource): Promise<Map<string, ReplicaDoc>> {
  const query =
    'prefix' in source.owns
      ? { startkey: source.owns.prefix, endkey: `${source.owns.prefix}\ufff0`, include_docs: true as const, conflicts: true as const }
      : { keys: [source.owns.id], include_docs: true as const, conflicts: true as const };
  const { rows } = await replica.allDocs(query);
  const docs = new Map<string, ReplicaDoc>();
  const conflicted: Array<{ id: string; rev: string }> = [];
  for (const row of rows) {
    if (row.error || !row.value || !owned(source, row.id)) continue;
    const winner = row.doc ? fromDocument(row.doc) : undefined;
    const conflicts = (row.doc as { _conflicts?: string[] } | null | undefined)?._conflicts ?? [];
    docs.set(row.id, { rev: row.value.rev, winner, versions: winner ? [winner] : [], conflicts });
    for (const rev of conflicts) conflicted.push({ id: row.id, rev });
  }
  if (conflicted.length > 0) {
    const { results } = await replica.bulkGet({ docs: conflicted });
    for (const result of results) {
      for (const leaf of result.docs) {
        const bundle = leaf.ok ? fromDocument(leaf.ok) : undefined;
        if (bundle) docs.get(result.id)?.versions.push(bundle);
      }
    }
  }
  return docs;
}
