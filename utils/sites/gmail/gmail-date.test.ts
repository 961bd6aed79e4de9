// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { parseGmailDate } from './gmail-date';

/** Wall-clock result in the runtime's zone, so the table holds in any TZ. */
function parsedLocal(title: string): string | { raw: string } {
  const date = parseGmailDate(title);
  return 'at' in date ? localDateTime(date.at) : date;
}

describe('parseGmailDate', () => {
  it.each([
    // English (US, GB, with and without weekday, "at", U+202F / NBSP before AM/PM)
    ['Thu, Dec 18, 2014 at 12:35 PM', '2014-12-18 12:35'],
    ['Thu, Dec 18, 2014 at 12:35 AM', '2014-12-18 00:35'],
    ['Dec 18, 2014, 12:35 PM', '2014-12-18 12:35'],
    ['Thu, Mar 6, 2025, 11:02\u202fAM', '2025-03-06 11:02'],
    ['Thu, Mar 6, 2025, 9:14\u00a0pm', '2025-03-06 21:14'],
    ['Thu, 18 Dec 2014, 12:35', '2014-12-18 12:35'],
    ['20 Aug 2025, 13:19', '2025-08-20 13:19'],
    ['Wed, 17 Sept 2025, 08:05', '2025-09-17 08:05'],
    ['Thursday, December 18, 2014 at 12:35 PM', '2014-12-18 12:35'],
    // German
    ['Do., 18. Dez. 2014, 12:35', '2014-12-18 12:35'],
    ['18. Dezember 2014 um 12:35', '2014-12-18 12:35'],
    ['Mi., 5. März 2025, 09:05', '2025-03-05 09:05'],
    ['Mo., 31. März 2025, 08:15 Uhr', '2025-03-31 08:15'],
    ['Do., 18.12.2014, 12:35', '2014-12-18 12:35'],
    ['1. Mai 2025, 00:00', '2025-05-01 00:00'],
    // Russian
    ['26 дек. 2019 г., 22:53', '2019-12-26 22:53'],
    ['чт, 26 дек. 2019 г., 22:53', '2019-12-26 22:53'],
  ])('%s -> %s local', (title, local) => {
    expect(parsedLocal(title)).toBe(local);
  });

  it.each([
    ['18 déc. 2014, 12:35', 'French is not supported'],
    ['2014年12月18日 12:35', 'Japanese is not supported'],
    ['Yesterday', 'relative'],
    ['', 'empty'],
    ['Feb 30, 2025, 10:00 AM', 'no such day'],
    ['Thu, Dec 18, 2014 at 13:35 PM', '13 PM'],
    ['Dec 18, 2014, 24:00', 'hour 24'],
    ['Dec 18, 2014, 12:60', 'minute 60'],
    ['Fri, Dec 18, 2014 at 12:35 PM', 'weekday does not match the date'],
    ['Xyz, Dec 18, 2014 at 12:35 PM', 'unknown weekday'],
    ['Mi., 3. März 2025, 09:05', '3 March 2025 was a Monday'],
    ['Thu, Dec 18, 2014 at 12:35 PM"><script>', 'trailing markup'],
    ['Dec 18 2014 12:35', 'missing separators'],
  ])('%s stays raw (%s)', (title) => {
    const date = parseGmailDate(title);
    expect(date).toEqual({ raw: title.trim() });
  });

  it('keeps the raw text cleaned and bounded', () => {
    expect(parseGmailDate('  26\u00a0дек.  2019 г., 25:53 ')).toEqual({ raw: '26 дек. 2019 г., 25:53' });
    const long = parseGmailDate('x'.repeat(10_000));
    expect('raw' in long && long.raw.length).toBe(100);
  });

  it('never reads a month from the object prototype', () => {
    expect(parseGmailDate('18 constructor 2014, 12:35')).toEqual({ raw: '18 constructor 2014, 12:35' });
    expect(parseGmailDate('toString, Dec 18, 2014 at 12:35 PM')).toEqual({ raw: 'toString, Dec 18, 2014 at 12:35 PM' });
  });

  it('accepts an extra locale without touching the built-in ones', () => {
    const french = {
      tag: 'fr',
      months: new Map([['déc', 11]]),
      weekdays: new Map<string, number>(),
      patterns: [/^(?<day>\d{1,2}) (?<month>\p{L}+)\.? (?<year>\d{4}), (?<hour>\d{1,2}):(?<minute>\d{2})$/iu],
    };
    const date = parseGmailDate('18 déc. 2014, 12:35', [french]);
    expect('at' in date && localDateTime(date.at)).toBe('2014-12-18 12:35');
  });
});

describe('parseGmailDate across the Europe/Berlin DST change (30 March 2025, 02:00 -> 03:00)', () => {
  const before = parseGmailDate('Sat, Mar 29, 2025, 5:45 PM');
  const after = parseGmailDate('Mon, Mar 31, 2025, 8:15 AM');

  it('reads wall-clock times on both sides in the local zone', () => {
    expect('at' in before && localDateTime(before.at)).toBe('2025-03-29 17:45');
    expect('at' in after && localDateTime(after.at)).toBe('2025-03-31 08:15');
    // Same instants as the runtime's own local-time constructor gives, offsets included.
    expect(before).toEqual({ at: new Date(2025, 2, 29, 17, 45).getTime() });
    expect(after).toEqual({ at: new Date(2025, 2, 31, 8, 15).getTime() });
  });
});
