import * as v from 'valibot';
import { CONTACT_KINDS, IMPORTANT_DATE_KINDS } from '../../domain/model';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../domain/tags';
import { isImportantDateValue, MAX_REMIND_DAYS_BEFORE } from '../../schedule/important-dates';
import { SITE_HOSTS } from '../sender';

/** Field schemas shared by every request table. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
export const calendarDate = v.pipe(v.string(), v.isoDate());
/** An https address on LinkedIn or Gmail: the only pages Rapport opens. */
export const siteUrl = v.pipe(
  v.string(),
  v.maxLength(8192),
  v.url(),
  v.check((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' && (SITE_HOSTS as readonly string[]).includes(url.hostname) && !url.username && !url.password && !url.port;
  }, 'Only https pages of LinkedIn and Gmail are opened.'),
);
export const emails = v.pipe(v.array(text(320)), v.maxLength(50));
export const CadenceSchema = v.pipe(
  v.object({ unit: v.picklist(['days', 'months']), count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3660)) }),
  v.check((cadence) => cadence.unit === 'days' || cadence.count <= 120, 'A cadence is at most 120 months.'),
);
/** An invoice amount in its currency's major unit (euros, not cents). */
export const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12));
/** An ISO 4217 code. */
export const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
export const kinds = v.pipe(v.array(v.picklist(CONTACT_KINDS)), v.maxLength(CONTACT_KINDS.length * 2));
/** Cleaned again by the data layer; an over-long tag is refused rather than cut here. */
export const tags = v.pipe(v.array(text(MAX_TAG_LENGTH * 2)), v.maxLength(MAX_TAGS * 4));
export const MAX_IMPORTANT_DATES = 50;
const dateEntries = { kind: v.picklist(IMPORTANT_DATE_KINDS), date: text(10), label: v.optional(text(200)) };
const DATE_PROBLEM = 'A date is YYYY-MM-DD, or --MM-DD for a birthday or custom date without a year.';
const validDate = <T extends { kind: (typeof IMPORTANT_DATE_KINDS)[number]; date: string }>() =>
  v.check<T, string>((date) => isImportantDateValue(date.date, date.kind), DATE_PROBLEM);
export const ImportantDateSchema = v.pipe(
  v.object({
    id,
    ...dateEntries,
    remindDaysBefore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_REMIND_DAYS_BEFORE)),
    handledOn: v.optional(calendarDate),
  }),
  validDate(),
);
export const importantDates = v.pipe(v.array(ImportantDateSchema), v.maxLength(MAX_IMPORTANT_DATES));
/** A date read from an import file: no id yet, reminded on the day until the user says otherwise. */
export const importedDates = v.pipe(v.array(v.pipe(v.object(dateEntries), validDate())), v.maxLength(MAX_IMPORTANT_DATES));
