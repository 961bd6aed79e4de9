/**
 * Field-level merge of synced records, the same on every device (no CouchDB here: pure data).
 *
 * Every field carries the stamp of the write that set it: when, which device, which user. Two versions of a
 * record merge field by field, the later stamp winning (device id breaks ties). The merge is commutative,
 * associative and idempotent, so replicas that have seen the same writes hold the same record, whatever the
 * order they met in. A value that lost without its writer having seen the winner is kept in `lost` until the
 * user dismisses it: "also written on the other device".
 */

/** `[at, device, user]`: when (ms), which device (random id), who (the sync user name, '' before connecting). */
export type Stamp = readonly [at: number, device: string, user: string];

export interface LostValue {
  field: string;
  /** The value that lost; `null` when the losing write removed the field. */
  value: unknown;
  stamp: Stamp;
}

export interface RecordMeta {
  /** The stamp of every field not named in `fields`. */
  stamp: Stamp;
  fields?: Record<string, Stamp>;
  /** Per field and device: the newest write of that device a later write (or a dismissal) knowingly replaced. */
  replaced?: Record<string, Record<string, number>>;
  lost?: LostValue[];
  /** Set when the record is deleted: deletion wins over any edit of the same record. */
  deleted?: Stamp;
}

export type FieldValues = Record<string, unknown>;

export interface SyncedRecord {
  /** undefined once deleted. */
  value: FieldValues | undefined;
  meta: RecordMeta;
}

export const NO_STAMP: Stamp = [0, '', ''];

export function compareStamps(a: Stamp, b: Stamp): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

const laterStamp = (a: Stamp, b: Stamp) => (compareStamps(a, b) >= 0 ? a : b);

export function stampOf(meta: RecordMeta, field: string): Stamp {
  return meta.fields?.[field] ?? meta.stamp;
}

/** The newest stamp anywhere in the record: who changed it last, and when. */
export function lastChange(meta: RecordMeta): Stamp {
  let last = meta.deleted ? laterStamp(meta.stamp, meta.deleted) : meta.stamp;
  for (const stamp of Object.values(meta.fields ?? {})) last = laterStamp(last, stamp);
  return last;
}

/** A canonical text of a JSON value (object keys sorted), to compare values and break ties. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

export const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The lost values worth showing: those that differ from what the field holds now. */
export function visibleLost(record: SyncedRecord): LostValue[] {
  return (record.meta.lost ?? []).filter((lost) => !sameValue(lost.value ?? undefined, record.value?.[lost.field]));
}

/**
 * The meta of a record after a local write: every field whose value changed gets `stamp`, and the value it
 * replaced is marked as knowingly replaced. `changed` is false when no synced field changed.
 */
export function stampWrite(
  previous: FieldValues | undefined,
  previousMeta: RecordMeta | undefined,
  next: FieldValues,
  stamp: Stamp,
): { meta: RecordMeta; changed: boolean } {
  if (!previous || !previousMeta || previousMeta.deleted) return { meta: { stamp }, changed: true };
  const fields: Record<string, Stamp> = { ...previousMeta.fields };
  const replaced: Record<string, Record<string, number>> = { ...previousMeta.replaced };
  let changed = false;
  for (const field of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (sameValue(previous[field], next[field])) continue;
    changed = true;
    const before = stampOf(previousMeta, field);
    fields[field] = stamp;
    if (before[1]) replaced[field] = { ...replaced[field], [before[1]]: Math.max(replaced[field]?.[before[1]] ?? before[0], before[0]) };
  }
  if (!changed) return { meta: previousMeta, changed: false };
  // A lost value this write now knowingly replaces goes, as a merge would drop it: the record stays in the form
  // merging gives, so merging it with itself changes nothing.
  const lost = prunedLost(previousMeta.lost ?? [], replaced, (field) => fields[field] ?? previousMeta.stamp);
  return { meta: compactMeta({ ...previousMeta, fields, replaced, lost }), changed: true };
}

/** The meta after the user dismissed a lost value: it counts as knowingly replaced, on every device. */
export function dismissLost(meta: RecordMeta, lost: LostValue): RecordMeta {
  const [at, device] = lost.stamp;
  const replaced = { ...meta.replaced, [lost.field]: { ...meta.replaced?.[lost.field], [device]: Math.max(meta.replaced?.[lost.field]?.[device] ?? at, at) } };
  return compactMeta({ ...meta, replaced, lost: prunedLost(meta.lost ?? [], replaced, (field) => stampOf(meta, field)) });
}

