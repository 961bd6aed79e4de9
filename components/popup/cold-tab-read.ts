import { COLD_FIRST_SCREEN_ROWS, firstRowsOf, readColdFirstScreen, storeColdFirstScreen } from '../../utils/db/cold-first-screen';
import { goingColdList, readColdData, type GoingColdList } from '../../utils/db/going-cold';
import type { RapportDatabase } from '../../utils/db/open';
import { systemTimeZone, todayIn } from '../../utils/schedule/calendar';

/** The key of the tab's first read when `popup.html#cold` starts it before React mounts. */
export const COLD_TAB_READ = 'popup:cold';
/** Rows the tab shows at first; more come with "Show more". */
export const COLD_PAGE_SIZE = 20;

/**
 * The `limit` coldest rows: from the stored first screen when it is for today, holds them and nothing it shows
 * changed since; else read and scored, and the first screen stored again for the next opening.
 */
export async function readColdList(db: RapportDatabase, limit: number): Promise<GoingColdList> {
  const today = todayIn();
  const stored = limit <= COLD_FIRST_SCREEN_ROWS ? await readColdFirstScreen(db, today, systemTimeZone()) : undefined;
  const fromStored = stored && firstRowsOf(stored.list, limit);
  if (fromStored) return fromStored;
  const data = await readColdData(db, { today, now: Date.now() });
  const list = goingColdList(data, Math.max(limit, COLD_FIRST_SCREEN_ROWS));
  void storeColdFirstScreen(db, list, data).catch(() => undefined);
  return { ...list, rows: list.rows.slice(0, limit) };
}
