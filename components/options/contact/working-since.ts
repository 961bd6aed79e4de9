import type { Agreement, CalendarDate, Interaction } from '../../../utils/domain/model';
import { calendarDateOf } from '../../../utils/schedule/calendar';
import { workingSince } from '../../../utils/schedule/important-dates';

/** The day working together began, as first suggested: the first interaction or agreement, in the user's time zone. */
export function firstDayOf(interactions: readonly Interaction[], agreements: readonly Agreement[]): CalendarDate | undefined {
  const first = (times: readonly number[]) => {
    const earliest = times.reduce((min, at) => (Number.isFinite(at) && at < min ? at : min), Infinity);
    return Number.isFinite(earliest) ? calendarDateOf(earliest) : undefined;
  };
  return workingSince([first(interactions.map((i) => i.at)), first(agreements.map((a) => a.createdAt))]);
}
