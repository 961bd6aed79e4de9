import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOf, todayIn } from './calendar';
import type { Cadence } from './cadence';
import { daysOverdue, followUpState, isAgreementOverdue, nextFollowUp, type FollowUpFacts } from './follow-up';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const LOS_ANGELES = 'America/Los_Angeles';
const TOKYO = 'Asia/Tokyo';
const ZONES = [BERLIN, NEW_YORK, LOS_ANGELES, TOKYO, 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe', 'Asia/Kolkata'];

const utc = (iso: string) => Date.parse(`${iso}Z`);
const created = utc('2025-06-01T10:00:00');
const monthly: Cadence = { unit: 'months', count: 1 };
const yearly: Cadence = { unit: 'months', count: 12 };

function contact(facts: Partial<FollowUpFacts>): FollowUpFacts {
  return { createdAt: created, ...facts };
}

describe('nextFollowUp', () => {
  it('is none without a cadence', () => {
    expect(nextFollowUp(contact({ lastContactAt: utc('2026-01-10T10:00:00') }), BERLIN)).toBeUndefined();
    expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 0 } }), BERLIN)).toBeUndefined();
    expect(nextFollowUp(contact({ cadence: { unit: 'months', count: 0 } }), BERLIN)).toBeUndefined();
  });

  it('counts from the last contact, or from when the contact was added', () => {
    expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: utc('2026-01-10T10:00:00') }), BERLIN)).toBe('2026-01-24');
    expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 } }), BERLIN)).toBe('2025-06-15');
  });

  describe('across DST changes, counting calendar days rather than 24-hour steps', () => {
    it('Berlin spring forward: Saturday 23:30 + 1 day is Sunday (24 hours later is already Monday 00:30)', () => {
      const saturdayLate = utc('2026-03-28T22:30:00'); // Sat 28 March, 23:30 CET
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 1 }, lastContactAt: saturdayLate }), BERLIN)).toBe('2026-03-29');
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: saturdayLate }), BERLIN)).toBe('2026-04-11');
    });

    it('Berlin fall back: Saturday 00:30 + 1 day is Sunday (24 hours later is still Saturday 23:30)', () => {
      const saturdayEarly = utc('2026-10-23T22:30:00'); // Sat 24 October, 00:30 CEST
      expect(calendarDateOf(saturdayEarly, BERLIN)).toBe('2026-10-24');
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 1 }, lastContactAt: saturdayEarly }), BERLIN)).toBe('2026-10-25');
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: saturdayEarly }), BERLIN)).toBe('2026-11-07');
    });

    it('New York spring forward and fall back', () => {
      const saturdayLate = utc('2026-03-08T04:30:00'); // Sat 7 March, 23:30 EST
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 1 }, lastContactAt: saturdayLate }), NEW_YORK)).toBe('2026-03-08');
      const saturdayEarly = utc('2026-10-31T04:30:00'); // Sat 31 October, 00:30 EDT
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 1 }, lastContactAt: saturdayEarly }), NEW_YORK)).toBe('2026-11-01');
      expect(nextFollowUp(contact({ cadence: monthly, lastContactAt: saturdayEarly }), NEW_YORK)).toBe('2026-11-30');
    });

    it('a monthly cadence across the change lands on the same day of the next month', () => {
      const lastContact = utc('2026-03-15T22:45:00'); // Sun 15 March, 23:45 CET
      expect(nextFollowUp(contact({ cadence: monthly, lastContactAt: lastContact }), BERLIN)).toBe('2026-04-15');
    });
  });

  describe('month ends and leap days', () => {
    const atNoonBerlin = (date: string) => utc(`${date}T11:00:00`);

    it('monthly after January 31 is the last day of February', () => {
      expect(nextFollowUp(contact({ cadence: monthly, lastContactAt: atNoonBerlin('2026-01-31') }), BERLIN)).toBe('2026-02-28');
      expect(nextFollowUp(contact({ cadence: monthly, lastContactAt: atNoonBerlin('2028-01-31') }), BERLIN)).toBe('2028-02-29');
    });

    it('quarterly and twice a year clamp to short months too', () => {
      const lastContact = utc('2026-11-30T11:00:00');
      expect(nextFollowUp(contact({ cadence: { unit: 'months', count: 3 }, lastContactAt: lastContact }), BERLIN)).toBe('2027-02-28');
      expect(nextFollowUp(contact({ cadence: { unit: 'months', count: 6 }, lastContactAt: lastContact }), BERLIN)).toBe('2027-05-30');
    });

    it('yearly after Feb 29 2028 is Feb 28 2029; yearly after Feb 28 2027 is Feb 28 2028', () => {
      expect(nextFollowUp(contact({ cadence: yearly, lastContactAt: atNoonBerlin('2028-02-29') }), BERLIN)).toBe('2029-02-28');
      expect(nextFollowUp(contact({ cadence: yearly, lastContactAt: atNoonBerlin('2027-02-28') }), BERLIN)).toBe('2028-02-28');
    });

    it('day cadences count the leap day', () => {
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: atNoonBerlin('2028-02-20') }), BERLIN)).toBe('2028-03-05');
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 365 }, lastContactAt: atNoonBerlin('2028-01-01') }), BERLIN)).toBe('2028-12-31');
    });
  });

  describe('a user who travels', () => {
    it('counts the same interaction from the calendar day where the user is', () => {
      const fridayNightInBerlin = utc('2026-01-30T22:30:00'); // Berlin Fri 30 Jan 23:30 = Los Angeles 14:30 = Tokyo Sat 07:30
      const facts = contact({ cadence: monthly, lastContactAt: fridayNightInBerlin });
      expect(nextFollowUp(facts, BERLIN)).toBe('2026-02-28');
      expect(nextFollowUp(facts, LOS_ANGELES)).toBe('2026-02-28');
      expect(nextFollowUp(facts, TOKYO)).toBe('2026-02-28');

      const saturdayNightInBerlin = utc('2026-01-31T22:30:00'); // Berlin Sat 31 Jan 23:30 = Tokyo Sun 1 Feb 07:30
      const later = contact({ cadence: monthly, lastContactAt: saturdayNightInBerlin });
      expect(nextFollowUp(later, BERLIN)).toBe('2026-02-28');
      expect(nextFollowUp(later, LOS_ANGELES)).toBe('2026-02-28');
      expect(nextFollowUp(later, TOKYO)).toBe('2026-03-01');
    });

    it('an interaction logged late in the evening in Berlin belongs to that Berlin day', () => {
      const lateEvening = utc('2026-05-15T21:50:00'); // Fri 15 May, 23:50 CEST
      const due = nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: lateEvening }), BERLIN);
      expect(due).toBe('2026-05-29');

      // Due on Friday 29 May: the user is in Berlin, or has flown to Tokyo or Los Angeles.
      const facts = { nextFollowUp: due };
      const tokyoMorning = utc('2026-05-28T16:00:00'); // Tokyo Fri 01:00, Berlin Thu 18:00, Los Angeles Thu 09:00
      expect(followUpState(facts, todayIn(TOKYO, tokyoMorning))).toBe('due-today');
      expect(followUpState(facts, todayIn(BERLIN, tokyoMorning))).toBe('scheduled');
      expect(followUpState(facts, todayIn(LOS_ANGELES, tokyoMorning))).toBe('scheduled');

      const berlinSaturdayMorning = utc('2026-05-30T03:00:00'); // Berlin Sat 05:00, Tokyo Sat 12:00, Los Angeles Fri 20:00
      expect(followUpState(facts, todayIn(BERLIN, berlinSaturdayMorning))).toBe('overdue');
      expect(followUpState(facts, todayIn(TOKYO, berlinSaturdayMorning))).toBe('overdue');
      expect(followUpState(facts, todayIn(LOS_ANGELES, berlinSaturdayMorning))).toBe('due-today');
    });
  });

  describe('snooze', () => {
    const lastContact = utc('2026-01-10T10:00:00');

    it('pushes the follow-up to the end of the snooze', () => {
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: lastContact, snoozedUntil: '2026-02-01' }), BERLIN)).toBe('2026-02-01');
    });

    it('never brings it forward', () => {
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: lastContact, snoozedUntil: '2026-01-15' }), BERLIN)).toBe('2026-01-24');
    });

    it('ignores a malformed snooze date', () => {
      expect(nextFollowUp(contact({ cadence: { unit: 'days', count: 14 }, lastContactAt: lastContact, snoozedUntil: '2026-2-1' }), BERLIN)).toBe('2026-01-24');
    });

    it('does not give a follow-up to a contact without a cadence', () => {
      expect(nextFollowUp(contact({ lastContactAt: lastContact, snoozedUntil: '2026-02-01' }), BERLIN)).toBeUndefined();
    });
  });

  it('property: never before the day after the last contact when the cadence is at least 1', () => {
    const cadences = fc.oneof(
      fc.integer({ min: 1, max: 3660 }).map((count): Cadence => ({ unit: 'days', count })),
      fc.integer({ min: 1, max: 120 }).map((count): Cadence => ({ unit: 'months', count })),
    );
    const instants = fc.integer({ min: utc('1990-01-01T00:00:00'), max: utc('2100-01-01T00:00:00') });
    const snoozes = fc.option(
      fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    );
    fc.assert(
      fc.property(cadences, instants, snoozes, fc.constantFrom(...ZONES), (cadence, lastContactAt, snoozedUntil, zone) => {
        const due = nextFollowUp(contact({ cadence, lastContactAt, snoozedUntil }), zone);
        expect(due).toBeDefined();
        expect(due! >= addDays(calendarDateOf(lastContactAt, zone), 1)).toBe(true);
      }),
    );
  });
});

