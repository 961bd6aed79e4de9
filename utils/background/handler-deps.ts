import type { RapportDatabase } from '../db/open';
import type { SyncControl } from './sync-handlers';

export interface HandlerDeps {
  db: () => Promise<RapportDatabase>;
  /** Runs after every write: badge and open pages learn about it (and sync sends it). */
  changed: () => Promise<void>;
  /** The sync engine; absent where sync cannot run (unit tests of other features). */
  sync?: SyncControl;
}

/** Runs a write, then tells the badge and every open page. */
export function writer({ db, changed }: HandlerDeps) {
  return async <T>(write: (database: RapportDatabase) => Promise<T>): Promise<T> => {
    const result = await write(await db());
    await changed();
    return result;
  };
}
