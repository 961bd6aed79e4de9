import { browser } from '@wxt-dev/browser';
import { openDB } from 'idb';
import { announcesDataChange } from '../../utils/background/live-area';
import type { RapportDatabase } from '../../utils/db/open';
import { DB_NAME, DB_VERSION, type RapportDB } from '../../utils/db/schema';
import type { EarlyRead } from './early-read-handoff';
import { firstReadOf, type PageFirstRead } from './page-first-reads';

/** Starts the first read of the page at `url`, if it has one, and leaves it for the page's entry. */
export function startEarlyRead(url: URL): void {
  const page = url.pathname.endsWith('/popup.html') ? 'popup' : url.pathname.endsWith('/options.html') ? 'options' : undefined;
  const first = page && firstReadOf(page, url.hash);
  if (first) globalThis.rapportEarlyRead = begin(first);
}

function begin({ key, read }: PageFirstRead): EarlyRead {
  let changed = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (announcesDataChange(changes, area)) changed = true;
  };
  browser.storage.onChanged.addListener(listener);
  const value = openCurrentVersion().then(read).catch(() => undefined);
  return { key, value, changed: () => changed, stop: () => browser.storage.onChanged.removeListener(listener) };
}

/**
 * A connection of its own, at the current version only: a database that needs an upgrade (or does not exist yet)
 * is left to the page's code, which knows the migrations. It closes when a newer version wants to upgrade.
 */
function openCurrentVersion(): Promise<RapportDatabase> {
  const opening = openDB<RapportDB>(DB_NAME, DB_VERSION, {
    upgrade: (_db, _old, _new, transaction) => {
      transaction.done.catch(() => undefined); // the abort is the point, not a failure
      transaction.abort();
    },
    blocking: () => void opening.then((db) => db.close()),
  });
  return opening;
}