describe('followUpState', () => {
  it('tells none, scheduled, due today and overdue apart', () => {
    expect(followUpState({}, '2026-03-10')).toBe('none');
    expect(followUpState({ nextFollowUp: '2026-03-11' }, '2026-03-10')).toBe('scheduled');
    expect(followUpState({ nextFollowUp: '2026-03-10' }, '2026-03-10')).toBe('due-today');
    expect(followUpState({ nextFollowUp: '2026-03-09' }, '2026-03-10')).toBe('overdue');
    expect(followUpState({ nextFollowUp: '2025-12-31' }, '2026-01-01')).toBe('overdue');
  });
});

describe('daysOverdue', () => {
  it('is 0 on the day, positive after, negative before', () => {
    expect(daysOverdue('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysOverdue('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysOverdue('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysOverdue('2026-03-12', '2026-03-10')).toBe(-2);
  });
});

describe('isAgreementOverdue', () => {
  it('is an open agreement past its due date', () => {
    expect(isAgreementOverdue({ status: 'open', dueDate: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isAgreementOverdue({ status: 'open', dueDate: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isAgreementOverdue({ status: 'open' }, '2026-03-10')).toBe(false);
    expect(isAgreementOverdue({ status: 'done', dueDate: '2026-03-01' }, '2026-03-10')).toBe(false);
    expect(isAgreementOverdue({ status: 'cancelled', dueDate: '2026-03-01' }, '2026-03-10')).toBe(false);
  });
});
