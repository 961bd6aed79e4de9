import type { CalendarDate } from '../../utils/domain/model';
import type { DueRow } from '../../utils/db/due-list';
import { t } from '../../utils/i18n';
import { calendarDateOf } from '../../utils/schedule/calendar';
import { BADGE_MAX } from '../../utils/schedule/due';
import { agreementKindLabel } from '../../utils/ui/agreement-kind-label';
import { cadenceLabel } from '../../utils/ui/cadence-label';
import { channelLabel } from '../../utils/ui/channel-label';
import { formatDate, relativeDay } from '../../utils/ui/format';

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
  const cadence = cadenceLabel(row.cadence);
  return { label: row.betweenProjects ? t('dueWhyCadenceBetweenProjects', cadence) : t('dueWhyCadence', cadence) };
}

export function dueSinceOf(row: DueRow, today: CalendarDate, language: string): string {
  return t('dueSince', [relativeDay(row.why.dueDate, language, today), formatDate(row.why.dueDate, language)]);
}

export function lastContactOf(row: DueRow, today: CalendarDate, language: string): string {
  if (row.lastContactAt === undefined) return t('lastContactNever');
  return t('dueLastContact', [relativeDay(calendarDateOf(row.lastContactAt), language, today), channelLabel(row.lastContactChannel ?? 'note')]);
}
