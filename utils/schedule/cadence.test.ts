import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings';
import {
  CADENCE_PRESETS,
  addCadence,
  followUpCadenceOf,
  approximateDays,
  cadenceFromDays,
  cadenceOfPreset,
  customCadence,
  defaultCadence,
  effectiveCadence,
  isCadence,
  presetIdOf,
  toCadence,
  type Cadence,
} from './cadence';

const days = (count: number): Cadence => ({ unit: 'days', count });
const months = (count: number): Cadence => ({ unit: 'months', count });

describe('CADENCE_PRESETS', () => {
  it('offers every 2 weeks in days and the rest in calendar months', () => {
    expect(CADENCE_PRESETS.map((p) => [p.id, p.cadence])).toEqual([
      ['every-2-weeks', days(14)],
      ['monthly', months(1)],
      ['quarterly', months(3)],
      ['twice-a-year', months(6)],
      ['yearly', months(12)],
    ]);
  });

  it('has valid cadences and browser.i18n message names', () => {
    for (const preset of CADENCE_PRESETS) {
      expect(isCadence(preset.cadence)).toBe(true);
      expect(preset.messageKey).toMatch(/^cadence_[a-z0-9_]+$/);
    }
    expect(CADENCE_PRESETS.find((p) => p.id === 'monthly')?.messageKey).toBe('cadence_monthly');
  });

  it('maps presets to cadences and back', () => {
    expect(cadenceOfPreset('quarterly')).toEqual(months(3));
    expect(presetIdOf(months(12))).toBe('yearly');
    expect(presetIdOf(days(14))).toBe('every-2-weeks');
    expect(presetIdOf(days(30))).toBeUndefined();
    expect(presetIdOf(undefined)).toBeUndefined();
  });

  it('hands out copies, so a caller cannot change a preset', () => {
    const monthly = cadenceOfPreset('monthly');
    monthly.count = 2;
    expect(cadenceOfPreset('monthly')).toEqual(months(1));
  });
});

describe('customCadence and isCadence', () => {
  it('accepts whole days from 1 to 3660', () => {
    expect(customCadence(1)).toEqual(days(1));
    expect(customCadence(3660)).toEqual(days(3660));
    expect(() => customCadence(0)).toThrow(RangeError);
    expect(() => customCadence(3661)).toThrow(RangeError);
    expect(() => customCadence(1.5)).toThrow(RangeError);
  });

  it('rejects what is not a cadence', () => {
    expect(isCadence({ unit: 'weeks', count: 2 })).toBe(false);
    expect(isCadence({ unit: 'months', count: 0 })).toBe(false);
    expect(isCadence({ unit: 'months', count: 121 })).toBe(false);
    expect(isCadence({ unit: 'days' })).toBe(false);
    expect(isCadence(30)).toBe(false);
    expect(isCadence(null)).toBe(false);
  });
});

describe('reading stored cadences', () => {
  it('reads cadenceDays as a day cadence; missing, zero or negative is none', () => {
    expect(cadenceFromDays(30)).toEqual(days(30));
    expect(cadenceFromDays(undefined)).toBeUndefined();
    expect(cadenceFromDays(0)).toBeUndefined();
    expect(cadenceFromDays(-7)).toBeUndefined();
    expect(cadenceFromDays(Number.NaN)).toBeUndefined();
  });

  it('takes either form', () => {
    expect(toCadence(14)).toEqual(days(14));
    expect(toCadence(months(3))).toEqual(months(3));
    expect(toCadence({ unit: 'months', count: -1 })).toBeUndefined();
    expect(toCadence(null)).toBeUndefined();
  });
});

describe('addCadence', () => {
  it('steps days as days and months as calendar months', () => {
    expect(addCadence('2026-01-31', days(14))).toBe('2026-02-14');
    expect(addCadence('2026-01-31', months(1))).toBe('2026-02-28');
    expect(addCadence('2028-01-31', months(1))).toBe('2028-02-29');
    expect(addCadence('2026-11-30', months(3))).toBe('2027-02-28');
    expect(addCadence('2026-08-31', months(6))).toBe('2027-02-28');
    expect(addCadence('2028-02-29', months(12))).toBe('2029-02-28');
  });
});

describe('approximateDays', () => {
  it('compares month cadences with day cadences', () => {
    expect(approximateDays(days(30))).toBe(30);
    expect(approximateDays(months(1))).toBeGreaterThan(30);
    expect(approximateDays(months(1))).toBeLessThan(31);
    expect(approximateDays(months(12))).toBeCloseTo(365.2425);
  });
});

