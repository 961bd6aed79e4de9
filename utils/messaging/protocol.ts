import type * as v from 'valibot';
import { CORE_REQUESTS, type CoreOutputs } from './requests/core';
import { SIDEBAR_REQUESTS, type SidebarOutputs } from './requests/sidebar';
import { DRAFTS_REQUESTS, type DraftsOutputs } from './requests/drafts';
import { OPTIONS_REQUESTS, type OptionsOutputs } from './requests/options';
import { DUE_REQUESTS, type DueOutputs } from './requests/due';
import { SYNC_REQUESTS, type SyncOutputs } from './requests/sync';
import { HISTORY_IMPORT_REQUESTS, type HistoryImportOutputs } from './requests/history-import';
import { HISTORY_REQUESTS, type HistoryOutputs } from './requests/history';
import { COLD_REQUESTS, type ColdOutputs } from './requests/cold';
import { ORGANISATIONS_REQUESTS, type OrganisationsOutputs } from './requests/organisations';

export type { SenderKind } from './requests/table';
export type { ContactCard, DraftResult, SidebarState } from './requests/core';

/** Every request the background answers: one table per feature, merged here. */
export const REQUESTS = {
  ...CORE_REQUESTS,
  ...SIDEBAR_REQUESTS,
  ...DRAFTS_REQUESTS,
  ...OPTIONS_REQUESTS,
  ...DUE_REQUESTS,
  ...HISTORY_IMPORT_REQUESTS,
  ...HISTORY_REQUESTS,
  ...COLD_REQUESTS,
  ...ORGANISATIONS_REQUESTS,
  ...SYNC_REQUESTS,
} as const;

export type RequestType = keyof typeof REQUESTS;
export type RequestInput<K extends RequestType> = v.InferOutput<(typeof REQUESTS)[K]['input']>;

export type ResponseOutputs = CoreOutputs & SidebarOutputs & DraftsOutputs & OptionsOutputs & DueOutputs & HistoryImportOutputs & HistoryOutputs & ColdOutputs &
  OrganisationsOutputs &
  SyncOutputs;
export type RequestOutput<K extends RequestType> = ResponseOutputs[K];

/** `tab`: the tab an extension page outside any tab (the side panel) speaks for. */
export type Envelope<K extends RequestType = RequestType> = { rapport: 1; type: K; input: unknown; tab?: number };
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
