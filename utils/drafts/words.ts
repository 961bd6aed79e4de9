import type { CalendarDate, Language } from '../domain/model';
import { isCalendarDate } from '../schedule/calendar';

/** Dates, durations and seasons in words, per language. No Intl: the output must not depend on the browser. */

const MONTHS: Record<Language, readonly string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(date: CalendarDate | undefined): DateParts | undefined {
  if (typeof date !== 'string' || !isCalendarDate(date)) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export type DateStyle = 'long' | 'numeric';

/** de `15. Januar 2027` / `15.01.2027`, en `15 January 2027` / `15/01/2027`; '' for an invalid date. */
export function formatDate(date: CalendarDate | undefined, language: Language, style: DateStyle = 'long'): string {
  const parts = partsOf(date);
  if (!parts) return '';
  const { year, month, day } = parts;
  if (style === 'numeric') {
    const dd = String(day).padStart(2, '0');
    const mm = String(month).padStart(2, '0');
    return language === 'de' ? `${dd}.${mm}.${year}` : `${dd}/${mm}/${year}`;
  }
  const name = MONTHS[language][month - 1] as string;
  return language === 'de' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

/** `März 2025` / `March 2025`. */
export function formatMonthYear(date: CalendarDate | undefined, language: Language): string {
  const parts = partsOf(date);
  return parts ? `${MONTHS[language][parts.month - 1] as string} ${parts.year}` : '';
}

const NUMBERS: Record<Language, readonly string[]> = {
  de: ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

function numberWord(n: number, language: Language): string {
  return NUMBERS[language][n] ?? String(n);
}

/** de `ein Jahr` / `drei Jahre`, en `one year` / `three years`: a whole number of years, in words up to twelve. */
export function yearsWords(years: number, language: Language): string | undefined {
  if (!Number.isInteger(years) || years < 1) return undefined;
  if (language === 'de') return years === 1 ? 'ein Jahr' : `${numberWord(years, 'de')} Jahre`;
  return years === 1 ? 'one year' : `${numberWord(years, 'en')} years`;
}

export interface DurationWords {
  /** de nominative `drei Monate`, en `three months`. */
  duration: string;
  /** de `vor drei Monaten`, en `three months ago`. */
  ago: string;
  /** de `seit drei Monaten`, en `for three months`. */
  since: string;
}

type Unit = 'day' | 'week' | 'month' | 'year';

// German: [nominative singular, dative singular (with article), nominative plural, dative plural].
const DE_UNITS: Record<Unit, [string, string, string, string]> = {
  day: ['ein Tag', 'einem Tag', 'Tage', 'Tagen'],
  week: ['eine Woche', 'einer Woche', 'Wochen', 'Wochen'],
  month: ['ein Monat', 'einem Monat', 'Monate', 'Monaten'],
  year: ['ein Jahr', 'einem Jahr', 'Jahre', 'Jahren'],
};
const EN_UNITS: Record<Unit, [string, string]> = {
  day: ['a day', 'days'],
  week: ['a week', 'weeks'],
  month: ['a month', 'months'],
  year: ['a year', 'years'],
};

/**
 * How long ago, in words a person would use: under a week "a few days", then weeks (up to six), months
 * (two to eleven), "a year", "over a year", whole years. Undefined for zero or negative days.
 */
export function durationWords(days: number, language: Language): DurationWords | undefined {
  if (!Number.isFinite(days) || days < 1) return undefined;
  let amount: number | 'few';
  let unit: Unit;
  let over = false;
  if (days < 7) [amount, unit] = ['few', 'day'];
  else if (days < 14) [amount, unit] = [1, 'week'];
  else if (days < 45) [amount, unit] = [Math.min(6, Math.round(days / 7)), 'week'];
  else if (days < 350) [amount, unit] = [Math.min(11, Math.max(2, Math.round(days / 30.44))), 'month'];
  else if (days < 395) [amount, unit] = [1, 'year'];
  else if (days < 730) [amount, unit, over] = [1, 'year', true];
  else {
    const years = Math.floor(days / 365.25);
    [amount, unit, over] = [years, 'year', days - years * 365.25 > 60];
  }

  if (language === 'de') {
    const [nomOne, datOne, nomMany, datMany] = DE_UNITS[unit];
    const nominative = amount === 'few' ? `ein paar ${nomMany}` : amount === 1 ? nomOne : `${numberWord(amount, 'de')} ${nomMany}`;
    const dative = amount === 'few' ? `ein paar ${datMany}` : amount === 1 ? datOne : `${numberWord(amount, 'de')} ${datMany}`;
    const prefix = over ? 'über ' : '';
    return { duration: prefix + nominative, ago: `vor ${prefix}${dative}`, since: `seit ${prefix}${dative}` };
  }
  const [one, many] = EN_UNITS[unit];
  const words = amount === 'few' ? `a few ${many}` : amount === 1 ? one : `${numberWord(amount, 'en')} ${many}`;
  const duration = (over ? 'over ' : '') + words;
  return { duration, ago: `${duration} ago`, since: `for ${duration}` };
}

export type Season = 'year-end' | 'summer' | 'new-year';

/** December → year end; 1–20 January → new year; July and August → summer; otherwise none. */
export function seasonOf(today: CalendarDate): Season | undefined {
  const parts = partsOf(today);
  if (!parts) return undefined;
  if (parts.month === 12) return 'year-end';
  if (parts.month === 1 && parts.day <= 20) return 'new-year';
  if (parts.month === 7 || parts.month === 8) return 'summer';
  return undefined;
}

/** The season's name (for "Ein Gruß zum {season}") and a wish (for "Ich wünsche dir {seasonWish}!"). */
export function seasonWords(today: CalendarDate, language: Language): { season: string; seasonWish: string } | undefined {
  const season = seasonOf(today);
  const parts = partsOf(today);
  if (!season || !parts) return undefined;
  const { year } = parts;
  if (language === 'de') {
    switch (season) {
      case 'year-end':
        return { season: 'Jahresende', seasonWish: `schöne Feiertage und einen guten Start ins Jahr ${year + 1}` };
      case 'new-year':
        return { season: 'Jahresbeginn', seasonWish: `ein gutes und erfolgreiches Jahr ${year}` };
      case 'summer':
        return { season: 'Sommer', seasonWish: 'einen schönen Sommer' };
    }
  }
  switch (season) {
    case 'year-end':
      return { season: 'year end', seasonWish: `happy holidays and a good start to ${year + 1}` };
    case 'new-year':
      return { season: 'new year', seasonWish: `a happy and successful ${year}` };
    case 'summer':
      return { season: 'summer', seasonWish: 'a lovely summer' };
  }
}
