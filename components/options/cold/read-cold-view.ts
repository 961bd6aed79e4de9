import { readGoingCold, type GoingColdList } from '../../../utils/db/going-cold';
import type { RapportDatabase } from '../../../utils/db/open';
import { todayIn } from '../../../utils/schedule/calendar';

/** What the options page's going-cold view reads: every contact with a rhythm, coldest first. */
export const readColdView = (db: RapportDatabase): Promise<GoingColdList> => readGoingCold(db, { today: todayIn(), now: Date.now() });

/** The key of the view's read when the page's entry starts it (components/shared/first-read.ts). */
export const COLD_VIEW_READ = 'options:cold';
