import type { RapportDatabase } from '../db/open';
import { saveSettingsIf, type SettingsChange } from '../db/settings-apply';
import { readSettings } from '../db/settings-repo';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { canonical, sameValue, type FieldValues } from './record-merge';
import type { SideSource } from './side-sync';

/**
 * Settings that follow the user to every device they connect as: who they are and how they write, and the rhythm of
 * their relationships. One document per user (`settings:<user name>`), so colleagues on one database keep their own.
 */
export const SHARED_SETTINGS = [
  'userName',
  'signature',
  'ownEmails',
  'ownLinkedinSlug',
  'defaultLanguage',
  'defaultFormality',
  'defaultCadence',
  'betweenProjectsCadence',
  'kindCadences',
] as const satisfies ReadonlyArray<keyof Settings>;

/**
 * Settings that stay on each device: what this browser reads from the sites (auto-logging) and whether it shows a
 * daily notification (the permission is the browser's). Where Rapport appears (`displayPlaces`) and the notification
 * hour are not settings records at all and stay local too.
 */
export const DEVICE_SETTINGS = ['autoLogGmail', 'autoLogLinkedIn', 'dailyNotification'] as const satisfies ReadonlyArray<keyof Settings>;

type SharedSetting = (typeof SHARED_SETTINGS)[number];
// Every setting is one or the other: a new setting fails to compile until it is placed.
type Unplaced = Exclude<keyof Settings, SharedSetting | (typeof DEVICE_SETTINGS)[number]>;
const everySettingPlaced: [Unplaced] extends [never] ? true : Unplaced = true;
void everySettingPlaced;

export const SETTINGS_DOC_PREFIX = 'settings:';
export const settingsDocId = (user: string) => `${SETTINGS_DOC_PREFIX}${user}`;

export function sharedSettings(settings: Settings): FieldValues {
  const shared: FieldValues = {};
  for (const field of SHARED_SETTINGS) if (settings[field] !== undefined) shared[field] = settings[field];
  return shared;
}

/** The change that makes the device's shared settings equal `value` (a field it lacks is turned off or reset). */
export function settingsChange(value: FieldValues): SettingsChange {
  const change: Record<string, unknown> = {};
  for (const field of SHARED_SETTINGS) change[field] = value[field];
  return change as SettingsChange;
}

export function settingsSource(db: RapportDatabase, user: string): SideSource {
  const id = settingsDocId(user);
  return {
    owns: { id },
    absent: {},
    isDefault: (_id, field, value) => sameValue(DEFAULT_SETTINGS[field as keyof Settings], value),
    async read() {
      const value = sharedSettings(await readSettings(db));
      return { values: { [id]: value }, token: canonical(value) };
    },
    async write(values, token) {
      const value = values[id];
      if (!value) return [];
      const saved = await saveSettingsIf(db, settingsChange(value), (before) => canonical(sharedSettings(before)) === token);
      return saved ? [id] : undefined;
    },
  };
}
