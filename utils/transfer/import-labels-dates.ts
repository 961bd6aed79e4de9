import type { ImportantDate } from '../domain/model';
import { uniqueTags } from '../domain/tags';
import { datePartsOf, formatDateParts } from '../schedule/important-dates';

/** An important date read from a file; the data layer gives it an id and "remind me on the day". */
export type ImportedDate = Pick<ImportantDate, 'kind' | 'date' | 'label'>;

/**
 * Labels stored as tags must mean something to the user: Google's system groups ("* myContacts",
 * "* starred", vCard `CATEGORIES:myContacts`) are not, the leading "* " of the others is dropped.
 */
const SYSTEM_GROUPS = new Set(['mycontacts', 'my contacts', 'starred', 'imported on', 'other contacts']);

export function tagsFromLabels(labels: readonly string[]): string[] | undefined {
  const tags = uniqueTags(
    labels
      .map((label) => label.replace(/^\s*\*\s*/, '').trim())
      .filter((label) => label !== '' && !SYSTEM_GROUPS.has(label.toLowerCase()) && !/^imported on /i.test(label)),
  );
  return tags.length > 0 ? tags : undefined;
}

/**
 * A date as address books write it: `1985-04-15`, `19850415`, `1985-04-15T00:00:00Z`, `--04-15`,
 * `--0415` (vCard 4 without a year), ` --04-15` (Google CSV). `omitYear` is Apple's
 * `X-APPLE-OMIT-YEAR=1604`: that year stands for "no year". Anything else: undefined.
 */
export function dateFromFile(raw: string, omitYear?: string): string | undefined {
  const value = raw.trim().replace(/[T ]\d{2}:?\d{2}.*$/, '');
  const withYear = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  const withoutYear = /^--(\d{2})-?(\d{2})$/.exec(value);
  const parts = withYear
    ? { year: Number(withYear[1]), month: Number(withYear[2]), day: Number(withYear[3]) }
    : withoutYear
      ? { month: Number(withoutYear[1]), day: Number(withoutYear[2]) }
      : undefined;
  if (!parts) return undefined;
  const dropYear = parts.year !== undefined && omitYear !== undefined && String(parts.year) === omitYear.trim();
  const formatted = formatDateParts(dropYear ? { month: parts.month, day: parts.day } : parts);
  return datePartsOf(formatted) ? formatted : undefined;
}

/** What Rapport calls its own dates when it writes them back (and knows them by when they come back). */
export const WORKING_TOGETHER_LABEL = 'Working together since';
export const PROJECT_LABEL_PREFIX = 'Project completed: ';
/** A personal anniversary (vCard ANNIVERSARY, Google's "anniversary" event): kept as a custom date of this name. */
export const ANNIVERSARY_LABEL = 'Anniversary';

/** Apple's built-in labels (`_$!<Anniversary>!$_`) and our own written back; else a custom date named by its label. */
export function dateOfLabel(label: string | undefined, date: string): ImportedDate | undefined {
  const name = (label ?? '').replace(/^_\$!<(.*)>!\$_$/, '$1').trim();
  const lower = name.toLowerCase();
  if (lower === WORKING_TOGETHER_LABEL.toLowerCase()) return datePartsOf(date)?.year !== undefined ? { kind: 'anniversary', date } : undefined;
  if (lower.startsWith(PROJECT_LABEL_PREFIX.toLowerCase())) {
    const project = name.slice(PROJECT_LABEL_PREFIX.length).trim();
    return datePartsOf(date)?.year !== undefined ? { kind: 'project', date, ...(project ? { label: project } : {}) } : undefined;
  }
  if (lower === 'birthday') return { kind: 'birthday', date };
  if (lower === 'anniversary') return { kind: 'custom', date, label: ANNIVERSARY_LABEL };
  return { kind: 'custom', date, label: name || 'Other' };
}

/** One of each (kind, date, label), in file order. */
export function uniqueImportedDates(dates: readonly ImportedDate[]): ImportedDate[] | undefined {
  const seen = new Set<string>();
  const kept = dates.filter((date) => {
    const key = `${date.kind}|${date.date}|${(date.label ?? '').toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.length > 0 ? kept : undefined;
}