export function deletedRecord(meta: RecordMeta | undefined, stamp: Stamp): SyncedRecord {
  const base = meta ?? { stamp };
  return { value: undefined, meta: { stamp: base.stamp, deleted: base.deleted ? laterStamp(base.deleted, stamp) : stamp } };
}

/** Merges two versions of one record; see the file comment for the rules. */
export function mergeRecords(a: SyncedRecord, b: SyncedRecord): SyncedRecord {
  if (a.meta.deleted || b.meta.deleted) {
    const deleted = [a.meta.deleted, b.meta.deleted].filter((stamp): stamp is Stamp => stamp !== undefined).reduce(laterStamp);
    return { value: undefined, meta: { stamp: laterStamp(a.meta.stamp, b.meta.stamp), deleted } };
  }
  const av = a.value ?? {};
  const bv = b.value ?? {};
  const names = new Set([...Object.keys(av), ...Object.keys(bv), ...Object.keys(a.meta.fields ?? {}), ...Object.keys(b.meta.fields ?? {})]);
  const value: FieldValues = {};
  const stamps: Record<string, Stamp> = {};
  const candidates: LostValue[] = [...(a.meta.lost ?? []), ...(b.meta.lost ?? [])];
  for (const field of [...names].sort()) {
    const sa = stampOf(a.meta, field);
    const sb = stampOf(b.meta, field);
    const order = compareStamps(sa, sb) || (canonical(av[field]) < canonical(bv[field]) ? -1 : canonical(av[field]) > canonical(bv[field]) ? 1 : 0);
    const [winner, winnerStamp, loser, loserStamp] = order >= 0 ? [av, sa, bv, sb] : [bv, sb, av, sa];
    if (winner[field] !== undefined) value[field] = winner[field];
    stamps[field] = winnerStamp;
    // Even an equal value is kept as a candidate: whether it shows depends on the final winner, not on merge order.
    if (compareStamps(winnerStamp, loserStamp) !== 0) candidates.push({ field, value: loser[field] ?? null, stamp: loserStamp });
  }
  const replaced = mergeReplaced(a.meta.replaced, b.meta.replaced);
  const stamp = laterStamp(a.meta.stamp, b.meta.stamp);
  const fields: Record<string, Stamp> = {};
  for (const [field, fieldStamp] of Object.entries(stamps)) if (compareStamps(fieldStamp, stamp) !== 0) fields[field] = fieldStamp;
  const lost = prunedLost(candidates, replaced, (field) => stamps[field] ?? stamp);
  return { value, meta: compactMeta({ stamp, fields, replaced, lost }) };
}

function mergeReplaced(
  a: RecordMeta['replaced'] = {},
  b: RecordMeta['replaced'] = {},
): Record<string, Record<string, number>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const devices: Record<string, number> = { ...a[field] };
    for (const [device, at] of Object.entries(b[field] ?? {})) devices[device] = Math.max(devices[device] ?? at, at);
    merged[field] = devices;
  }
  return merged;
}

/** Drops what was knowingly replaced, the winner itself and repeats; sorted, so equal states are equal documents. */
function prunedLost(candidates: readonly LostValue[], replaced: Record<string, Record<string, number>>, winnerOf: (field: string) => Stamp): LostValue[] {
  const kept = new Map<string, LostValue>();
  for (const lost of candidates) {
    const [at, device] = lost.stamp;
    if (!device) continue;
    const knownUpTo = replaced[lost.field]?.[device];
    if (knownUpTo !== undefined && knownUpTo >= at) continue;
    if (compareStamps(lost.stamp, winnerOf(lost.field)) >= 0) continue;
    const key = `${lost.field}\u0000${at}\u0000${device}`;
    if (!kept.has(key)) kept.set(key, lost);
  }
  return [...kept.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, lost]) => lost);
}

function compactMeta(meta: RecordMeta): RecordMeta {
  const compact: RecordMeta = { stamp: meta.stamp };
  if (meta.fields && Object.keys(meta.fields).length > 0) compact.fields = meta.fields;
  if (meta.replaced && Object.keys(meta.replaced).length > 0) compact.replaced = meta.replaced;
  if (meta.lost && meta.lost.length > 0) compact.lost = meta.lost;
  if (meta.deleted) compact.deleted = meta.deleted;
  return compact;
}
