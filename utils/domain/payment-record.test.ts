import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement } from './model';
import { currencyDigits, daysLate, formatMoney, parseAmount, paymentRecordOf, toMinor } from './payment-record';

let counter = 0;
const invoice = (fields: Partial<Agreement>): Agreement => ({
  id: `i-${++counter}`,
  contactId: 'c',
  kind: 'invoice',
  text: 'Invoice',
  status: 'open',
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});
const paid = (dueDate: string, paidOn: string, fields: Partial<Agreement> = {}) => invoice({ status: 'done', dueDate, paidOn, ...fields });

describe('paymentRecordOf', () => {
  const today = '2026-12-04';

  it('counts paid invoices and averages the days late, early payments counting as on time', () => {
    const record = paymentRecordOf(
      [paid('2026-01-10', '2026-01-05'), paid('2026-02-10', '2026-02-20'), paid('2026-03-10', '2026-04-09'), invoice({ status: 'done' })],
      today,
    );
    expect(record).toMatchObject({ paid: 4, timed: 3, averageDaysLate: (0 + 10 + 30) / 3, overdue: 0 });
    expect(record.lateWarning).toBeUndefined();
  });

  it('warns when 3 of the last 4 invoices were paid more than 30 days late', () => {
    const record = paymentRecordOf(
      [
        paid('2025-01-01', '2025-01-02'),
        paid('2025-06-01', '2025-06-01'),
        paid('2026-01-01', '2026-02-15'),
        paid('2026-03-01', '2026-04-05'),
        paid('2026-05-01', '2026-06-30'),
      ],
      today,
    );
    expect(record.lateWarning).toEqual({ late: 3, of: 4 });
  });

  it('does not warn about exactly 30 days, nor about two late payments out of four', () => {
    expect(paymentRecordOf([paid('2026-01-01', '2026-01-31'), paid('2026-02-01', '2026-03-03'), paid('2026-03-01', '2026-03-31')], today).lateWarning).toBeUndefined();
    expect(
      paymentRecordOf([paid('2026-01-01', '2026-03-01'), paid('2026-02-01', '2026-04-01'), paid('2026-03-01', '2026-03-02'), paid('2026-04-01', '2026-04-01')], today)
        .lateWarning,
    ).toBeUndefined();
  });

  it('sums open overdue amounts per currency in minor units, EUR by default, and counts those without an amount', () => {
    const record = paymentRecordOf(
      [
        invoice({ dueDate: '2026-11-01', amount: 0.1 }),
        invoice({ dueDate: '2026-11-02', amount: 0.2 }),
        invoice({ dueDate: '2026-11-03', amount: 1000, currency: 'JPY' }),
        invoice({ dueDate: '2026-11-04' }),
        invoice({ dueDate: '2026-12-24', amount: 99 }),
        invoice({ dueDate: '2026-11-01', amount: 50, status: 'cancelled' }),
        { ...invoice({ dueDate: '2026-11-01', amount: 70 }), kind: 'deadline' },
      ],
      today,
    );
    expect(record.overdue).toBe(4);
    expect(record.overdueAmounts).toEqual([
      { currency: 'EUR', minor: 30 },
      { currency: 'JPY', minor: 1000 },
    ]);
    expect(record.overdueWithoutAmount).toBe(1);
  });

  it('property: the average lies between the least and the most days late, and the warning needs at least three timed invoices', () => {
    const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(date, date), { maxLength: 12 }), (pairs) => {
        const invoices = pairs.map(([due, on]) => paid(due, on));
        const record = paymentRecordOf(invoices, today);
        const lates = invoices.map((each) => daysLate(each) as number);
        if (lates.length === 0) {
          expect(record.averageDaysLate).toBeUndefined();
        } else {
          expect(record.averageDaysLate).toBeGreaterThanOrEqual(Math.min(...lates) - 1e-9);
          expect(record.averageDaysLate).toBeLessThanOrEqual(Math.max(...lates) + 1e-9);
        }
        if (record.lateWarning) expect(record.timed).toBeGreaterThanOrEqual(3);
      }),
    );
  });
});

describe('money', () => {
  it('knows minor units per currency', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(toMinor(19.99, 'EUR')).toBe(1999);
    expect(currencyDigits('not a code')).toBe(2);
  });

  it('formats in the reader’s language', () => {
    expect(formatMoney({ currency: 'EUR', minor: 480050 }, 'de')).toMatch(/^4\.800,50\s€$/);
    expect(formatMoney({ currency: 'EUR', minor: 480050 }, 'en')).toBe('€4,800.50');
  });

  it.each([
    ['4.800,50', 4800.5],
    ['4,800.50', 4800.5],
    ['4800,5', 4800.5],
    ['4.800', 4800],
    ['4,800', 4800],
    ['1 200 €', 1200],
    ['EUR 99', 99],
    ['0,99', 0.99],
    ['12.345.678,9', 12345678.9],
  ])('reads %s as %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['', 'abc', '-5', '4,80,0.1.', '1.234.5', '1,234,56.78.9'])('reads %s as no amount', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});
