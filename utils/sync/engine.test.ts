import { describe, expect, it } from 'vitest';
import { LIVE_RETRY_MAX_MS, liveRetryDelay, problemOf } from './engine';

describe('the sync engine', () => {
  it('retries live replication soon after a lost connection, doubling up to a few seconds, never minutes', () => {
    const waits: number[] = [];
    let previous = 0;
    for (let attempt = 0; attempt < 12; attempt += 1) waits.push((previous = liveRetryDelay(previous)));
    expect(waits.slice(0, 4)).toEqual([500, 1000, 2000, 4000]);
    expect(Math.max(...waits)).toBe(LIVE_RETRY_MAX_MS);
    expect(LIVE_RETRY_MAX_MS).toBeLessThanOrEqual(5_000);
  });

  it('tells the problems of a failed replication apart by their status', () => {
    expect(problemOf({ status: 401 })).toBe('wrong-password');
    expect(problemOf({ status: 403 })).toBe('no-access');
    expect(problemOf({ status: 404 })).toBe('database-missing');
    expect(problemOf({ status: 503 })).toBe('server-error');
    expect(problemOf(new TypeError('Failed to fetch'))).toBe('unreachable');
  });
});
