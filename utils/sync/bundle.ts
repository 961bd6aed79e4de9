import { canonical, compareStamps, lastChange, mergeRecords, type Stamp, type SyncedRecord } from './record-merge';

/**
 * What travels as one document: a contact with everything attached to it (interactions, agreements), so a
 * contact is never half-deleted or half-sent. Record keys are `<kind>:<id>` (`contact:…`, `interaction:…`).
 */
export interface Bundle {
  records: Record<string, SyncedRecord>;
}

export const INTERACTION_PREFIX = 'interaction:';

/** Record by record; then two live interactions of one email (the same source key) become the older-keyed one. */
export function mergeBundles(a: Bundle, b: Bundle): Bundle {
  const records: Record<string, SyncedRecord> = {};
  for (const key of [...new Set([...Object.keys(a.records), ...Object.keys(b.records)])].sort()) {
    const left = a.records[key];
    const right = b.records[key];
    records[key] = left && right ? mergeRecords(left, right) : ((left ?? right) as SyncedRecord);
  }
  return { records: withoutDuplicateSources(records) };
}

function withoutDuplicateSources(records: Record<string, SyncedRecord>): Record<string, SyncedRecord> {
  const holder = new Map<string, string>();
  for (const key of Object.keys(records).sort()) {
    const record = records[key];
    const sourceKey = record?.value?.sourceKey;
    if (!key.startsWith(INTERACTION_PREFIX) || typeof sourceKey !== 'string' || !record) continue;
    if (!holder.has(sourceKey)) {
      holder.set(sourceKey, key);
      continue;
    }
    const deleted: Stamp = lastChange(record.meta);
    records[key] = { value: undefined, meta: { stamp: record.meta.stamp, deleted } };
  }
  return records;
}

export function sameBundle(a: Bundle, b: Bundle): boolean {
  return canonical(a.records) === canonical(b.records);
}

/** Who changed the bundle's owner record (or anything attached) last. */
export function lastChangeOf(bundle: Bundle): Stamp | undefined {
  let last: Stamp | undefined;
  for (const record of Object.values(bundle.records)) {
    const stamp = lastChange(record.meta);
    if (!last || compareStamps(stamp, last) > 0) last = stamp;
  }
  return last;
}
