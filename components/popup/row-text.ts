import type { CalendarDate } from '../../utils/domain/model';
import type { DueRow } from '../../utils/db/due-list';
import { t } from '../../utils/i18n';
import { calendarDateOf } from '../../utils/schedule/calendar';
import { BADGE_MAX } from '../../utils/schedule/due';
import { agreementKindLabel } from '../../utils/ui/agreement-kind-label';
import { cadenceLabel } from '../../utils/ui/cadence-label';
import { channelLabel } from '../../utils/ui/channel-label';
import { dateReasonLabel } from '../../utils/ui/date-label';
import { formatDate, relativeDay } from '../../utils/ui/format';
import { kindLabel } from '../../utils/ui/kind-label';

/** A count as the badge shows it: beyond 99 only "99+" is known. */
export function countText(count: number): string {
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

/** The words of a due row, in the UI language. */
export function whoOf(row: DueRow): string {
  return row.who.displayName || t('dueUnknownContact');
}

export function whyOf(row: DueRow): { label: string; text?: string } {
  if (row.why.kind === 'agreement') return { label: `${agreementKindLabel(row.why.agreementKind)}:`, text: row.why.text };
  if (row.why.kind === 'date') return { label: dateReasonLabel(row.why) };
  const cadence = cadenceLabel(row.cadence);
  if (row.fromKind && !row.betweenProjects) return { label: t('tagsCadenceFromKind', [kindLabel(row.fromKind), cadence]) };
  return { label: row.betweenProjects ? t('dueWhyCadenceBetweenProjects', cadence) : t('dueWhyCadence', cadence) };
}

/** An important date's day: today, tomorrow or in N days. */
export function dateWhenOf(row: DueRow, language: string): string {
  if (row.why.kind !== 'date' || row.daysOverdue >= 0) return t('datesOnTheDay');
  const date = formatDate(row.why.occursOn, language);
  return row.daysOverdue === -1 ? t('datesTomorrow', date) : t('datesInDays', [String(-row.daysOverdue), date]);
}

export function dueSinceOf(row: DueRow, today: CalendarDate, language: string): string {
  return t('dueSince', [relativeDay(row.why.dueDate, language, today), formatDate(row.why.dueDate, language)]);
}

export function lastContactOf(row: DueRow, today: CalendarDate, language: string): string {
  if (row.lastContactAt === undefined) return t('lastContactNever');
  return t('dueLastContact', [relativeDay(calendarDateOf(row.lastContactAt), language, today), channelLabel(row.lastContactChannel ?? 'note')]);
}
