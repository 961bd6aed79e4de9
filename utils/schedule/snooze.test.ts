import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateOf } from './calendar';
import type { Cadence } from './cadence';
import { nextFollowUp } from './follow-up';
import { SNOOZE_PRESETS, snoozeUntil, type SnoozeOption } from './snooze';

const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'];
const utc = (iso: string) => Date.parse(`${iso}Z`);

const calendarDates = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('snoozeUntil', () => {
  it('snoozes a day, a week or a calendar month from today', () => {
    expect(snoozeUntil('1-day', '2026-03-10')).toBe('2026-03-11');
    expect(snoozeUntil('1-day', '2028-02-28')).toBe('2028-02-29');
    expect(snoozeUntil('1-week', '2026-03-26')).toBe('2026-04-02');
    expect(snoozeUntil('1-week', '2026-12-28')).toBe('2027-01-04');
    expect(snoozeUntil('1-month', '2026-03-10')).toBe('2026-04-10');
    expect(snoozeUntil('1-month', '2026-01-31')).toBe('2026-02-28');
    expect(snoozeUntil('1-month', '2028-01-31')).toBe('2028-02-29');
  });

  it('snoozes until a chosen date', () => {
    expect(snoozeUntil({ until: '2026-06-01' }, '2026-03-10')).toBe('2026-06-01');
  });

  it('rejects malformed dates', () => {
    expect(() => snoozeUntil({ until: '2026-02-30' }, '2026-02-01')).toThrow(RangeError);
    expect(() => snoozeUntil({ until: '2026-06-01' }, 'today')).toThrow(RangeError);
    expect(() => snoozeUntil('1-week', '2026-13-01')).toThrow(RangeError);
  });

  it('has a message name per preset', () => {
    expect(SNOOZE_PRESETS.map((p) => p.id)).toEqual(['1-day', '1-week', '1-month']);
    for (const preset of SNOOZE_PRESETS) expect(preset.messageKey).toMatch(/^snooze_[a-z0-9_]+$/);
  });

  it('takes an overdue follow-up off today', () => {
    const facts = { cadence: { unit: 'days' as const, count: 14 }, createdAt: 0, lastContactAt: utc('2026-02-01T10:00:00') };
    const today = '2026-03-10';
    expect(nextFollowUp(facts, 'Europe/Berlin')! < today).toBe(true);
    const snoozed = nextFollowUp({ ...facts, snoozedUntil: snoozeUntil('1-day', today) }, 'Europe/Berlin');
    expect(snoozed).toBe('2026-03-11');
  });

  it('property: a snoozed follow-up is never earlier than the cadence due date, nor than the snooze', () => {
    const options = fc.oneof(
      fc.constantFrom<SnoozeOption>('1-day', '1-week', '1-month'),
      calendarDates.map((until): SnoozeOption => ({ until })),
    );
    const cadences = fc.oneof(
      fc.integer({ min: 1, max: 3660 }).map((count): Cadence => ({ unit: 'days', count })),
      fc.integer({ min: 1, max: 120 }).map((count): Cadence => ({ unit: 'months', count })),
    );
    const instants = fc.integer({ min: utc('1990-01-01T00:00:00'), max: utc('2100-01-01T00:00:00') });
    fc.assert(
      fc.property(options, cadences, instants, fc.integer({ min: -400, max: 4000 }), fc.constantFrom(...ZONES), (option, cadence, lastContactAt, offset, zone) => {
        const today = calendarDateOf(lastContactAt + offset * 86_400_000, zone);
        const facts = { cadence, createdAt: 0, lastContactAt };
        const until = snoozeUntil(option, today);
        const cadenceDue = nextFollowUp(facts, zone)!;
        const snoozed = nextFollowUp({ ...facts, snoozedUntil: until }, zone)!;
        expect(snoozed >= cadenceDue).toBe(true);
        expect(snoozed >= until).toBe(true);
        if (typeof option === 'string') expect(until > today).toBe(true);
      }),
    );
  });
});