describe('defaultCadence', () => {
  it('prefers the settings cadence, then monthly', () => {
    expect(defaultCadence({ defaultCadence: months(3) })).toEqual(months(3));
    expect(defaultCadence({ defaultCadence: days(21) })).toEqual(days(21));
    expect(defaultCadence({})).toEqual(months(1));
    expect(defaultCadence({ defaultCadence: days(0) })).toEqual(months(1));
  });

  it('accepts the app settings as they are', () => {
    expect(defaultCadence(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS.defaultCadence);
  });
});

describe('effectiveCadence', () => {
  const quarterlyBetweenProjects = { betweenProjectsCadence: months(3) };

  it('is none without a cadence of the contact’s own', () => {
    expect(effectiveCadence({ contactCadence: undefined, hasOpenAgreements: false, settings: quarterlyBetweenProjects })).toBeUndefined();
    expect(
      effectiveCadence({ contactCadence: undefined, contactBetweenProjectsCadence: months(6), hasOpenAgreements: false, settings: {} }),
    ).toBeUndefined();
  });

  it('keeps the regular cadence while an agreement is open', () => {
    expect(effectiveCadence({ contactCadence: days(14), hasOpenAgreements: true, settings: quarterlyBetweenProjects })).toEqual(days(14));
    expect(
      effectiveCadence({ contactCadence: days(14), contactBetweenProjectsCadence: months(6), hasOpenAgreements: true, settings: {} }),
    ).toEqual(days(14));
  });

  it('goes quieter between projects when the settings say so', () => {
    expect(effectiveCadence({ contactCadence: days(14), hasOpenAgreements: false, settings: quarterlyBetweenProjects })).toEqual(months(3));
    expect(effectiveCadence({ contactCadence: 14, hasOpenAgreements: false, settings: { betweenProjectsCadence: days(60) } })).toEqual(
      days(60),
    );
  });

  it('never makes a contact louder between projects', () => {
    expect(effectiveCadence({ contactCadence: months(12), hasOpenAgreements: false, settings: quarterlyBetweenProjects })).toEqual(
      months(12),
    );
    expect(effectiveCadence({ contactCadence: months(1), hasOpenAgreements: false, settings: { betweenProjectsCadence: days(30) } })).toEqual(
      months(1),
    );
  });

  it('keeps the regular cadence when the settings have no between-projects cadence', () => {
    expect(effectiveCadence({ contactCadence: months(1), hasOpenAgreements: false, settings: {} })).toEqual(months(1));
    expect(effectiveCadence({ contactCadence: months(1), hasOpenAgreements: false, settings: DEFAULT_SETTINGS })).toEqual(months(1));
  });

  it('lets a contact override the settings between projects', () => {
    expect(
      effectiveCadence({
        contactCadence: days(14),
        contactBetweenProjectsCadence: months(6),
        hasOpenAgreements: false,
        settings: quarterlyBetweenProjects,
      }),
    ).toEqual(months(6));
    expect(
      effectiveCadence({
        contactCadence: days(14),
        contactBetweenProjectsCadence: 'regular',
        hasOpenAgreements: false,
        settings: quarterlyBetweenProjects,
      }),
    ).toEqual(days(14));
    expect(
      effectiveCadence({ contactCadence: days(14), contactBetweenProjectsCadence: 45, hasOpenAgreements: false, settings: {} }),
    ).toEqual(days(45));
  });

  it('prefers the settings cadence over the settings day count', () => {
    expect(
      effectiveCadence({
        contactCadence: days(14),
        hasOpenAgreements: false,
        settings: { betweenProjectsCadence: months(6) },
      }),
    ).toEqual(months(6));
  });
});

describe('followUpCadenceOf', () => {
  const monthly = { unit: 'months', count: 1 } as const;
  const quarterly = { unit: 'months', count: 3 } as const;
  it('names the quieter between-projects cadence when it schedules the contact', () => {
    expect(followUpCadenceOf({ cadence: monthly }, false, { betweenProjectsCadence: quarterly })).toEqual({ cadence: quarterly, betweenProjects: true });
    expect(followUpCadenceOf({ cadence: monthly }, true, { betweenProjectsCadence: quarterly })).toEqual({ cadence: monthly });
    expect(followUpCadenceOf({ cadence: monthly, betweenProjectsCadence: 'regular' }, false, { betweenProjectsCadence: quarterly })).toEqual({ cadence: monthly });
    expect(followUpCadenceOf({}, false, { betweenProjectsCadence: quarterly })).toEqual({});
  });
});
