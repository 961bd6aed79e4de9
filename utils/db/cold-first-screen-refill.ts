import type { CalendarDate } from '../domain/model';
import { systemTimeZone, todayIn } from '../schedule/calendar';
import { COLD_FIRST_SCREEN_ROWS, readColdFirstScreen, storeColdFirstScreen } from './cold-first-screen';
import { goingColdList, readColdData } from './going-cold';
import type { RapportDatabase } from './open';

/**
 * Stores the going-cold view's first screen for `today` again when a write dropped it or it is for another day, so
 * the next opening shows it with one read. Says whether it had to.
 */
export async function refillColdFirstScreen(db: RapportDatabase, today: CalendarDate = todayIn(), timeZone: string = systemTimeZone()): Promise<boolean> {
  if (await readColdFirstScreen(db, today, timeZone)) return false;
  const data = await readColdData(db, { today, now: Date.now(), timeZone });
  return storeColdFirstScreen(db, goingColdList(data, COLD_FIRST_SCREEN_ROWS), data);
}
