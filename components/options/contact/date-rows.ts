import type { ImportantDate } from '../../../utils/domain/model';
import { datePartsOf, formatDateParts } from '../../../utils/schedule/important-dates';

/** An important date as the editor holds it: the parts as typed. */
export interface DateRow extends Pick<ImportantDate, 'id' | 'kind' | 'remindDaysBefore' | 'handledOn'> {
  day: string;
  month: string;
  /** '' = not known. */
  year: string;
  label: string;
}

export function dateRowOf(date: ImportantDate): DateRow {
  const parts = datePartsOf(date.date);
  return {
    id: date.id,
    kind: date.kind,
    remindDaysBefore: date.remindDaysBefore,
    ...(date.handledOn ? { handledOn: date.handledOn } : {}),
    day: parts ? String(parts.day) : '',
    month: parts ? String(parts.month) : '1',
    year: parts?.year !== undefined ? String(parts.year) : '',
    label: date.label ?? '',
  };
}

/** `YYYY-MM-DD` or `--MM-DD`; undefined when the parts make no date (31 April, 29 February 2027, day 0). */
export function dateRowValue(row: Pick<DateRow, 'day' | 'month' | 'year'>): string | undefined {
  const whole = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : undefined);
  const day = whole(row.day);
  const month = whole(row.month);
  const year = row.year.trim() === '' ? undefined : whole(row.year);
  if (day === undefined || month === undefined || (row.year.trim() !== '' && year === undefined)) return undefined;
  const value = formatDateParts({ ...(year !== undefined ? { year } : {}), month, day });
  return datePartsOf(value) ? value : undefined;
}
