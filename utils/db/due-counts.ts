import type { CalendarDate } from '../domain/model';
import type { DueCounts } from '../schedule/due';
import type { RapportDatabase } from './open';

export type { DueCounts };

/** Index counts only: no record is read, whatever the size of the database. */
export async function countDue(db: RapportDatabase, today: CalendarDate): Promise<DueCounts> {
  const tx = db.transaction(['contacts', 'agreements']);
  const byNextFollowUp = tx.objectStore('contacts').index('byNextFollowUp');
  const [followUpsOverdue, followUpsDueToday, agreementsOverdue] = await Promise.all([
    byNextFollowUp.count(IDBKeyRange.upperBound(today, true)),
    byNextFollowUp.count(IDBKeyRange.only(today)),
    tx.objectStore('agreements').index('byStatusDue').count(IDBKeyRange.bound(['open', ''], ['open', today], false, true)),
  ]);
  return { followUpsDueToday, followUpsOverdue, agreementsOverdue };
}
