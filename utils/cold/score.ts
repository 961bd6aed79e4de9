import type { Cadence, CalendarDate, Timestamp } from '../domain/model';
import { approximateDays } from '../schedule/cadence';
import { calendarDateOf, daysBetween } from '../schedule/calendar';

/** The strip and the comparison cover two years: the last 12 months against the 12 before. */
export const STRIP_MONTHS = 24;
export const YEAR_MONTHS = 12;
/** A fall in contact counts only with this many contacts in the 12 months before (1 → 0 is not a trend). */
export const MIN_CONTACTS_FOR_TREND = 3;
/** A relationship that fell silent (−100 %) weighs as much as being two rhythms past due. */
export const DROP_WEIGHT = 2;

export interface ColdnessInput {
  /** The contact's keep-in-touch rhythm. */
  cadence: Cadence;
  lastContactAt?: Timestamp;
  /** When the contact was added: a rhythm with no contact yet runs from here, as the follow-up does. */
  createdAt: Timestamp;
  /** Contacts per calendar month, oldest first, the last entry being the current month (`STRIP_MONTHS` of them). */
  months: readonly number[];
  today: CalendarDate;
  timeZone?: string;
  /** Whole days from a moment's date to `today` (a faster `dayCounter` for many contacts); by default looked up. */
  daysSince?: (at: Timestamp) => number;
}

export type ColdLevel = 'in-rhythm' | 'cooling' | 'cold';

/** How cold a relationship is, and the facts behind it (what the view says in words). */
export interface Coldness {
  /** Ordering only: rhythms past due plus `DROP_WEIGHT` × the fall in contacts. 0 = in rhythm and not falling. */
  score: number;
  level: ColdLevel;
  /** Whole days since the last contact, or since the contact was added when there is none. */
  silenceDays: number;
  contacted: boolean;
  rhythmDays: number;
  /** How many whole rhythms (fractional) the silence is past the rhythm: 0 while within it. */
  rhythmsPast: number;
  /** Contacts in the last 12 months and in the 12 before. */
  recent: number;
  previous: number;
  /** (recent − previous) / previous; undefined when there were none before. */
  change?: number;
}

export type SilenceInput = Omit<ColdnessInput, 'months'>;

/** What the silence alone says. A relationship's `coldness(...).score` lies between `rhythmsPast` and `rhythmsPast + DROP_WEIGHT`. */
export function silenceOf({ cadence, lastContactAt, createdAt, today, timeZone, daysSince }: SilenceInput): Pick<Coldness, 'silenceDays' | 'rhythmDays' | 'rhythmsPast'> {
  const since = lastContactAt ?? createdAt;
  const silenceDays = Math.max(0, daysSince ? daysSince(since) : daysBetween(calendarDateOf(since, timeZone), today));
  const rhythmDays = approximateDays(cadence);
  return { silenceDays, rhythmDays, rhythmsPast: Math.max(0, silenceDays / rhythmDays - 1) };
}

export function coldness(input: ColdnessInput): Coldness {
  const { lastContactAt, months } = input;
  const { silenceDays, rhythmDays, rhythmsPast } = silenceOf(input);
  const recent = sum(months, months.length - YEAR_MONTHS, months.length);
  const previous = sum(months, months.length - 2 * YEAR_MONTHS, months.length - YEAR_MONTHS);
  const change = previous > 0 ? (recent - previous) / previous : undefined;
  const drop = change !== undefined && previous >= MIN_CONTACTS_FOR_TREND ? Math.max(0, -change) : 0;
  const score = rhythmsPast + DROP_WEIGHT * drop;
  return {
    score,
    level: score >= 1 ? 'cold' : score > 0 ? 'cooling' : 'in-rhythm',
    silenceDays,
    contacted: lastContactAt !== undefined,
    rhythmDays,
    rhythmsPast,
    recent,
    previous,
    ...(change !== undefined ? { change } : {}),
  };
}

const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Coldest first: by score, then the longer silence relative to the rhythm, then the longer silence, then by name. */
export function colderFirst<T extends { coldness: Coldness; displayName: string; contactId: string }>(a: T, b: T): number {
  return (
    b.coldness.score - a.coldness.score ||
    b.coldness.rhythmsPast - a.coldness.rhythmsPast ||
    b.coldness.silenceDays - a.coldness.silenceDays ||
    names.compare(a.displayName, b.displayName) ||
    (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0)
  );
}

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let index = Math.max(0, from); index < to; index += 1) total += values[index] ?? 0;
  return total;
}
