import type { CalendarDate } from '../domain/model';
import { addDays, addMonths, isCalendarDate } from './calendar';

export const SNOOZE_PRESETS = [
  { id: '1-day', messageKey: 'snooze_1_day' },
  { id: '1-week', messageKey: 'snooze_1_week' },
  { id: '1-month', messageKey: 'snooze_1_month' },
] as const;

export type SnoozePresetId = (typeof SNOOZE_PRESETS)[number]['id'];
export type SnoozeOption = SnoozePresetId | { until: CalendarDate };

/** Message name for the "until a date…" entry. */
export const SNOOZE_UNTIL_MESSAGE_KEY = 'snooze_until_date';

/**
 * The `snoozedUntil` date for a snooze chosen today: the follow-up comes back on that date.
 * "1 month" is a calendar month (Jan 31 → Feb 28/29). A chosen date is kept as chosen; one that is not
 * after today is a snooze already over. The follow-up is never earlier than its cadence due date
 * anyway: `nextFollowUp` takes the later of the two. Throws RangeError on a malformed date.
 */
export function snoozeUntil(option: SnoozeOption, today: CalendarDate): CalendarDate {
  switch (option) {
    case '1-day':
      return addDays(today, 1);
    case '1-week':
      return addDays(today, 7);
    case '1-month':
      return addMonths(today, 1);
    default:
      if (!isCalendarDate(today)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(today)}.`);
      if (!isCalendarDate(option.until)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(option.until)}.`);
      return option.until;
  }
}
