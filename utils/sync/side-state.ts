import { mergeBundles, type Bundle } from './bundle';
import { sameValue, stampWrite, type FieldValues, type RecordMeta, type Stamp, type SyncedRecord } from './record-merge';

/**
 * Records that live outside the contact stores (user templates, the shared settings) sync one document each, with
 * the same field stamps and merge as contacts. They are written by code that knows nothing of sync (the drafts store
 * keeps templates in `storage.local`, the settings are saved in their own store), so their stamps come from comparing what the
 * device holds with the state this module last saw: a field that differs is a local change, stamped when seen.
 */
export interface SideState {
  /** The record as last merged or seen here; undefined before the first sighting. */
  value: FieldValues;
  meta: RecordMeta;
}

export type SideStates = Record<string, SideState>;

/** Stamp time of a value chosen before this device synced, time unknown: it loses to any change made since. */
export const CHOSEN_BEFORE_SYNC = 1;
/** Stamp time of a value nobody chose (a default, stamped without a device): it loses even to one chosen before sync. */
export const NEVER_CHOSEN = 0;

/**
 * The states after a look at what the device holds now (`current`, by document id): a record seen for the first
 * time gets the "before sync" stamps (its default fields the "never chosen" ones), a changed field gets `stamp`.
 * Returns the ids whose state changed.
 */
export function stampSightings(
  states: SideStates,
  current: Readonly<Record<string, FieldValues>>,
  stamp: Stamp,
  isDefault: (id: string, field: string, value: unknown) => boolean,
): { states: SideStates; changed: string[] } {
  const next: SideStates = { ...states };
  const changed: string[] = [];
  for (const [id, value] of Object.entries(current)) {
    const known = states[id];
    if (!known) {
      next[id] = { value, meta: firstSighting(id, value, stamp, isDefault) };
      changed.push(id);
      continue;
    }
    const written = stampWrite(known.value, known.meta, value, stamp);
    if (!written.changed) continue;
    next[id] = { value, meta: written.meta };
    changed.push(id);
  }
  return { states: next, changed };
}

function firstSighting(id: string, value: FieldValues, [, device, user]: Stamp, isDefault: (id: string, field: string, value: unknown) => boolean): RecordMeta {
  const fields: Record<string, Stamp> = {};
  for (const [field, fieldValue] of Object.entries(value)) if (!isDefault(id, field, fieldValue)) fields[field] = [CHOSEN_BEFORE_SYNC, device, user];
  // No device on a default: nobody wrote it, so it is never kept as a value that lost.
  const meta: RecordMeta = { stamp: [NEVER_CHOSEN, '', ''] };
  if (Object.keys(fields).length > 0) meta.fields = fields;
  return meta;
}

/** The state merged with every version the replica holds of the same document (none: the state stays). */
export function mergeWithReplica(id: string, state: SideState | undefined, remote: readonly Bundle[]): SyncedRecord | undefined {
  const versions: Bundle[] = [...remote];
  if (state) versions.push({ records: { [id]: { value: state.value, meta: state.meta } } });
  if (versions.length === 0) return undefined;
  const merged = versions.reduce((a, b) => mergeBundles(a, b));
  return merged.records[id];
}

export const sameSideValue = (a: FieldValues | undefined, b: FieldValues | undefined) => sameValue(a ?? {}, b ?? {});
