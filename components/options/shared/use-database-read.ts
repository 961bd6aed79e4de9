import { useEffect, useRef, useState } from 'react';
import { openRapportDB, type RapportDatabase } from '../../../utils/db/open';
import { firstReadFor } from '../../shared/first-read';
import { useLoadedDataVersion } from './use-loaded-data-version';

export type DatabaseRead<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * Reads straight from the database (an extension page may), again whenever any page or the
 * background changes data. `read` must be a stable function; `argument` says what to read.
 * While a re-read runs, the previous value stays on screen. `hold` skips re-reads (say, while this
 * page's own large write is under way and the answer would be thrown away). `first` names a read the page's
 * entry started before React mounted (components/shared/first-read.ts): when there is one for this argument it is
 * shown as soon as it is there, without waiting for the data version, and it stands for the first read.
 */
export function useDatabaseRead<A extends string, T>(
  read: (db: RapportDatabase, argument: A) => Promise<T>,
  argument: A,
  { hold = false, first: firstKey }: { hold?: boolean; first?: string } = {},
): DatabaseRead<T> {
  const liveVersion = useLoadedDataVersion();
  const [heldVersion, setHeldVersion] = useState(liveVersion);
  if (!hold && heldVersion !== liveVersion) setHeldVersion(liveVersion);
  const version = hold ? heldVersion : liveVersion;
  const [state, setState] = useState<{ argument: A; result: DatabaseRead<T> } | undefined>(undefined);
  const [first] = useState(() => (firstKey === undefined ? undefined : firstReadFor<T>(firstKey)));
  /** Whether the first read still stands for what this hook would read (until data changes or the argument does). */
  const firstStands = useRef(first !== undefined);
  const firstArgument = useRef(argument);
  useEffect(() => {
    if (!first) return;
    let active = true;
    const show = (result: DatabaseRead<T>) => active && firstStands.current && setState({ argument: firstArgument.current, result });
    first.value.then(
      (value) => show({ status: 'ready', value }),
      (error: unknown) => show({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      active = false;
    };
  }, [first]);
  useEffect(() => {
    // Opened while the data version is still being read, not after.
    void openRapportDB().catch(() => undefined);
  }, []);
  const settled = useRef(false);
  useEffect(() => {
    if (version === undefined) return;
    if (first && !settled.current) {
      settled.current = true;
      const { stale } = first.settle();
      if (!stale && argument === firstArgument.current) return; // the first read is this one
    }
    firstStands.current = false;
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
  }, [read, argument, version, first]);
  return state?.argument === argument ? state.result : { status: 'loading' };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
