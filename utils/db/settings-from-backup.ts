import { normaliseEmail } from '../domain/identity';
import { CONTACT_KINDS } from '../domain/model';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { isCadence, type Cadence } from '../schedule/cadence';

const MAX_TEXT = 5000;
const MAX_OWN_EMAILS = 50;

/**
 * The settings a backup holds, as the database stores them: known fields with a valid value are
 * kept, anything else falls back to the default, unknown keys are dropped. Idempotent, so a restored
 * profile exports the same settings it was restored from.
 */
export function settingsFromBackup(record: Readonly<Record<string, unknown>>): Settings {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : fallback);
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const ownEmails = Array.isArray(record.ownEmails)
    ? [...new Set(record.ownEmails.filter((value): value is string => typeof value === 'string').map(normaliseEmail).filter(Boolean))].slice(
        0,
        MAX_OWN_EMAILS,
      )
    : [...DEFAULT_SETTINGS.ownEmails];
  const settings: Settings = {
    userName: text(record.userName, DEFAULT_SETTINGS.userName),
    signature: text(record.signature, DEFAULT_SETTINGS.signature),
    ownEmails,
    defaultLanguage: record.defaultLanguage === 'en' || record.defaultLanguage === 'de' ? record.defaultLanguage : DEFAULT_SETTINGS.defaultLanguage,
    defaultFormality: record.defaultFormality === 'du' || record.defaultFormality === 'sie' ? record.defaultFormality : DEFAULT_SETTINGS.defaultFormality,
    kindCadences: kindCadencesOf(record.kindCadences),
    autoLogGmail: flag(record.autoLogGmail, DEFAULT_SETTINGS.autoLogGmail),
    autoLogLinkedIn: flag(record.autoLogLinkedIn, DEFAULT_SETTINGS.autoLogLinkedIn),
    dailyNotification: flag(record.dailyNotification, DEFAULT_SETTINGS.dailyNotification),
  };
  const defaultCadence = cadenceOf(record.defaultCadence) ?? DEFAULT_SETTINGS.defaultCadence;
  const betweenProjectsCadence = cadenceOf(record.betweenProjectsCadence);
  if (defaultCadence) settings.defaultCadence = defaultCadence;
  if (betweenProjectsCadence) settings.betweenProjectsCadence = betweenProjectsCadence;
  if (typeof record.ownLinkedinSlug === 'string' && record.ownLinkedinSlug.trim()) settings.ownLinkedinSlug = record.ownLinkedinSlug.trim().slice(0, 200);
  return settings;
}

/** A backup from before kinds existed gets the default rhythms; a kind left out of a later one has none. */
function kindCadencesOf(value: unknown): Settings['kindCadences'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ...DEFAULT_SETTINGS.kindCadences };
  const given = value as Record<string, unknown>;
  const kinds: Settings['kindCadences'] = {};
  for (const kind of CONTACT_KINDS) {
    const cadence = cadenceOf(given[kind]);
    if (cadence) kinds[kind] = cadence;
  }
  return kinds;
}

function cadenceOf(value: unknown): Cadence | undefined {
  return isCadence(value) ? { unit: value.unit, count: value.count } : undefined;
}
