import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateOf,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  laterDate,
  systemTimeZone,
  todayIn,
} from './calendar';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const LOS_ANGELES = 'America/Los_Angeles';
const TOKYO = 'Asia/Tokyo';

/** A UTC instant, written out so each test says which local time it stands for. */
const utc = (iso: string) => Date.parse(`${iso}Z`);

/** Calendar dates from an implementation independent of calendar.ts. */
const calendarDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('calendarDateOf', () => {
  it('follows Berlin into summer time (Sunday 29 March 2026, 02:00 CET → 03:00 CEST)', () => {
    expect(calendarDateOf(utc('2026-03-28T22:30:00'), BERLIN)).toBe('2026-03-28'); // Sat 23:30 CET
    expect(calendarDateOf(utc('2026-03-28T23:30:00'), BERLIN)).toBe('2026-03-29'); // Sun 00:30 CET
    expect(calendarDateOf(utc('2026-03-29T00:59:59'), BERLIN)).toBe('2026-03-29'); // Sun 01:59:59 CET
    expect(calendarDateOf(utc('2026-03-29T01:00:00'), BERLIN)).toBe('2026-03-29'); // Sun 03:00 CEST
    expect(calendarDateOf(utc('2026-03-29T21:59:59'), BERLIN)).toBe('2026-03-29'); // Sun 23:59:59 CEST
    expect(calendarDateOf(utc('2026-03-29T22:00:00'), BERLIN)).toBe('2026-03-30'); // Mon 00:00 CEST
  });

  it('follows Berlin back to winter time (Sunday 25 October 2026, 03:00 CEST → 02:00 CET)', () => {
    expect(calendarDateOf(utc('2026-10-24T21:59:59'), BERLIN)).toBe('2026-10-24'); // Sat 23:59:59 CEST
    expect(calendarDateOf(utc('2026-10-24T22:00:00'), BERLIN)).toBe('2026-10-25'); // Sun 00:00 CEST
    expect(calendarDateOf(utc('2026-10-25T00:30:00'), BERLIN)).toBe('2026-10-25'); // 02:30 CEST
    expect(calendarDateOf(utc('2026-10-25T01:30:00'), BERLIN)).toBe('2026-10-25'); // 02:30 CET, again
    expect(calendarDateOf(utc('2026-10-25T22:59:59'), BERLIN)).toBe('2026-10-25'); // Sun 23:59:59 CET
    expect(calendarDateOf(utc('2026-10-25T23:00:00'), BERLIN)).toBe('2026-10-26'); // Mon 00:00 CET
  });

  it('follows New York through both changes (8 March and 1 November 2026)', () => {
    expect(calendarDateOf(utc('2026-03-08T04:59:59'), NEW_YORK)).toBe('2026-03-07'); // Sat 23:59:59 EST
    expect(calendarDateOf(utc('2026-03-08T05:00:00'), NEW_YORK)).toBe('2026-03-08'); // Sun 00:00 EST
    expect(calendarDateOf(utc('2026-03-09T03:59:59'), NEW_YORK)).toBe('2026-03-08'); // Sun 23:59:59 EDT
    expect(calendarDateOf(utc('2026-03-09T04:00:00'), NEW_YORK)).toBe('2026-03-09'); // Mon 00:00 EDT
    expect(calendarDateOf(utc('2026-11-01T03:59:59'), NEW_YORK)).toBe('2026-10-31'); // Sat 23:59:59 EDT
    expect(calendarDateOf(utc('2026-11-01T06:30:00'), NEW_YORK)).toBe('2026-11-01'); // 01:30 EST, the second time
    expect(calendarDateOf(utc('2026-11-02T04:59:59'), NEW_YORK)).toBe('2026-11-01'); // Sun 23:59:59 EST
    expect(calendarDateOf(utc('2026-11-02T05:00:00'), NEW_YORK)).toBe('2026-11-02'); // Mon 00:00 EST
  });

  it('gives a travelling user the calendar day of wherever they are', () => {
    const fridayNight = utc('2026-01-30T22:30:00'); // Berlin Fri 23:30, Los Angeles Fri 14:30, Tokyo Sat 07:30
    expect(calendarDateOf(fridayNight, BERLIN)).toBe('2026-01-30');
    expect(calendarDateOf(fridayNight, LOS_ANGELES)).toBe('2026-01-30');
    expect(calendarDateOf(fridayNight, TOKYO)).toBe('2026-01-31');

    const sundayMorningInBerlin = utc('2026-03-01T06:00:00'); // Berlin Sun 07:00, Los Angeles Sat 22:00, Tokyo Sun 15:00
    expect(calendarDateOf(sundayMorningInBerlin, BERLIN)).toBe('2026-03-01');
    expect(calendarDateOf(sundayMorningInBerlin, LOS_ANGELES)).toBe('2026-02-28');
    expect(calendarDateOf(sundayMorningInBerlin, TOKYO)).toBe('2026-03-01');
  });

  it('handles leap days', () => {
    expect(calendarDateOf(utc('2028-02-29T12:00:00'), BERLIN)).toBe('2028-02-29');
    expect(calendarDateOf(utc('2028-02-29T15:30:00'), TOKYO)).toBe('2028-03-01');
    expect(calendarDateOf(utc('2028-03-01T07:00:00'), LOS_ANGELES)).toBe('2028-02-29');
  });

  it('uses the system zone when none is given, and rejects an unknown zone', () => {
    const at = utc('2026-06-15T23:30:00');
    expect(calendarDateOf(at)).toBe(calendarDateOf(at, systemTimeZone()));
    expect(() => calendarDateOf(at, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  it('is the calendar date of now in the zone', () => {
    const now = utc('2026-12-31T23:30:00');
    expect(todayIn(BERLIN, now)).toBe('2027-01-01');
    expect(todayIn(NEW_YORK, now)).toBe('2026-12-31');
    expect(todayIn(TOKYO, now)).toBe('2027-01-01');
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2028-02-29', '2000-02-29', '0099-12-31', '9999-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '2026-01-05T00:00', '', 'tomorrow'])(
    'rejects %j',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});

describe('addDays and daysBetween', () => {
  it('cross month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2028-03-01', '2028-02-28')).toBe(-2);
  });

  it('count whole days across DST changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-03-28', 14)).toBe('2026-04-11');
    expect(addDays('2026-10-24', 14)).toBe('2026-11-07');
  });

  it('keep years below 100 as they are', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });

  it('reject malformed dates instead of rolling them over', () => {
    expect(() => addDays('2026-02-30', 0)).toThrow(RangeError);
    expect(() => addDays('soon', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', '2026-1-2')).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('property: addDays agrees with UTC millisecond arithmetic', () => {
    fc.assert(
      fc.property(calendarDates, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, days)).toBe(expected);
      }),
    );
  });

  it('property: daysBetween inverts addDays, and addDays inverts daysBetween', () => {
    fc.assert(
      fc.property(calendarDates, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
    fc.assert(
      fc.property(calendarDates, calendarDates, (from, to) => {
        expect(addDays(from, daysBetween(from, to))).toBe(to);
        expect(daysBetween(to, from) + daysBetween(from, to)).toBe(0);
      }),
    );
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('keeps the day when it exists', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-02-28', 1)).toBe('2026-03-28');
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonths('2026-05-10', 0)).toBe('2026-05-10');
  });

  it('steps a leap day by years', () => {
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(addMonths('2027-02-28', 12)).toBe('2028-02-28');
    expect(addMonths('2099-02-28', 12)).toBe('2100-02-28');
  });

  it('rejects malformed input', () => {
    expect(() => addMonths('2026-02-31', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addMonths('0000-01-01', -1)).toThrow(RangeError);
  });

  it('property: lands in the right month on the same day or that month’s last day', () => {
    fc.assert(
      fc.property(calendarDates, fc.integer({ min: 0, max: 600 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isCalendarDate(result)).toBe(true);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rd).toBe(Math.min(d, daysInMonth(ry, rm)));
        expect(daysBetween(date, result)).toBeGreaterThanOrEqual(28 * months);
        expect(daysBetween(date, result)).toBeLessThanOrEqual(31 * months);
      }),
    );
  });
});

describe('laterDate', () => {
  it('picks the later date', () => {
    expect(laterDate('2026-01-31', '2026-02-01')).toBe('2026-02-01');
    expect(laterDate('2027-01-01', '2026-12-31')).toBe('2027-01-01');
  });
});
