import { cleanText } from '../../domain/text';
import type { GmailDate } from './gmail-types';

/**
 * One UI language of Gmail's absolute date (`span.g3[title]`). To support another language add
 * an entry: its month and weekday words and whole-string patterns using the fragments below.
 */
export interface GmailDateLocale {
  tag: string;
  /** Lower-case month words without a trailing dot -> 0..11. */
  months: ReadonlyMap<string, number>;
  /** Lower-case weekday words without a trailing dot -> 0 (Sunday)..6. */
  weekdays: ReadonlyMap<string, number>;
  /** Named groups: day, month | monthNumber, year, hour, minute; optional weekday, meridiem. */
  patterns: readonly RegExp[];
}

const WEEKDAY = String.raw`(?:(?<weekday>\p{L}+)\.?, )?`;
const MONTH = String.raw`(?<month>\p{L}+)\.?`;
const DAY = String.raw`(?<day>\d{1,2})`;
const YEAR = String.raw`(?<year>\d{4})`;
const TIME = String.raw`(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2})?`;
const MERIDIEM = String.raw`(?: ?(?<meridiem>[ap])\.? ?m\.?)?`;

function pattern(source: string): RegExp {
  return new RegExp(`^${source}$`, 'iu');
}

/** `[['jan', 'january'], ['feb', 'february'], ...]` -> `jan => 0, january => 0, feb => 1, ...`. */
function wordTable(groups: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  return new Map(groups.flatMap((words, index) => words.map((word) => [word, index] as const)));
}

const ENGLISH: GmailDateLocale = {
  tag: 'en',
  months: wordTable([
    ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'], ['jun', 'june'],
    ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'], ['oct', 'october'], ['nov', 'november'],
    ['dec', 'december'],
  ]),
  weekdays: wordTable([
    ['sun', 'sunday'], ['mon', 'monday'], ['tue', 'tues', 'tuesday'], ['wed', 'wednesday'],
    ['thu', 'thur', 'thurs', 'thursday'], ['fri', 'friday'], ['sat', 'saturday'],
  ]),
  patterns: [
    // Thu, Dec 18, 2014 at 12:35 PM · Dec 18, 2014, 12:35 PM
    pattern(`${WEEKDAY}${MONTH} ${DAY}, ${YEAR}(?:,| at) ${TIME}${MERIDIEM}`),
    // Thu, 18 Dec 2014, 12:35 · 20 Aug 2025, 13:19 · 18 Dec 2014 at 12:35
    pattern(`${WEEKDAY}${DAY} ${MONTH} ${YEAR}(?:,| at) ${TIME}${MERIDIEM}`),
  ],
};

const GERMAN: GmailDateLocale = {
  tag: 'de',
  months: wordTable([
    ['jan', 'januar', 'jän', 'jänner'], ['feb', 'februar'], ['mär', 'märz', 'mrz'], ['apr', 'april'], ['mai'],
    ['jun', 'juni'], ['jul', 'juli'], ['aug', 'august'], ['sep', 'sept', 'september'], ['okt', 'oktober'],
    ['nov', 'november'], ['dez', 'dezember'],
  ]),
  weekdays: wordTable([
    ['so', 'sonntag'], ['mo', 'montag'], ['di', 'dienstag'], ['mi', 'mittwoch'], ['do', 'donnerstag'],
    ['fr', 'freitag'], ['sa', 'samstag'],
  ]),
  patterns: [
    // Do., 18. Dez. 2014, 12:35 · 18. Dezember 2014 um 12:35
    pattern(`${WEEKDAY}${DAY}\\. ${MONTH} ${YEAR}(?:,| um) ${TIME}(?: Uhr)?`),
    // Do., 18.12.2014, 12:35
    pattern(`${WEEKDAY}${DAY}\\.(?<monthNumber>\\d{1,2})\\.${YEAR}(?:,| um) ${TIME}(?: Uhr)?`),
  ],
};

const RUSSIAN: GmailDateLocale = {
  tag: 'ru',
  months: wordTable([
    ['янв', 'января'], ['февр', 'февраля'], ['мар', 'марта'], ['апр', 'апреля'], ['мая'], ['июн', 'июня'],
    ['июл', 'июля'], ['авг', 'августа'], ['сент', 'сентября'], ['окт', 'октября'], ['нояб', 'ноября'],
    ['дек', 'декабря'],
  ]),
  weekdays: wordTable([['вс'], ['пн'], ['вт'], ['ср'], ['чт'], ['пт'], ['сб']]),
  patterns: [
    // 26 дек. 2019 г., 22:53 · чт, 26 дек. 2019 г., 22:53
    pattern(`${WEEKDAY}${DAY} ${MONTH} ${YEAR} г\\.,? (?:в )?${TIME}`),
  ],
};

export const GMAIL_DATE_LOCALES: readonly GmailDateLocale[] = [ENGLISH, GERMAN, RUSSIAN];

const MAX_DATE_TEXT_LENGTH = 100;

/**
 * The `title` of Gmail's `span.g3` as a timestamp in the runtime's local time zone (where Gmail
 * formatted it). Unknown formats, impossible dates and mismatching weekdays keep the cleaned text.
 */
export function parseGmailDate(title: string, locales: readonly GmailDateLocale[] = GMAIL_DATE_LOCALES): GmailDate {
  // cleanText folds NBSP and U+202F (before AM/PM in newer Chrome) to spaces and drops bidi marks.
  const text = cleanText(title, MAX_DATE_TEXT_LENGTH);
  for (const locale of locales) {
    for (const candidate of locale.patterns) {
      const groups = candidate.exec(text)?.groups;
      const at = groups ? timestampOf(groups, locale) : undefined;
      if (at !== undefined) return { at };
    }
  }
  return { raw: text };
}

function timestampOf(groups: Record<string, string | undefined>, locale: GmailDateLocale): number | undefined {
  const year = Number(groups.year);
  const month = groups.monthNumber !== undefined ? Number(groups.monthNumber) - 1 : locale.months.get(lower(groups.month));
  const day = Number(groups.day);
  const hour = hourOf(Number(groups.hour), groups.meridiem);
  const minute = Number(groups.minute);
  if (month === undefined || hour === undefined || minute > 59) return undefined;

  const date = new Date(year, month, day, hour, minute);
  // Rejects 31 Feb, hour 24 and local times skipped by a DST change: Gmail never shows those.
  const roundTrips =
    date.getFullYear() === year &&
    date.getMonth() === month &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  if (!roundTrips) return undefined;

  if (groups.weekday !== undefined && locale.weekdays.get(lower(groups.weekday)) !== date.getDay()) return undefined;
  return date.getTime();
}

function hourOf(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (lower(meridiem) === 'p' ? 12 : 0);
}

function lower(word: string | undefined): string {
  return (word ?? '').toLowerCase();
}
