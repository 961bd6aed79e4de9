import { describe, expect, it } from 'vitest';
import { dateRowOf, dateRowValue } from './date-rows';

describe('date rows', () => {
  it('turn typed parts into a date, with or without a year', () => {
    expect(dateRowValue({ day: '14', month: '7', year: '1986' })).toBe('1986-07-14');
    expect(dateRowValue({ day: '29', month: '2', year: '' })).toBe('--02-29');
    expect(dateRowValue({ day: '29', month: '2', year: '2027' })).toBeUndefined();
    expect(dateRowValue({ day: '31', month: '4', year: '' })).toBeUndefined();
    expect(dateRowValue({ day: '', month: '4', year: '' })).toBeUndefined();
    expect(dateRowValue({ day: '3', month: '4', year: 'abc' })).toBeUndefined();
  });

  it('round-trip a stored date', () => {
    for (const date of ['1986-07-14', '--02-29']) {
      expect(dateRowValue(dateRowOf({ id: 'x', kind: 'birthday', date, remindDaysBefore: 0 }))).toBe(date);
    }
  });
});
