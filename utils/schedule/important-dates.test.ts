import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportantDate } from '../domain/model';
import { addDays, isCalendarDate, todayIn } from './calendar';
import {
  dateReminderKeys,
  datePartsOf,
  datesDueOn,
  isImportantDateValue,
  nextOccurrence,
  occurrenceInYear,
  upcomingOf,
  workingSince,
} from './important-dates';

const date = (fields: Partial<ImportantDate> & Pick<ImportantDate, 'date'>): ImportantDate => ({
  id: 'd1',
  kind: 'birthday',
  remindDaysBefore: 0,
  ...fields,
});

describe('important date values', () => {
  it('reads YYYY-MM-DD and --MM-DD, 29 February without a year included', () => {
    expect(datePartsOf('1985-04-15')).toEqual({ year: 1985, month: 4, day: 15 });
    expect(datePartsOf('--04-15')).toEqual({ month: 4, day: 15 });
    expect(datePartsOf('--02-29')).toEqual({ month: 2, day: 29 });
    for (const bad of ['--02-30', '--13-01', '--04-31', '1985-02-29', '1985-4-15', '', '04-15', '--0415']) expect(datePartsOf(bad)).toBeUndefined();
  });

  it('needs a year for an anniversary and a project, not for a birthday or a custom date', () => {
    expect(isImportantDateValue('--06-01', 'birthday')).toBe(true);
    expect(isImportantDateValue('--06-01', 'custom')).toBe(true);
    expect(isImportantDateValue('--06-01', 'anniversary')).toBe(false);
    expect(isImportantDateValue('--06-01', 'project')).toBe(false);
    expect(isImportantDateValue('2020-06-01', 'project')).toBe(true);
  });
});

describe('29 February', () => {
  it('falls on 28 February in common years and on 29 February in leap years', () => {
    expect(occurrenceInYear({ month: 2, day: 29 }, 2027)).toBe('2027-02-28');
    expect(occurrenceInYear({ month: 2, day: 29 }, 2028)).toBe('2028-02-29');
    expect(occurrenceInYear({ month: 2, day: 29 }, 2100)).toBe('2100-02-28');
    expect(occurrenceInYear({ month: 2, day: 29 }, 2000)).toBe('2000-02-29');
  });

  it('a leap-day birthday is due on 28 February 2027 and on 29 February 2028, and counts years', () => {
    const leap = date({ date: '1996-02-29' });
    expect(nextOccurrence(leap, '2027-01-10')).toBe('2027-02-28');
    expect(nextOccurrence(leap, '2027-03-01')).toBe('2028-02-29');
    expect(upcomingOf(leap, '2028-02-29')).toMatchObject({ occursOn: '2028-02-29', daysUntil: 0, years: 32 });
    expect(datesDueOn([leap], '2027-02-28')).toHaveLength(1);
    expect(datesDueOn([leap], '2027-03-01')).toHaveLength(0);
  });
});

describe('dates without a year', () => {
  it('repeat from this year on and count no years', () => {
    const birthday = date({ date: '--12-24' });
    expect(nextOccurrence(birthday, '2026-12-05')).toBe('2026-12-24');
    expect(nextOccurrence(birthday, '2026-12-25')).toBe('2027-12-24');
    expect(upcomingOf(birthday, '2026-12-24')).not.toHaveProperty('years');
  });

  it('with a year, repeat from the year after (the first birthday, one year of working together)', () => {
    const since = date({ kind: 'anniversary', date: '2026-03-01' });
    expect(nextOccurrence(since, '2026-02-01')).toBe('2027-03-01');
    expect(upcomingOf(since, '2029-02-20')).toMatchObject({ occursOn: '2029-03-01', years: 3 });
  });
});

describe('month and year ends', () => {
  it('a reminder N days before reaches back over a month end and a year end', () => {
    const newYear = date({ date: '--01-03', remindDaysBefore: 7 });
    expect(upcomingOf(newYear, '2026-12-27')).toMatchObject({ occursOn: '2027-01-03', remindFrom: '2026-12-27', daysUntil: 7 });
    expect(datesDueOn([newYear], '2026-12-26')).toEqual([]);
    expect(datesDueOn([newYear], '2026-12-27')).toHaveLength(1);
    const marchFirst = date({ date: '--03-01', remindDaysBefore: 2 });
    expect(upcomingOf(marchFirst, '2027-02-20')?.remindFrom).toBe('2027-02-27');
    expect(upcomingOf(marchFirst, '2028-02-20')?.remindFrom).toBe('2028-02-28');
  });

  it('31 December comes on 31 December and then next year', () => {
    const eve = date({ kind: 'custom', label: 'Firmenjubiläum', date: '--12-31' });
    expect(nextOccurrence(eve, '2026-12-31')).toBe('2026-12-31');
    expect(nextOccurrence(eve, '2027-01-01')).toBe('2027-12-31');
  });
});

