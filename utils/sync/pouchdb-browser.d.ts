// The few parts of PouchDB that utils/sync uses. DefinitelyTyped's @types/pouchdb declares globals that
// clash with Node's Buffer types in the rest of the project, so it is not installed.
declare module 'pouchdb-browser' {
  export namespace PouchDB {
    interface ReplicationInfo {
      docs_written: number;
      pending?: number;
      ok?: boolean;
      status?: string;
      direction?: 'push' | 'pull';
    }
    interface SyncChange {
      direction: 'push' | 'pull';
      change: ReplicationInfo;
    }
    interface ReplicationOptions {
      live?: boolean;
      retry?: boolean;
      batch_size?: number;
      batches_limit?: number;
      /** The wait (ms) before the next retry, given the previous one (0 at first). */
      back_off_function?: (previous: number) => number;
    }
    interface Emitter<Change> {
      on(event: 'change', listener: (info: Change) => void): this;
      on(event: 'complete', listener: (info: ReplicationInfo) => void): this;
      on(event: 'paused' | 'active', listener: (error?: unknown) => void): this;
      on(event: 'error' | 'denied', listener: (error: unknown) => void): this;
      cancel(): void;
    }
    interface Database {
      replicate: { to(target: Database, options?: ReplicationOptions): Emitter<ReplicationInfo> };
      sync(target: Database, options?: ReplicationOptions): Emitter<SyncChange> & { push: Emitter<ReplicationInfo>; pull: Emitter<ReplicationInfo> };
      changes(options: {
        since: string | number;
        limit: number;
        style?: 'all_docs';
        include_docs?: boolean;
        conflicts?: boolean;
      }): Promise<{
        results: Array<{ id: string; changes: Array<{ rev: string }>; deleted?: boolean; doc?: { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] } }>;
        last_seq: string | number;
      }>;
      info(): Promise<{ doc_count: number }>;
      revsDiff(request: Record<string, string[]>): Promise<Record<string, { missing: string[]; possible_ancestors?: string[] }>>;
      allDocs(options: { keys: string[] }): Promise<{ rows: Array<{ key: string; error?: string }> }>;
      destroy(): Promise<unknown>;
    }
    interface Options {
      adapter?: string;
      auto_compaction?: boolean;
      skip_setup?: boolean;
      auth?: { username: string; password: string };
    }
  }
  export type PouchStatic = new (name: string, options?: PouchDB.Options) => PouchDB.Database;
  const PouchDBConstructor: PouchStatic;
  export default PouchDBConstructor;
}
