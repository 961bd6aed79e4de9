import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildShards,
  CONTACT_TIME_SHARDS,
  CONTACT_TIMES_RETENTION_MS,
  emptyShard,
  shardOf,
  timesAgree,
  withContactTimes,
  withTimesAdded,
} from './contact-times';

const NOW = Date.parse('2026-12-04T12:00:00Z');
const DAY = 86_400_000;

describe('contact times', () => {
  it('spreads contacts over the shards, always the same shard for the same id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (id) => {
        const shard = shardOf(id);
        expect(Number.isInteger(shard) && shard >= 0 && shard < CONTACT_TIME_SHARDS).toBe(true);
        expect(shardOf(id)).toBe(shard);
      }),
    );
    const used = new Set(Array.from({ length: 1000 }, (_, index) => shardOf(`bench-contact-${index}`)));
    expect(used.size).toBe(CONTACT_TIME_SHARDS);
  });

  it('keeps each contact`s times sorted, drops what is older than the strips show, and never shares arrays', () => {
    const before = withTimesAdded(emptyShard(3), [{ contactId: 'a', at: NOW - 5 * DAY }], NOW);
    const after = withTimesAdded(
      before,
      [
        { contactId: 'a', at: NOW - 9 * DAY },
        { contactId: 'a', at: NOW - CONTACT_TIMES_RETENTION_MS - 1 },
        { contactId: '__proto__', at: NOW },
        { contactId: 'b', at: Number.NaN },
      ],
      NOW,
    );
    expect(after.times.get('a')).toEqual([NOW - 9 * DAY, NOW - 5 * DAY]);
    expect(after.times.get('__proto__')).toEqual([NOW]);
    expect(after.times.has('b')).toBe(false);
    expect(before.times.get('a')).toEqual([NOW - 5 * DAY]);
  });

  it('replaces or forgets one contact', () => {
    const shard = withTimesAdded(emptyShard(0), [{ contactId: 'a', at: NOW - DAY }, { contactId: 'b', at: NOW }], NOW);
    expect([...withContactTimes(shard, 'a', [], NOW).times.keys()]).toEqual(['b']);
    expect(withContactTimes(shard, 'a', [NOW, NOW - 2 * DAY], NOW).times.get('a')).toEqual([NOW - 2 * DAY, NOW]);
  });

  it('builds shards that hold every recent time once, each contact in its own shard', () => {
    const entries = Array.from({ length: 500 }, (_, index) => ({ contactId: `c${index % 37}`, at: NOW - index * DAY }));
    const shards = buildShards(entries, NOW);
    const held = shards.flatMap((shard) => [...shard.times].map(([contactId, times]) => ({ contactId, times, shard: shard.shard })));
    expect(held.every(({ contactId, shard }) => shardOf(contactId) === shard)).toBe(true);
    expect(held.reduce((total, { times }) => total + times.length, 0)).toBe(entries.filter(({ at }) => at >= NOW - CONTACT_TIMES_RETENTION_MS).length);
  });

  it('agrees with the last contact only when the latest time is it (inside the window)', () => {
    const windowStart = NOW - 700 * DAY;
    expect(timesAgree([NOW - 3 * DAY, NOW - DAY], NOW - DAY, windowStart)).toBe(true);
    expect(timesAgree([NOW - 3 * DAY], NOW - DAY, windowStart)).toBe(false);
    expect(timesAgree([], undefined, windowStart)).toBe(true);
    expect(timesAgree([NOW], undefined, windowStart)).toBe(false);
    expect(timesAgree([], windowStart - DAY, windowStart)).toBe(true);
    expect(timesAgree([windowStart - 2 * DAY], windowStart - DAY, windowStart)).toBe(true);
  });
});
