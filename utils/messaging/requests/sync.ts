import * as v from 'valibot';
import type { ProbeResult } from '../../sync/probe';
import { id, text } from './fields';
import type { RequestTable } from './table';

/** The options page's Sync section and the sync choices on a contact. */
export const SYNC_REQUESTS = {
  'sync.connect': {
    from: ['extension-page'],
    input: v.object({
      url: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)),
      username: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
      password: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
      create: v.optional(v.boolean(), false),
    }),
  },
  'sync.disconnect': { from: ['extension-page'], input: v.object({}) },
  'sync.now': { from: ['extension-page'], input: v.object({}) },
  'sync.connection': { from: ['extension-page'], input: v.object({}) },
  /** An open extension page asks for live sync, again every 20 s while it stays open. */
  'sync.live': { from: ['extension-page'], input: v.object({}) },
  'sync.setLocalOnly': { from: ['extension-page'], input: v.object({ contactId: id, localOnly: v.boolean() }) },
  'sync.dismissLost': {
    from: ['extension-page'],
    input: v.object({
      contactId: id,
      recordKey: text(200),
      field: text(100),
      stamp: v.tuple([v.number(), text(100), text(200)]),
    }),
  },
} as const satisfies RequestTable;

export interface SyncOutputs {
  /** Never carries the password back. */
  'sync.connect': ProbeResult;
  'sync.disconnect': null;
  'sync.now': null;
  'sync.connection': { url: string; username: string } | null;
  'sync.live': null;
  'sync.setLocalOnly': null;
  'sync.dismissLost': null;
}
