// @vitest-environment happy-dom
/**
 * Gmail formats dates in the browser's zone; parsing must use the same zone, DST included.
 * This file switches the worker to Europe/Berlin while it runs (restored afterwards). Where the
 * runtime ignores a TZ change, the zone-specific tests are skipped, not passed: run
 * `TZ=Europe/Berlin npx vitest run utils/sites/gmail` to force them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { localDateTime } from '../../../tests/fixtures/gmail/gmail-fixtures';
import { parseGmailDate } from './gmail-date';

const previousZone = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
const inBerlin = new Date(2025, 0, 15).getTimezoneOffset() === -60 && new Date(2025, 6, 15).getTimezoneOffset() === -120;

afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

const HOUR = 3600_000;

describe.runIf(inBerlin)('parseGmailDate in Europe/Berlin across the DST change of 30 March 2025', () => {
  it('reads winter time (UTC+1) before and summer time (UTC+2) after', () => {
    expect(parseGmailDate('Sat, Mar 29, 2025, 5:45 PM')).toEqual({ at: Date.UTC(2025, 2, 29, 16, 45) });
    expect(parseGmailDate('Mo., 31. März 2025, 08:15')).toEqual({ at: Date.UTC(2025, 2, 31, 6, 15) });
  });

  it('measures 37.5 real hours where the wall clock shows 38.5', () => {
    const before = parseGmailDate('Sa., 29. März 2025, 17:45');
    const after = parseGmailDate('Mon, Mar 31, 2025, 8:15 AM');
    if (!('at' in before && 'at' in after)) throw new Error('not parsed');
    expect(after.at - before.at).toBe(37.5 * HOUR);
    expect([localDateTime(before.at), localDateTime(after.at)]).toEqual(['2025-03-29 17:45', '2025-03-31 08:15']);
  });

  it('keeps the hour skipped at 02:00 as raw text instead of inventing it', () => {
    expect(parseGmailDate('Sun, Mar 30, 2025, 2:30 AM')).toEqual({ raw: 'Sun, Mar 30, 2025, 2:30 AM' });
    expect(parseGmailDate('So., 30. März 2025, 01:59')).toEqual({ at: Date.UTC(2025, 2, 30, 0, 59) });
    expect(parseGmailDate('So., 30. März 2025, 03:00')).toEqual({ at: Date.UTC(2025, 2, 30, 1, 0) });
  });

  it('reads the autumn change (26 October 2025) on both sides', () => {
    expect(parseGmailDate('Sat, 25 Oct 2025, 12:00')).toEqual({ at: Date.UTC(2025, 9, 25, 10, 0) });
    expect(parseGmailDate('Mon, 27 Oct 2025, 12:00')).toEqual({ at: Date.UTC(2025, 9, 27, 11, 0) });
  });
});

describe('the zone switch', () => {
  it('is reported (skipped tests above mean the runtime ignored TZ)', () => {
    expect(typeof inBerlin).toBe('boolean');
  });
});
