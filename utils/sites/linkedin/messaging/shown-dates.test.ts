import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentOf, parseShownDay, parseShownTime } from './shown-dates';

// Thursday, 3 December 2026, 15:00 in the test's time zone.
const NOW = new Date(2026, 11, 3, 15, 0);
const day = (year: number, month: number, date: number) => ({ year, month, day: date });

describe('parseShownDay', () => {
  it.each([
    ['Today', day(2026, 12, 3)],
    ['Heute', day(2026, 12, 3)],
    ['Yesterday', day(2026, 12, 2)],
    ['gestern', day(2026, 12, 2)],
    ['Tuesday', day(2026, 12, 1)],
    ['Dienstag', day(2026, 12, 1)],
    ['Montag', day(2026, 11, 30)],
    ['Friday', day(2026, 11, 27)],
    ['Thursday', day(2026, 11, 26)],
    ['Mar 4', day(2026, 3, 4)],
    ['March 4', day(2026, 3, 4)],
    ['4. März', day(2026, 3, 4)],
    ['4. Mär.', day(2026, 3, 4)],
    ['4 Brumaire', undefined],
    ['Dec 18', day(2025, 12, 18)],
    ['18. Dez.', day(2025, 12, 18)],
    ['Dec 3', day(2026, 12, 3)],
    ['Jun 10, 2024', day(2024, 6, 10)],
    ['June 10 2024', day(2024, 6, 10)],
    ['10. Juni 2024', day(2024, 6, 10)],
    ['10.06.2024', day(2024, 6, 10)],
    ['Dienstag, 4. März', day(2026, 3, 4)],
    ['Tue, Mar 4, 2025', day(2025, 3, 4)],
    ['3月19日', day(2026, 3, 19)],
    ['2025年12月14日', day(2025, 12, 14)],
    ['2024-02-29', day(2024, 2, 29)],
    ['Feb 30, 2024', undefined],
    ['12:18 PM', undefined],
    ['Priya Raghunathan', undefined],
    ['', undefined],
  ])('%s', (text, expected) => {
    expect(parseShownDay(text, NOW)).toEqual(expected);
  });

  it('reads every day of the past year back from its English and German short forms', () => {
    const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const DE = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (daysAgo) => {
        const date = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - daysAgo);
        const expected = day(date.getFullYear(), date.getMonth() + 1, date.getDate());
        expect(parseShownDay(`${EN[date.getMonth()]} ${date.getDate()}`, NOW)).toEqual(expected);
        expect(parseShownDay(`${date.getDate()}. ${DE[date.getMonth()]}`, NOW)).toEqual(expected);
      }),
    );
  });
});

describe('parseShownTime', () => {
  it.each([
    ['12:18 PM', 12 * 60 + 18],
    ['12:05 AM', 5],
    ['9:05 am', 9 * 60 + 5],
    ['4:12\u202fPM', 16 * 60 + 12],
    ['14:05', 14 * 60 + 5],
    ['09:05 Uhr', 9 * 60 + 5],
    ['24:00', undefined],
    ['13:00 PM', undefined],
    ['Today', undefined],
  ])('%s', (text, expected) => {
    expect(parseShownTime(text)).toBe(expected);
  });
});

it('momentOf is the local moment of that day and time', () => {
  expect(momentOf(day(2026, 3, 4), 18 * 60 + 30)).toBe(new Date(2026, 2, 4, 18, 30).getTime());
});
