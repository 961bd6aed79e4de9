import { goingColdList, readColdData, type ColdData, type GoingColdList } from '../../../utils/db/going-cold';
import type { RapportDatabase } from '../../../utils/db/open';
import { todayIn } from '../../../utils/schedule/calendar';

/** More rows than the tallest window shows at first (76 px each): the rest are scored once these are on screen. */
export const COLD_FIRST_ROWS = 30;

/** What the options page's going-cold view reads: every contact with a rhythm, and the coldest screenful already scored. */
export interface ColdView {
  data: ColdData;
  first: GoingColdList;
}

export const readColdView = async (db: RapportDatabase): Promise<ColdView> => {
  const data = await readColdData(db, { today: todayIn(), now: Date.now() });
  return { data, first: goingColdList(data, COLD_FIRST_ROWS) };
};

/** The key of the view's read when the page's entry starts it (components/shared/first-read.ts). */
export const COLD_VIEW_READ = 'options:cold';
