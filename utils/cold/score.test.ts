import { describe, expect, it } from 'vitest';
import type { Cadence } from '../domain/model';
import { colderFirst, coldness, type ColdnessInput } from './score';

const BERLIN = 'Europe/Berlin';
const TODAY = '2026-12-04';
const MONTHLY: Cadence = { unit: 'months', count: 1 };
const at = (iso: string) => Date.parse(iso);

/** 24 months, oldest first, from the 12 before and the last 12. */
const months = (previous: number[], recent: number[]) => [...previous, ...recent];
const steady = months(Array(12).fill(1), Array(12).fill(1));

function input(fields: Partial<ColdnessInput>): ColdnessInput {
  return { cadence: MONTHLY, createdAt: at('2023-01-01T12:00:00Z'), months: steady, today: TODAY, timeZone: BERLIN, ...fields };
}

describe('coldness', () => {
  it('is zero for a relationship within its rhythm whose contact did not fall', () => {
    const result = coldness(input({ lastContactAt: at('2026-11-20T10:00:00Z') }));
    expect(result).toMatchObject({ score: 0, level: 'in-rhythm', silenceDays: 14, contacted: true, rhythmsPast: 0, recent: 12, previous: 12, change: 0 });
  });

  it('counts the silence in rhythms past due, by calendar days where the user is', () => {
    // 23:30 on 3 August in Berlin is 3 August there, though already the 4th nowhere else: 123 days before 4 December.
    const result = coldness(input({ lastContactAt: at('2026-08-03T21:30:00Z'), months: months(Array(12).fill(1), [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]) }));
    expect(result.silenceDays).toBe(123);
    expect(result.rhythmsPast).toBeCloseTo(123 / 30.436875 - 1, 6);
    expect(result.recent).toBe(8);
    expect(result.change).toBeCloseTo(-1 / 3, 6);
    expect(result.score).toBeCloseTo(result.rhythmsPast + 2 / 3, 6);
    expect(result.level).toBe('cold');
  });

  it('weighs a fall in contact even while the last contact is recent', () => {
    const result = coldness(input({ lastContactAt: at('2026-12-01T09:00:00Z'), months: months(Array(12).fill(2), [1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 2]) }));
    expect(result.rhythmsPast).toBe(0);
    expect(result.change).toBeCloseTo(-0.75, 6);
    expect(result.score).toBeCloseTo(1.5, 6);
    expect(result.level).toBe('cold');
  });

  it('does not call one contact fewer a trend', () => {
    const result = coldness(input({ lastContactAt: at('2026-12-01T09:00:00Z'), months: months([0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]) }));
    expect(result.change).toBe(-0.5);
    expect(result.score).toBe(0);
  });

  it('has no change to report without contact in the 12 months before, and counts a rise as no fall', () => {
    const fresh = coldness(input({ lastContactAt: at('2026-12-01T09:00:00Z'), months: months(Array(12).fill(0), Array(12).fill(2)) }));
    expect(fresh.change).toBeUndefined();
    expect(fresh.score).toBe(0);
    const rising = coldness(input({ lastContactAt: at('2026-12-01T09:00:00Z'), months: months(Array(12).fill(1), Array(12).fill(3)) }));
    expect(rising.change).toBe(2);
    expect(rising.score).toBe(0);
  });

  it('runs a rhythm with no contact yet from the day the contact was added', () => {
    const justAdded = coldness(input({ createdAt: at('2026-11-30T09:00:00Z'), months: Array(24).fill(0) }));
    expect(justAdded).toMatchObject({ contacted: false, silenceDays: 4, score: 0, level: 'in-rhythm' });
    const longAgo = coldness(input({ createdAt: at('2026-06-04T09:00:00Z'), months: Array(24).fill(0), cadence: { unit: 'days', count: 61 } }));
    expect(longAgo.silenceDays).toBe(183);
    expect(longAgo.rhythmsPast).toBeCloseTo(2, 6);
  });

  it('is cooling, not cold, when a little past the rhythm', () => {
    const result = coldness(input({ lastContactAt: at('2026-10-25T09:00:00Z') }));
    expect(result.level).toBe('cooling');
  });
});

describe('colderFirst', () => {
  const row = (contactId: string, fields: Partial<ColdnessInput>) => ({ contactId, displayName: contactId, coldness: coldness(input(fields)) });

  it('puts a relationship that stopped a few months ago before steady and new ones', () => {
    const rows = [
      row('steady', { lastContactAt: at('2026-11-28T09:00:00Z') }),
      row('stopped', { lastContactAt: at('2026-08-10T09:00:00Z'), months: months(Array(12).fill(1), [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]) }),
      row('new', { createdAt: at('2026-12-01T09:00:00Z'), months: Array(24).fill(0) }),
      row('slightly-late', { lastContactAt: at('2026-10-20T09:00:00Z') }),
    ];
    expect(rows.sort(colderFirst).map((each) => each.contactId)).toEqual(['stopped', 'slightly-late', 'steady', 'new']);
  });

  it('orders equal scores by the longer silence, then by name', () => {
    const rows = [
      row('b', { createdAt: at('2026-12-01T09:00:00Z'), months: Array(24).fill(0) }),
      row('a', { createdAt: at('2026-12-01T09:00:00Z'), months: Array(24).fill(0) }),
      row('c', { lastContactAt: at('2026-11-20T09:00:00Z') }),
    ];
    expect(rows.sort(colderFirst).map((each) => each.contactId)).toEqual(['c', 'a', 'b']);
  });
});
