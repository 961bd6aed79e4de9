import type { CalendarDate, ImportantDate, Language } from '../domain/model';
import { addDays, isCalendarDate } from '../schedule/calendar';
import { upcomingOf } from '../schedule/important-dates';
import { cleanLine } from './text';
import { yearsWords } from './words';

/** A note written up to this many days after the day still counts for that day's occurrence. */
const LATE_DAYS = 14;

/**
 * `yearsTogether` from the anniversary of working together (the focused one, else the one nearest to
 * today), `projectName` from the completed project (the focused one, else the one nearest to today).
 */
export function importantDateValues(
  dates: readonly ImportantDate[] | undefined,
  today: CalendarDate,
  focusId: string | undefined,
  language: Language,
): { yearsTogether?: string; projectName?: string } {
  if (!dates?.length || !isCalendarDate(today)) return {};
  const from = addDays(today, -LATE_DAYS);
  const nearest = (kind: ImportantDate['kind']) => {
    const focused = dates.find((date) => date.id === focusId && date.kind === kind);
    if (focused) return focused;
    const distance = (date: ImportantDate) => {
      if (kind === 'project') return Math.abs(Date.parse(date.date) - Date.parse(today));
      return upcomingOf(date, from)?.daysUntil ?? Infinity;
    };
    return [...dates].filter((date) => date.kind === kind).sort((a, b) => distance(a) - distance(b))[0];
  };
  const anniversary = nearest('anniversary');
  const years = anniversary ? upcomingOf(anniversary, from)?.years : undefined;
  const project = nearest('project');
  const projectName = cleanLine(project?.label);
  return {
    ...(years !== undefined && yearsWords(years, language) ? { yearsTogether: yearsWords(years, language) } : {}),
    ...(projectName ? { projectName } : {}),
  };
}
