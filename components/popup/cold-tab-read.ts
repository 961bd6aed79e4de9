import { readGoingCold, type GoingColdList } from '../../utils/db/going-cold';
import type { RapportDatabase } from '../../utils/db/open';
import { todayIn } from '../../utils/schedule/calendar';

/** The key of the tab's first read when `popup.html#cold` starts it before React mounts. */
export const COLD_TAB_READ = 'popup:cold';
/** Rows the tab shows at first; more come with "Show more". */
export const COLD_PAGE_SIZE = 20;

export const readColdList = (db: RapportDatabase, limit: number): Promise<GoingColdList> => readGoingCold(db, { today: todayIn(), now: Date.now(), limit });
