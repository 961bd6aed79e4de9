import { COLD_FIRST_SCREEN_ROWS, readColdFirstScreen, storeColdFirstScreen } from '../../../utils/db/cold-first-screen';
import { goingColdList, readColdData, type ColdData, type GoingColdList } from '../../../utils/db/going-cold';
import type { RapportDatabase } from '../../../utils/db/open';
import { systemTimeZone, todayIn } from '../../../utils/schedule/calendar';

/** More rows than the tallest window shows at first (76 px each): the rest are scored once these are on screen. */
export const COLD_FIRST_ROWS = COLD_FIRST_SCREEN_ROWS;

/**
 * What the options page's going-cold view reads first: its coldest screenful, with what it was scored from (every
 * contact with a rhythm), or, when the stored first screen is for today and nothing it shows changed since, that
 * screenful alone and the stamp it was stored under.
 */
export type ColdView = { first: GoingColdList; data: ColdData; stored?: undefined } | { first: GoingColdList; data?: undefined; stored: { stamp?: string } };

export const readColdView = async (db: RapportDatabase): Promise<ColdView> => {
  const today = todayIn();
  const stored = await readColdFirstScreen(db, today, systemTimeZone());
  if (stored) return { first: stored.list, stored: stored.stamp === undefined ? {} : { stamp: stored.stamp } };
  const data = await readColdData(db, { today, now: Date.now() });
  const first = goingColdList(data, COLD_FIRST_ROWS);
  void storeColdFirstScreen(db, first, data).catch(() => undefined);
  return { data, first };
};

/**
 * Every row, when the view began with its stored first screen: read and scored as a view without one is; the first
 * screen is stored again when the data has changed since it was (a write, then this page's own reread, came first).
 */
export async function readWholeColdList(db: RapportDatabase, stored: { stamp?: string }): Promise<GoingColdList> {
  const data = await readColdData(db, { today: todayIn(), now: Date.now() });
  const whole = goingColdList(data);
  if (data.stamp !== stored.stamp) void storeColdFirstScreen(db, whole, data).catch(() => undefined);
  return whole;
}

/** The key of the view's read when the page's entry starts it (components/shared/first-read.ts). */
export const COLD_VIEW_READ = 'options:cold';
