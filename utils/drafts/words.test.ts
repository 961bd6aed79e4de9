import { describe, expect, it } from 'vitest';
import { durationWords, formatDate, formatMonthYear, seasonOf, seasonWords } from './words';

describe('formatDate', () => {
  it('writes dates per language', () => {
    expect(formatDate('2027-01-15', 'de')).toBe('15. Januar 2027');
    expect(formatDate('2027-03-01', 'de')).toBe('1. März 2027');
    expect(formatDate('2027-01-15', 'en')).toBe('15 January 2027');
    expect(formatDate('2027-01-05', 'de', 'numeric')).toBe('05.01.2027');
    expect(formatDate('2027-01-05', 'en', 'numeric')).toBe('05/01/2027');
    expect(formatMonthYear('2025-03-10', 'de')).toBe('März 2025');
    expect(formatMonthYear('2025-03-10', 'en')).toBe('March 2025');
  });

  it('gives nothing for what is not a date', () => {
    for (const value of ['', '2027-02-30', '15.01.2027', 'undefined', undefined]) {
      expect(formatDate(value, 'de')).toBe('');
      expect(formatMonthYear(value, 'en')).toBe('');
    }
  });
});

describe('durationWords', () => {
  it.each([
    [3, 'ein paar Tage', 'vor ein paar Tagen', 'seit ein paar Tagen', 'a few days ago'],
    [9, 'eine Woche', 'vor einer Woche', 'seit einer Woche', 'a week ago'],
    [21, 'drei Wochen', 'vor drei Wochen', 'seit drei Wochen', 'three weeks ago'],
    [60, 'zwei Monate', 'vor zwei Monaten', 'seit zwei Monaten', 'two months ago'],
    [92, 'drei Monate', 'vor drei Monaten', 'seit drei Monaten', 'three months ago'],
    [365, 'ein Jahr', 'vor einem Jahr', 'seit einem Jahr', 'a year ago'],
    [500, 'über ein Jahr', 'vor über einem Jahr', 'seit über einem Jahr', 'over a year ago'],
    [750, 'zwei Jahre', 'vor zwei Jahren', 'seit zwei Jahren', 'two years ago'],
    [900, 'über zwei Jahre', 'vor über zwei Jahren', 'seit über zwei Jahren', 'over two years ago'],
  ])('%i days', (days, duration, ago, since, enAgo) => {
    expect(durationWords(days, 'de')).toEqual({ duration, ago, since });
    expect(durationWords(days, 'en')?.ago).toBe(enAgo);
  });

  it('says "for" in English', () => {
    expect(durationWords(92, 'en')).toEqual({ duration: 'three months', ago: 'three months ago', since: 'for three months' });
  });

  it('has no words for today, the future or nonsense', () => {
    for (const days of [0, -5, NaN, Infinity]) expect(durationWords(days, 'de')).toBeUndefined();
  });
});

describe('seasons', () => {
  it.each([
    ['2026-12-01', 'year-end'],
    ['2026-12-31', 'year-end'],
    ['2027-01-01', 'new-year'],
    ['2027-01-20', 'new-year'],
    ['2027-01-21', undefined],
    ['2027-06-30', undefined],
    ['2027-07-01', 'summer'],
    ['2027-08-31', 'summer'],
    ['2027-09-01', undefined],
    ['nonsense', undefined],
  ])('%s', (date, season) => {
    expect(seasonOf(date)).toBe(season);
  });

  it('wishes for the coming year at year end', () => {
    expect(seasonWords('2026-12-10', 'de')).toEqual({ season: 'Jahresende', seasonWish: 'schöne Feiertage und einen guten Start ins Jahr 2027' });
    expect(seasonWords('2026-12-10', 'en')?.seasonWish).toBe('happy holidays and a good start to 2027');
    expect(seasonWords('2027-01-05', 'de')?.seasonWish).toBe('ein gutes und erfolgreiches Jahr 2027');
    expect(seasonWords('2027-07-05', 'en')?.seasonWish).toBe('a lovely summer');
    expect(seasonWords('2027-03-05', 'de')).toBeUndefined();
  });
});
