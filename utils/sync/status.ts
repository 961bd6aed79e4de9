import type { SyncProblem } from './probe';

/** What the options page shows about sync; published by the background in `storage.local`, never with credentials. */
export type SyncStatus =
  | { state: 'off' }
  | { state: 'syncing'; done: number; total?: number; lastSyncedAt?: number }
  | { state: 'idle'; lastSyncedAt: number; live: boolean }
  | { state: 'offline'; retryAt: number; lastSyncedAt?: number }
  | { state: 'error'; problem: SyncProblem; lastSyncedAt?: number };

export const SYNC_STATUS_KEY = 'syncStatus';
/** The connection (address, user name, password): read by the background only, never sent anywhere but that server. */
export const SYNC_CONNECTION_KEY = 'syncConnection';
export const SYNC_APPLIED_SEQ_KEY = 'syncAppliedSeq';
export const SYNC_LIVE_PORT = 'rapport-sync-live';

export interface SyncConnection {
  url: string;
  username: string;
  password: string;
}

export function lastSyncedOf(status: SyncStatus | undefined): number | undefined {
  return status && 'lastSyncedAt' in status ? status.lastSyncedAt : undefined;
}
