import type { Bundle } from './bundle';
import type { FieldValues, RecordMeta, SyncedRecord } from './record-merge';

/**
 * A bundle as a CouchDB document: `_id` is the bundle key (`contact:<id>`), each record its stamped fields.
 * `format` leaves room for later versions (and for an encrypted form: a transform on the way out and in).
 */
export interface BundleDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  format?: 1;
  records?: Record<string, { v?: FieldValues; m: RecordMeta }>;
}

export const DOCUMENT_FORMAT = 1;

export function toDocument(id: string, bundle: Bundle, rev?: string): BundleDocument {
  const records: NonNullable<BundleDocument['records']> = {};
  for (const [key, record] of Object.entries(bundle.records)) records[key] = record.value ? { v: record.value, m: record.meta } : { m: record.meta };
  return { _id: id, ...(rev ? { _rev: rev } : {}), format: DOCUMENT_FORMAT, records };
}

/** A document this version can read as a bundle; undefined for a deleted one or one it does not understand. */
export function fromDocument(document: BundleDocument): Bundle | undefined {
  if (document._deleted || document.format !== DOCUMENT_FORMAT || typeof document.records !== 'object' || document.records === null) return undefined;
  const records: Record<string, SyncedRecord> = {};
  for (const [key, record] of Object.entries(document.records)) {
    if (!isRecordMeta(record?.m)) continue;
    records[key] = { value: record.v && typeof record.v === 'object' ? record.v : undefined, meta: record.m };
  }
  return { records };
}

function isRecordMeta(meta: unknown): meta is RecordMeta {
  if (typeof meta !== 'object' || meta === null) return false;
  const stamp = (meta as { stamp?: unknown }).stamp;
  return Array.isArray(stamp) && typeof stamp[0] === 'number' && typeof stamp[1] === 'string';
}

/** Only bundles of known owners travel: design documents and strangers' documents are left alone. */
export const isBundleId = (id: string) => id.startsWith('contact:');
