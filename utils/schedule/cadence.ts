import type { Cadence, CalendarDate, Contact, ContactKind } from '../domain/model';
import { addDays, addMonths } from './calendar';

/**
 * How often to get in touch. Month-based cadences step by calendar months, because that is what
 * "monthly" means to a person: after Jan 31 comes Feb 28 (29 in a leap year), after Mar 15 comes
 * Apr 15, never "30 days later". Day-based cadences (every 2 weeks, custom) step by calendar days.
 */
export const CADENCE_UNITS = ['days', 'months'] as const satisfies ReadonlyArray<Cadence['unit']>;
export type CadenceUnit = Cadence['unit'];
export type { Cadence };

/** Ten years: the same bound as `cadenceDays` in the messaging protocol. */
export const MAX_CADENCE_DAYS = 3660;
export const MAX_CADENCE_MONTHS = 120;

export interface CadencePreset {
  id: string;
  cadence: Cadence;
  /** `browser.i18n` message name. */
  messageKey: string;
}

export const CADENCE_PRESETS = [
  { id: 'every-2-weeks', cadence: { unit: 'days', count: 14 }, messageKey: 'cadence_every_2_weeks' },
  { id: 'monthly', cadence: { unit: 'months', count: 1 }, messageKey: 'cadence_monthly' },
  { id: 'quarterly', cadence: { unit: 'months', count: 3 }, messageKey: 'cadence_quarterly' },
  { id: 'twice-a-year', cadence: { unit: 'months', count: 6 }, messageKey: 'cadence_twice_a_year' },
  { id: 'yearly', cadence: { unit: 'months', count: 12 }, messageKey: 'cadence_yearly' },
] as const satisfies readonly CadencePreset[];

export type CadencePresetId = (typeof CADENCE_PRESETS)[number]['id'];

/** Message names for the two picker entries that are not presets. */
export const CADENCE_NONE_MESSAGE_KEY = 'cadence_none';
export const CADENCE_CUSTOM_MESSAGE_KEY = 'cadence_custom_days';

/** Offered when the user keeps in touch with a contact and the settings name no default. */
export const FALLBACK_DEFAULT_CADENCE: Cadence = { unit: 'months', count: 1 };

export function cadenceOfPreset(id: CadencePresetId): Cadence {
  const preset = CADENCE_PRESETS.find((p) => p.id === id);
  if (!preset) throw new RangeError(`No cadence preset ${JSON.stringify(id)}.`);
  return { ...preset.cadence };
}

/** The preset a cadence is, if any (so a picker can show "Monthly" rather than "Custom"). */
export function presetIdOf(cadence: Cadence | undefined): CadencePresetId | undefined {
  if (!cadence) return undefined;
  return CADENCE_PRESETS.find((p) => sameCadence(p.cadence, cadence))?.id;
}

/** A custom "every N days" cadence; throws RangeError outside 1–MAX_CADENCE_DAYS whole days. */
export function customCadence(days: number): Cadence {
  const cadence: Cadence = { unit: 'days', count: days };
  if (!isCadence(cadence)) throw new RangeError(`A custom cadence is 1–${MAX_CADENCE_DAYS} whole days, not ${days}.`);
  return cadence;
}

export function isCadence(value: unknown): value is Cadence {
  if (typeof value !== 'object' || value === null) return false;
  const { unit, count } = value as Record<string, unknown>;
  if (unit !== 'days' && unit !== 'months') return false;
  const max = unit === 'days' ? MAX_CADENCE_DAYS : MAX_CADENCE_MONTHS;
  return typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= max;
}

export function sameCadence(a: Cadence | undefined, b: Cadence | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.unit === b.unit && a.count === b.count);
}

/**
 * Reads today's `Contact.cadenceDays` / `Settings.*CadenceDays`: a day cadence, or none when
 * missing, zero or negative (the old "no cadence"). Fractions are cut, as `addDays` always did.
 */
export function cadenceFromDays(days: number | undefined): Cadence | undefined {
  if (days === undefined || !Number.isFinite(days) || days < 1) return undefined;
  return { unit: 'days', count: Math.trunc(days) };
}

/**
 * Either storage form to a cadence: a number is a day count (`cadenceDays`), an object must be a
 * valid `Cadence`; anything else is no cadence. Lets callers pass what they have during the move from
 * `cadenceDays` to `cadence`.
 */
