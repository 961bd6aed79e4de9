/**
 * The dates LinkedIn's messaging shows, in English and German (and the zh-CN list format): "Today", "Gestern",
 * "Tuesday", "Mar 4", "4. März", "Jun 10, 2024", "10. Juni 2024", "10.06.2024", "3月19日", and clock times
 * "12:18 PM" / "14:05". Pure: the day is relative to `now`, in the page's (the user's) time zone.
 */

export interface ShownDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const RELATIVE: Record<string, number> = { today: 0, heute: 0, yesterday: 1, gestern: 1 };

const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'sonntag', 'so'],
  ['monday', 'mon', 'montag', 'mo'],
  ['tuesday', 'tue', 'tues', 'dienstag', 'di'],
  ['wednesday', 'wed', 'mittwoch', 'mi'],
  ['thursday', 'thu', 'thur', 'thurs', 'donnerstag', 'do'],
  ['friday', 'fri', 'freitag', 'fr'],
  ['saturday', 'sat', 'samstag', 'sonnabend', 'sa'],
];

/** Month names by their first letters: English and German full and short forms share a prefix. */
const MONTH_PREFIXES: readonly (readonly string[])[] = [
  ['jan', 'jän'],
  ['feb'],
  ['mar', 'mär', 'mrz', 'maer'],
  ['apr'],
  ['may', 'mai'],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sep'],
  ['oct', 'okt'],
  ['nov'],
  ['dec', 'dez'],
];

function monthOf(word: string): number | undefined {
  const index = MONTH_PREFIXES.findIndex((prefixes) => prefixes.some((prefix) => word.startsWith(prefix)));
  return index < 0 ? undefined : index + 1;
}

function weekdayOf(word: string): number | undefined {
  const index = WEEKDAYS.findIndex((names) => names.includes(word));
  return index < 0 ? undefined : index;
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

const dayOf = (date: Date): ShownDay => ({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });

function daysBefore(now: Date, days: number): ShownDay {
  return dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days));
}

function valid(year: number, month: number, day: number): ShownDay | undefined {
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return { year, month, day };
}

/** A date shown without a year is the latest such date that is not in the future. */
function withoutYear(month: number, day: number, now: Date): ShownDay | undefined {
  const thisYear = valid(now.getFullYear(), month, day);
  if (thisYear && new Date(thisYear.year, month - 1, day) <= now) return thisYear;
  return valid(now.getFullYear() - 1, month, day) ?? thisYear;
}

const fullYear = (year: number) => (year < 100 ? 2000 + year : year);

/** The calendar day a heading or list stamp names, or undefined when it is not a date this reader knows. */
export function parseShownDay(text: string, now: Date): ShownDay | undefined {
  let value = normalise(text).replace(/[.,]+$/u, '');
  if (value in RELATIVE) return daysBefore(now, RELATIVE[value] ?? 0);
  const weekday = weekdayOf(value);
  if (weekday !== undefined) return daysBefore(now, ((now.getDay() - weekday + 6) % 7) + 1);
  // "Dienstag, 4. März" / "Tue, Mar 4": the weekday in front adds nothing.
  value = value.replace(/^\p{L}+\.?,\s*/u, (prefix) => (weekdayOf(prefix.replace(/[.,\s]+$/u, '')) === undefined ? prefix : ''));
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(value);
  if (match) return valid(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/u.exec(value);
  if (match) return valid(fullYear(Number(match[3])), Number(match[2]), Number(match[1]));
  match = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/u.exec(value);
  if (match) return match[1] ? valid(Number(match[1]), Number(match[2]), Number(match[3])) : withoutYear(Number(match[2]), Number(match[3]), now);
  // English "Mar 4" / "March 4, 2024"
  match = /^(\p{L}+)\.? (\d{1,2})(?:,? (\d{4}))?$/u.exec(value);
  const english = match && monthOf(match[1] ?? '');
  if (match && english) return match[3] ? valid(Number(match[3]), english, Number(match[2])) : withoutYear(english, Number(match[2]), now);
  // German "4. März" / "4. Mär. 2024" / "10. Juni 2024"
  match = /^(\d{1,2})\.? (\p{L}+)\.?(?: (\d{4}))?$/u.exec(value);
  const german = match && monthOf(match[2] ?? '');
  if (match && german) return match[3] ? valid(Number(match[3]), german, Number(match[1])) : withoutYear(german, Number(match[1]), now);
  return undefined;
}

/** "12:18 PM", "12:18 pm", "14:05", "14:05 Uhr": minutes after midnight, or undefined. */
export function parseShownTime(text: string): number | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(?: ?([ap])\.? ?m\.?| uhr)?$/u.exec(normalise(text).replace(/\u202f/gu, ' '));
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 23) return undefined;
  if (match[3]) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (match[3] === 'p' ? 12 : 0);
  }
  return hours * 60 + minutes;
}

/** The moment a day and a clock time name, in the page's time zone. */
export function momentOf(day: ShownDay, minutes: number): number {
  return new Date(day.year, day.month - 1, day.day, Math.floor(minutes / 60), minutes % 60).getTime();
}
