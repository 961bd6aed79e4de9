import { browser } from 'wxt/browser';
import { announcesDataChange } from '../../utils/background/live-area';
import { openRapportDB, type RapportDatabase } from '../../utils/db/open';
import { takeEarlyRead } from './early-read-handoff';

/**
 * A page's first database read, started by its entry before React mounts, so the database works while the
 * page's code is evaluated and rendered. The component that would make the read uses it instead, once.
 * `settle` says whether any page or the background announced a data change after the read began (then the
 * component reads again rather than show what may predate the change) and hands the read over: from then on
 * the component's own listener sees changes.
 */
export interface FirstRead<T> {
  key: string;
  value: Promise<T>;
  settle: () => { stale: boolean };
}

let started: FirstRead<unknown> | undefined;

/**
 * Starts `read` now; `key` names what it reads (the same key the component asks for). When the page's first script
 * already began that read (./early-read.ts), its answer is used; when that script could not read, `read` runs now.
 */
export function startFirstRead<T>(key: string, read: (db: RapportDatabase) => Promise<T>): void {
  const early = takeEarlyRead(key);
  let stale = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (announcesDataChange(changes, area)) stale = true;
  };
  browser.storage.onChanged.addListener(listener);
  early?.stop();
  const begun = early && ((early.changed() ? Promise.resolve(undefined) : early.value) as Promise<T | undefined>);
  const value = begun ? begun.then((answer) => (answer === undefined ? openRapportDB().then(read) : answer)) : openRapportDB().then(read);
  value.catch(() => undefined); // the component sees a failure; none must go unhandled if nobody asks
  const first: FirstRead<T> = {
    key,
    value,
    settle: () => {
      browser.storage.onChanged.removeListener(listener);
      if (started === first) started = undefined;
      return { stale };
    },
  };
  started = first as FirstRead<unknown>;
}

/** The read started for `key`, if one was and it has not been settled. Asking twice gives the same read. */
export function firstReadFor<T>(key: string): FirstRead<T> | undefined {
  return started?.key === key ? (started as FirstRead<T>) : undefined;
}
