import * as v from 'valibot';
import type { HistoryImportResult } from '../../db/history-import-apply';
import type { HistoryImportUndoResult } from '../../db/history-import-undo';
import { CHANNELS, DIRECTIONS } from '../../domain/model';
import { emails, id, text } from './fields';
import type { RequestTable } from './table';

/** History imports from the options page: LinkedIn export, mailbox and calendar files. */

/** A mailbox of a few hundred thousand messages with a few people each still fits one message (Chrome carries up to 64 MiB). */
export const MAX_HISTORY_INTERACTIONS = 250_000;
export const MAX_HISTORY_NEW_CONTACTS = 20_000;

const HistoryInteractionSchema = v.object({
  contact: v.union([id, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HISTORY_NEW_CONTACTS - 1))]),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  at: v.pipe(v.number(), v.finite()),
  channel: v.picklist(CHANNELS),
  direction: v.picklist(DIRECTIONS),
  summary: v.optional(text(1000)),
});

const HistoryDraftSchema = v.object({
  displayName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  emails: v.pipe(v.array(text(320)), v.maxLength(100)),
  linkedinSlug: v.optional(text(200)),
});

export const HISTORY_IMPORT_REQUESTS = {
  'historyImport.apply': {
    from: ['extension-page'],
    input: v.object({
      fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
      create: v.pipe(v.array(HistoryDraftSchema), v.maxLength(MAX_HISTORY_NEW_CONTACTS)),
      interactions: v.pipe(v.array(HistoryInteractionSchema), v.maxLength(MAX_HISTORY_INTERACTIONS)),
      ownEmails: v.optional(emails),
    }),
  },
  'historyImport.undo': { from: ['extension-page'], input: v.object({ batch: id }) },
} as const satisfies RequestTable;

export interface HistoryImportOutputs {
  'historyImport.apply': HistoryImportResult;
  'historyImport.undo': HistoryImportUndoResult;
}