export function toCadence(value: Cadence | number | undefined | null): Cadence | undefined {
  if (typeof value === 'number') return cadenceFromDays(value);
  return isCadence(value) ? { unit: value.unit, count: value.count } : undefined;
}

/** The date one cadence after `from`: calendar days, or calendar months clamped to the month's end. */
export function addCadence(from: CalendarDate, cadence: Cadence): CalendarDate {
  return cadence.unit === 'days' ? addDays(from, cadence.count) : addMonths(from, cadence.count);
}

/** Average length in days (a month is 365.2425 / 12), for comparing and sorting cadences; never for due dates. */
export function approximateDays(cadence: Cadence): number {
  return cadence.unit === 'days' ? cadence.count : (cadence.count * 365.2425) / 12;
}

export interface CadenceSettings {
  defaultCadence?: Cadence;
  /** The rhythm of each kind, for contacts without one of their own. */
  kindCadences?: Partial<Record<ContactKind, Cadence>>;
  /** Quieter cadence while a contact has no open agreement; unset = off. */
  betweenProjectsCadence?: Cadence;
}

/** The cadence given to a contact the user chooses to keep in touch with. */
export function defaultCadence(settings: CadenceSettings): Cadence {
  return toCadence(settings.defaultCadence) ?? { ...FALLBACK_DEFAULT_CADENCE };
}

/** A contact's own between-projects choice: a cadence, or `'regular'` to keep the regular cadence. */
export type BetweenProjectsOverride = Cadence | 'regular';

export interface EffectiveCadenceInput {
  /** The contact's keep-in-touch cadence (a number = `cadenceDays`); none = never due. */
  contactCadence: Cadence | number | undefined;
  /** Unset = follow the settings. */
  contactBetweenProjectsCadence?: BetweenProjectsOverride | number;
  hasOpenAgreements: boolean;
  settings: CadenceSettings;
}

/**
 * The cadence that schedules a contact's next follow-up.
 * - No cadence of its own: none (the between-projects cadence never starts reminders on its own).
 * - An open agreement (working together): the contact's cadence.
 * - Between projects: the contact's own override as given; else the settings' between-projects
 *   cadence, but only where it is quieter: it slows a fortnightly client down, it never makes a yearly
 *   one louder.
 */
/** The cadence a contact's next follow-up comes from, and whether it is the quieter between-projects one or its kind's. */
export function followUpCadenceOf(
  contact: Pick<Contact, 'cadence' | 'betweenProjectsCadence' | 'kinds'>,
  hasOpenAgreements: boolean,
  settings: CadenceSettings,
): { cadence?: Cadence; betweenProjects?: true; fromKind?: ContactKind } {
  const regular = regularCadenceOf(contact, settings);
  const cadence = effectiveCadence({
    contactCadence: regular?.cadence,
    contactBetweenProjectsCadence: contact.betweenProjectsCadence,
    hasOpenAgreements,
    settings,
  });
  if (!cadence || !regular) return {};
  if (!sameCadence(cadence, regular.cadence)) return { cadence, betweenProjects: true };
  return regular.fromKind ? { cadence, fromKind: regular.fromKind } : { cadence };
}

/**
 * A contact's regular rhythm: its own, else the most frequent rhythm of its kinds (a client who is
 * also a friend hears from the user as often as a client does).
 */
export function regularCadenceOf(
  contact: Pick<Contact, 'cadence' | 'kinds'>,
  settings: Pick<CadenceSettings, 'kindCadences'>,
): { cadence: Cadence; fromKind?: ContactKind } | undefined {
  const own = toCadence(contact.cadence);
  if (own) return { cadence: own };
  let best: { cadence: Cadence; fromKind: ContactKind } | undefined;
  for (const kind of contact.kinds ?? []) {
    const cadence = toCadence(settings.kindCadences?.[kind]);
    if (cadence && (!best || approximateDays(cadence) < approximateDays(best.cadence))) best = { cadence, fromKind: kind };
  }
  return best;
}

export function effectiveCadence(input: EffectiveCadenceInput): Cadence | undefined {
  const regular = toCadence(input.contactCadence);
  if (!regular || input.hasOpenAgreements) return regular;
  const override = input.contactBetweenProjectsCadence;
  if (override === 'regular') return regular;
  const own = toCadence(override);
  if (own) return own;
  const quieter = toCadence(input.settings.betweenProjectsCadence);
  return quieter && approximateDays(quieter) > approximateDays(regular) ? quieter : regular;
}
