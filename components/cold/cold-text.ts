import type { CalendarMonth } from '../../utils/cold/months';
import type { ColdLevel, Coldness } from '../../utils/cold/score';
import type { Cadence, CalendarDate, Language } from '../../utils/domain/model';
import { t, type MessageKey } from '../../utils/i18n';
import { addDays } from '../../utils/schedule/calendar';
import { relativeDay } from '../../utils/ui/format';
import { dateFormat, numberFormat } from '../../utils/ui/formatters';

/** "5 months", "2 Wochen": whole days as a person says them, with the language's plural. */
export function durationText(days: number, language: Language): string {
  const [value, unit] = days < 14 ? [days, 'day'] : days < 60 ? [Math.round(days / 7), 'week'] : days < 730 ? [Math.round(days / 30.44), 'month'] : [Math.round(days / 365.25), 'year'];
  return numberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** "every 6 weeks", "jeden Monat". */
export function rhythmText(cadence: Cadence): string {
  const every = (one: MessageKey, many: MessageKey, count: number) => (count === 1 ? t(one) : t(many, String(count)));
  if (cadence.unit === 'months') {
    return cadence.count % 12 === 0 ? every('coldEveryYear', 'coldEveryYears', cadence.count / 12) : every('coldEveryMonth', 'coldEveryMonths', cadence.count);
  }
  return cadence.count % 7 === 0 ? every('coldEveryWeek', 'coldEveryWeeks', cadence.count / 7) : every('coldEveryDay', 'coldEveryDays', cadence.count);
}

/** The silence, against the rhythm: "No contact for 5 months; usually every 6 weeks". */
export function silenceText(coldness: Coldness, cadence: Cadence, today: CalendarDate, language: Language): string {
  const rhythm = rhythmText(cadence);
  if (!coldness.contacted) return t('coldNeverContacted', [relativeDay(addDays(today, -coldness.silenceDays), language, today), rhythm]);
  if (coldness.rhythmsPast > 0) return t('coldSilence', [durationText(coldness.silenceDays, language), rhythm]);
  return t('coldLastContact', [relativeDay(addDays(today, -coldness.silenceDays), language, today), rhythm]);
}

/** How contact changed: "Contacts in the last 12 months: 3, in the 12 before: 12 (−75 %)"; nothing when there was none. */
export function frequencyText(coldness: Coldness, language: Language): string | undefined {
  const { recent, previous, change } = coldness;
  if (recent === 0 && previous === 0) return undefined;
  const number = (value: number) => numberFormat(language).format(value);
  if (change === undefined) return t('coldFrequencyNew', number(recent));
  const percent = numberFormat(language, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(change);
  return t('coldFrequency', [number(recent), number(previous), percent]);
}

const LEVEL_LABELS: Record<ColdLevel, MessageKey> = { cold: 'coldLevelCold', cooling: 'coldLevelCooling', 'in-rhythm': 'coldLevelInRhythm' };

export function levelText(level: ColdLevel): string {
  return t(LEVEL_LABELS[level]);
}

/** "Oct 2025" / "Okt. 2025". */
export function monthText(month: CalendarMonth, language: Language): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return dateFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, monthNumber - 1, 1));
}

/** The strip's text alternative: every month's number, oldest first. */
export function stripLabel(months: readonly CalendarMonth[], counts: readonly number[], language: Language): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return '';
  return t('coldStripLabel', [monthText(first, language), monthText(last, language), counts.map((count) => numberFormat(language).format(count)).join(', ')]);
}
