import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOf, daysBetween } from '../schedule/calendar';
import { countPerMonth, dayCounter, lastMonths, monthWindow, startOfDay } from './months';

const BERLIN = 'Europe/Berlin';

describe('startOfDay', () => {
  it('is local midnight, in winter and in summer time', () => {
    expect(new Date(startOfDay('2026-01-15', BERLIN)).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(new Date(startOfDay('2026-07-15', BERLIN)).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(new Date(startOfDay('2026-03-29', BERLIN)).toISOString()).toBe('2026-03-28T23:00:00.000Z'); // the clocks go forward at 02:00
    expect(new Date(startOfDay('2026-03-30', BERLIN)).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(startOfDay('2026-05-01', 'Asia/Kathmandu')).toISOString()).toBe('2026-04-30T18:15:00.000Z');
  });

  it('is the first moment of the day where a clock change skips midnight', () => {
    // Chile moves its clocks from 24:00 to 01:00 on the first Sunday of September.
    const start = startOfDay('2026-09-06', 'America/Santiago');
    expect(calendarDateOf(start, 'America/Santiago')).toBe('2026-09-06');
    expect(calendarDateOf(start - 1, 'America/Santiago')).toBe('2026-09-05');
  });

  it('is on the date, and the moment before it is on the day before, in any zone', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), fc.constantFrom(...zones), (offset, zone) => {
        const date = addDays('2010-01-01', offset);
        const start = startOfDay(date, zone);
        expect(calendarDateOf(start, zone)).toBe(date);
        expect(calendarDateOf(start - 1, zone)).toBe(addDays(date, -1));
      }),
      { numRuns: 300 },
    );
  });
});

describe('monthWindow and countPerMonth', () => {
  it('ends with the current month and crosses years', () => {
    const window = monthWindow('2026-02-10', 24, BERLIN);
    expect(window.months).toHaveLength(24);
    expect(window.months[0]).toBe('2024-03');
    expect(window.months.at(-1)).toBe('2026-02');
    expect(window.bounds).toHaveLength(25);
    expect(new Date(window.bounds.at(-1) ?? 0).toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });

  it('counts a contact by the month it happened in where the user is, not in UTC', () => {
    const window = monthWindow('2026-10-20', 2, BERLIN);
    expect(window.months).toEqual(['2026-09', '2026-10']);
    const halfPastMidnightOctoberFirst = Date.parse('2026-09-30T22:30:00Z'); // 00:30 in Berlin
    const lateSeptemberThirtieth = Date.parse('2026-09-30T21:30:00Z'); // 23:30 in Berlin
    expect(countPerMonth([lateSeptemberThirtieth, halfPastMidnightOctoberFirst], window)).toEqual([1, 1]);
    expect(countPerMonth([lateSeptemberThirtieth, halfPastMidnightOctoberFirst], monthWindow('2026-10-20', 2, 'UTC'))).toEqual([2, 0]);
  });

  it('leaves out what is before the window or after the current month, and counts the rest once', () => {
    const window = monthWindow('2026-12-04', 12, BERLIN);
    const inside = [Date.parse('2026-01-01T00:00:00+01:00'), Date.parse('2026-06-15T12:00:00Z'), Date.parse('2026-06-16T12:00:00Z'), Date.parse('2026-12-31T22:59:59Z')];
    const outside = [Date.parse('2025-12-31T23:59:59+01:00'), Date.parse('2027-01-01T00:00:00+01:00'), Number.NaN];
    const counts = countPerMonth([...outside, ...inside], window);
    expect(counts).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1]);
    expect(lastMonths(counts, 3)).toEqual([0, 0, 1]);
  });
});

describe('dayCounter', () => {
  it('counts calendar days to today as a time-zone lookup would, across clock changes and outside the window', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -2 * 86_400_000, max: 900 * 86_400_000 }),
        (zone, offset, back) => {
          const today = addDays('2020-01-01', offset);
          const window = monthWindow(today, 24, zone);
          const at = startOfDay(today, zone) + 86_400_000 - back;
          expect(dayCounter(today, window, zone)(at)).toBe(daysBetween(calendarDateOf(at, zone), today));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is right on both sides of a midnight in summer time and in winter time', () => {
    const window = monthWindow('2026-12-04', 24, BERLIN);
    const count = dayCounter('2026-12-04', window, BERLIN);
    expect(count(Date.parse('2026-07-14T21:59:59Z'))).toBe(daysBetween('2026-07-14', '2026-12-04'));
    expect(count(Date.parse('2026-07-14T22:00:00Z'))).toBe(daysBetween('2026-07-15', '2026-12-04'));
    expect(count(Date.parse('2026-03-29T00:30:00Z'))).toBe(daysBetween('2026-03-29', '2026-12-04'));
  });
});
