import type { CalendarDate, ImportantDate, ImportantDateKind } from '../../utils/domain/model';
import { datesDueOn } from '../../utils/schedule/important-dates';

const DRAFT_OF: Partial<Record<ImportantDateKind, 'birthday' | 'work-anniversary' | 'project-thank-you'>> = {
  birthday: 'birthday',
  anniversary: 'work-anniversary',
  project: 'project-thank-you',
};

/** The draft for the soonest important date whose reminder shows today (a custom date has none of its own). */
export function dateDraftOf(
  dates: readonly ImportantDate[] | undefined,
  today: CalendarDate,
): { kind: 'birthday' | 'work-anniversary' | 'project-thank-you'; dateId: string } | undefined {
  for (const upcoming of datesDueOn(dates, today)) {
    const kind = DRAFT_OF[upcoming.date.kind];
    if (kind) return { kind, dateId: upcoming.date.id };
  }
  return undefined;
}
