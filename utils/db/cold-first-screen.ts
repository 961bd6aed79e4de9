import type { CalendarDate } from '../domain/model';
import { systemTimeZone } from '../schedule/calendar';
import type { ColdData, GoingColdList } from './going-cold';
import type { RapportDatabase } from './open';

export const FIRST_SCREENS_STORE = 'firstScreens' as const;
const COLD_KEY = 'going-cold';
const COLD_STAMP_KEY = 'going-cold:stamp';

/** Rows the stored first screen keeps: more than the tallest options window shows at first; the popup shows 20 of them. */
export const COLD_FIRST_SCREEN_ROWS = 30;

/** The going-cold view's coldest rows as computed from the projections read under `stamp`, for `list.today` in `timeZone`. */
export interface ColdFirstScreen {
  key: typeof COLD_KEY;
  /** None while no write has stamped the data yet. */
  stamp?: string;
  timeZone: string;
  list: GoingColdList;
}

/** Renewed by every write to what the going-cold view reads, in that write's transaction. */
export interface ColdDataStamp {
  key: typeof COLD_STAMP_KEY;
  stamp: string;
}

export type FirstScreenEntry = ColdFirstScreen | ColdDataStamp;

/** A write transaction as the projections' writers hold it (any that includes `firstScreens`). */
export interface FirstScreensInWrite {
  readonly mode: IDBTransactionMode;
  readonly objectStoreNames: { contains(name: string): boolean };
  objectStore(name: typeof FIRST_SCREENS_STORE): {
    put(value: ColdDataStamp): Promise<unknown>;
    delete(key: string): Promise<unknown>;
  };
}

const dropped = new WeakMap<object, Promise<unknown>>();

/**
 * Call in the transaction of every write to `coldContacts` or `contactTimes`: the stored first screen is deleted and
 * the stamp renewed there, once per transaction, so no first screen computed from data read before this write can be
 * shown or stored afterwards.
 */
export function dropColdFirstScreen(tx: FirstScreensInWrite): Promise<unknown> {
  let dropping = dropped.get(tx);
  if (dropping) return dropping;
  // Upgrades from before version 8 may write the projections before the store exists: nothing to drop then.
  if (tx.mode === 'versionchange' && !tx.objectStoreNames.contains(FIRST_SCREENS_STORE)) return Promise.resolve();
  const store = tx.objectStore(FIRST_SCREENS_STORE);
  dropping = Promise.all([store.put({ key: COLD_STAMP_KEY, stamp: crypto.randomUUID() }), store.delete(COLD_KEY)]);
  dropped.set(tx, dropping);
  return dropping;
}

interface StampReader {
  get(key: typeof COLD_STAMP_KEY): Promise<FirstScreenEntry | undefined>;
}

/** The stamp of the data a read sees: read it in the same transaction as the projections. */
export async function coldDataStamp(store: StampReader): Promise<string | undefined> {
  const entry = await store.get(COLD_STAMP_KEY);
  return entry?.key === COLD_STAMP_KEY ? entry.stamp : undefined;
}

/** The stored first screen if it was computed for `today` in `timeZone` and nothing it shows changed since. */
export async function readColdFirstScreen(db: RapportDatabase, today: CalendarDate, timeZone: string): Promise<ColdFirstScreen | undefined> {
  const entry = await db.get(FIRST_SCREENS_STORE, COLD_KEY);
  return entry?.key === COLD_KEY && entry.list.today === today && entry.timeZone === timeZone ? entry : undefined;
}

/** The first `limit` rows of a first screen, when it holds them (or every row there is). */
export function firstRowsOf(list: GoingColdList, limit: number): GoingColdList | undefined {
  if (list.rows.length < Math.min(limit, list.total)) return undefined;
  return { ...list, rows: list.rows.slice(0, limit) };
}

/**
 * Stores the first screen of `list`, computed coldest first from `data`, unless a write renewed the stamp since that
 * data was read: then the list may be stale and is not kept. Says whether it was stored.
 */
export async function storeColdFirstScreen(db: RapportDatabase, list: GoingColdList, { stamp, timeZone }: Pick<ColdData, 'stamp' | 'timeZone'>): Promise<boolean> {
  const tx = db.transaction(FIRST_SCREENS_STORE, 'readwrite');
  const unchanged = (await coldDataStamp(tx.store)) === stamp;
  if (unchanged) {
    const rows = list.rows.slice(0, COLD_FIRST_SCREEN_ROWS);
    await tx.store.put({ key: COLD_KEY, ...(stamp === undefined ? {} : { stamp }), timeZone: timeZone ?? systemTimeZone(), list: { ...list, rows } });
  }
  await tx.done;
  return unchanged;
}