describe('reminders', () => {
  it('show from N days before until the day, then leave until next year', () => {
    const birthday = date({ date: '1980-06-10', remindDaysBefore: 3 });
    expect(datesDueOn([birthday], '2026-06-06')).toEqual([]);
    expect(datesDueOn([birthday], '2026-06-07')[0]).toMatchObject({ daysUntil: 3, occursOn: '2026-06-10' });
    expect(datesDueOn([birthday], '2026-06-10')[0]).toMatchObject({ daysUntil: 0, years: 46 });
    expect(datesDueOn([birthday], '2026-06-11')).toEqual([]);
  });

  it('marked done, the occurrence is gone and next year comes', () => {
    const birthday = date({ date: '--06-10', remindDaysBefore: 3, handledOn: '2026-06-10' });
    expect(datesDueOn([birthday], '2026-06-08')).toEqual([]);
    expect(nextOccurrence(birthday, '2026-06-08')).toBe('2027-06-10');
  });

  it('a project is reminded once, on its day', () => {
    const project = date({ kind: 'project', label: 'Relaunch', date: '2026-05-15' });
    expect(nextOccurrence(project, '2026-05-15')).toBe('2026-05-15');
    expect(nextOccurrence(project, '2026-05-16')).toBeUndefined();
    expect(upcomingOf(project, '2026-05-15')).not.toHaveProperty('years');
    expect(dateReminderKeys([project], '2026-05-16')).toBeUndefined();
  });

  it('index entries name the first reminder day and the day, per date', () => {
    const dates = [date({ id: 'a', date: '--06-10', remindDaysBefore: 3 }), date({ id: 'b', kind: 'custom', date: '--01-02' })];
    expect(dateReminderKeys(dates, '2026-06-01')).toEqual({
      dateRemindFrom: ['2026-06-07~a', '2027-01-02~b'],
      dateOccursOn: ['2026-06-10~a', '2027-01-02~b'],
    });
  });

  it('any date, any today: the next occurrence is today or later, within a year and a day, and its reminder window holds today only in range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: undefined }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 365 * 40 }),
        (month, day, year, remind, offset) => {
          const value = `${year === undefined ? '-' : String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (!isImportantDateValue(value)) return;
          const today = addDays('2000-01-01', offset);
          const upcoming = upcomingOf(date({ date: value, remindDaysBefore: remind }), today);
          if (!upcoming) return;
          expect(isCalendarDate(upcoming.occursOn)).toBe(true);
          expect(upcoming.occursOn >= today).toBe(true);
          expect(upcoming.daysUntil).toBeGreaterThanOrEqual(0);
          if (year === undefined || year < Number(today.slice(0, 4))) expect(upcoming.daysUntil).toBeLessThanOrEqual(366);
          expect(datesDueOn([upcoming.date], today).length === 1).toBe(upcoming.daysUntil <= remind);
        },
      ),
    );
  });
});

describe('time zones', () => {
  it('a birthday is due on the day it is where the user is: the same instant is the 10th in Berlin, still the 9th in Los Angeles', () => {
    const instant = Date.parse('2026-06-09T23:30:00Z');
    const birthday = date({ date: '--06-10' });
    expect(datesDueOn([birthday], todayIn('Europe/Berlin', instant))).toHaveLength(1);
    expect(datesDueOn([birthday], todayIn('America/Los_Angeles', instant))).toHaveLength(0);
    expect(datesDueOn([birthday], todayIn('Pacific/Kiritimati', Date.parse('2026-06-09T10:30:00Z')))).toHaveLength(1);
  });

  it('a DST change (29 March 2026 in Berlin) does not shift a date', () => {
    const birthday = date({ date: '--03-29' });
    expect(datesDueOn([birthday], todayIn('Europe/Berlin', Date.parse('2026-03-28T23:30:00Z')))).toHaveLength(1);
    expect(datesDueOn([birthday], todayIn('Europe/Berlin', Date.parse('2026-03-29T21:59:00Z')))).toHaveLength(1);
    expect(datesDueOn([birthday], todayIn('Europe/Berlin', Date.parse('2026-03-29T22:00:00Z')))).toHaveLength(0);
  });
});

describe('workingSince', () => {
  it('is the earliest of the first interaction and the first agreement', () => {
    expect(workingSince(['2024-05-02', undefined, '2023-11-20'])).toBe('2023-11-20');
    expect(workingSince([undefined])).toBeUndefined();
  });
});
