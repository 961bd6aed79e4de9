import { useEffect, useState } from 'react';
import { openRapportDB, type RapportDatabase } from '../../../utils/db/open';
import { useLoadedDataVersion } from './use-loaded-data-version';

export type DatabaseRead<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * Reads straight from the database (an extension page may), again whenever any page or the
 * background changes data. `read` must be a stable function; `argument` says what to read.
 * While a re-read runs, the previous value stays on screen. `hold` skips re-reads (say, while this
 * page's own large write is under way and the answer would be thrown away).
 */
export function useDatabaseRead<A extends string, T>(
  read: (db: RapportDatabase, argument: A) => Promise<T>,
  argument: A,
  { hold = false }: { hold?: boolean } = {},
): DatabaseRead<T> {
  const liveVersion = useLoadedDataVersion();
  const [heldVersion, setHeldVersion] = useState(liveVersion);
  if (!hold && heldVersion !== liveVersion) setHeldVersion(liveVersion);
  const version = hold ? heldVersion : liveVersion;
  const [state, setState] = useState<{ argument: A; result: DatabaseRead<T> } | undefined>(undefined);
  useEffect(() => {
    // Opened while the data version is still being read, not after.
    void openRapportDB().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (version === undefined) return;
    let active = true;
    openRapportDB()
      .then((db) => read(db, argument))
      .then(
        (value) => active && setState({ argument, result: { status: 'ready', value } }),
        (error: unknown) => active && setState({ argument, result: { status: 'failed', message: messageOf(error) } }),
      );
    return () => {
      active = false;
    };
  }, [read, argument, version]);
  return state?.argument === argument ? state.result : { status: 'loading' };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
