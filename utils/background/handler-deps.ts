import type { RapportDatabase } from '../db/open';

export interface HandlerDeps {
  db: () => Promise<RapportDatabase>;
  /** Runs after every write: badge and open pages learn about it. */
  changed: () => Promise<void>;
}

/** Runs a write, then tells the badge and every open page. */
export function writer({ db, changed }: HandlerDeps) {
  return async <T>(write: (database: RapportDatabase) => Promise<T>): Promise<T> => {
    const result = await write(await db());
    await changed();
    return result;
  };
}
