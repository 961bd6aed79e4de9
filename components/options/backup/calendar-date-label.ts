import type { ImportantDate } from '../../../utils/domain/model';
import { t } from '../../../utils/i18n';

/** The title of an important date's calendar event, in the UI language. */
export function calendarDateLabel(date: ImportantDate, name: string): string {
  switch (date.kind) {
    case 'birthday':
      return t('datesCalendarBirthday', name);
    case 'anniversary':
      return t('datesCalendarAnniversary', [name, date.date.slice(0, 4)]);
    case 'project':
      return date.label ? t('datesCalendarProject', [date.label, name]) : t('datesCalendarProjectUnnamed', name);
    case 'custom':
      return t('datesCalendarCustom', [date.label ?? t('datesKind_custom'), name]);
  }
}
