import type { ImportantDateKind } from '../domain/model';
import type { DueReason } from '../schedule/due';
import { t } from '../i18n';

type DateReason = Extract<DueReason, { kind: 'date' }>;

export function dateKindLabel(kind: ImportantDateKind): string {
  return t(`datesKind_${kind}`);
}

/** "Birthday (40)", "3 years of working together", "Project completed: Relaunch (thank-you card)", a custom date's name. */
export function dateReasonLabel(why: Pick<DateReason, 'dateKind' | 'label' | 'years'>): string {
  switch (why.dateKind) {
    case 'birthday':
      return why.years !== undefined ? t('datesDueBirthdayYears', String(why.years)) : t('datesDueBirthday');
    case 'anniversary':
      return why.years === 1 ? t('datesDueAnniversaryOne') : t('datesDueAnniversary', String(why.years ?? ''));
    case 'project':
      return why.label ? t('datesDueProject', why.label) : t('datesDueProjectUnnamed');
    case 'custom':
      return why.label ? t('datesDueCustom', why.label) : t('datesKind_custom');
  }
}
