import { normaliseEmail } from '../domain/identity';
import { CONTACT_KINDS } from '../domain/model';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { sameCadence } from '../schedule/cadence';
import { abandon } from './abandon';
import { dropUndefined } from './contacts-repo';
import { withFollowUp } from './follow-up-sync';
import type { RapportDatabase } from './open';
import { putSynced, withSyncMeta } from './sync-marks';

/** A key present with `undefined` turns that optional setting off. */
export type SettingsChange = { [K in keyof Settings]?: Settings[K] | undefined };

export interface SettingsSaved {
  settings: Settings;
  /** Contacts whose next follow-up moved because a cadence setting changed. */
  rescheduled: number;
}

/**
 * Saves settings; when a cadence setting changes, every contact's next follow-up is recomputed in
 * the same transaction, so the badge never counts by the old rule.
 */
export async function saveSettings(db: RapportDatabase, change: SettingsChange): Promise<SettingsSaved> {
  const saved = await saveSettingsIf(db, change, () => true);
  if (!saved) throw new Error('Settings were not saved.');
  return saved;
}

/** Saves settings only while `expected` holds for the stored ones, in the same transaction (sync applying a merge). */
export async function saveSettingsIf(db: RapportDatabase, change: SettingsChange, expected: (before: Settings) => boolean): Promise<SettingsSaved | undefined> {
  const tx = openSettingsWrite(db);
  try {
    const store = tx.objectStore('settings');
    const before: Settings = { ...DEFAULT_SETTINGS, ...(await store.get('app')) };
    if (!expected(before)) {
      await abandon(tx);
      return undefined;
    }
    const settings: Settings = dropUndefined({ ...before, ...change });
    if (change.ownEmails) settings.ownEmails = [...new Set(change.ownEmails.map(normaliseEmail).filter(Boolean))];
    await store.put(settings, 'app');
    const cadenceChanged =
      !sameCadence(before.defaultCadence, settings.defaultCadence) ||
      !sameCadence(before.betweenProjectsCadence, settings.betweenProjectsCadence) ||
      !sameKindCadences(before.kindCadences, settings.kindCadences);
    const rescheduled = cadenceChanged ? await rescheduleEveryone(tx, settings) : 0;
    await tx.done;
    return { settings, rescheduled };
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

function sameKindCadences(a: Settings['kindCadences'] | undefined, b: Settings['kindCadences'] | undefined): boolean {
  return CONTACT_KINDS.every((kind) => sameCadence(a?.[kind], b?.[kind]));
}

type SettingsTransaction = ReturnType<typeof openSettingsWrite>;
function openSettingsWrite(db: RapportDatabase) {
  return db.transaction(withSyncMeta(['settings', 'contacts', 'agreements']), 'readwrite');
}

async function rescheduleEveryone(tx: SettingsTransaction, settings: Settings): Promise<number> {
  const contacts = tx.objectStore('contacts');
  const [all, agreements] = await Promise.all([contacts.getAll(), tx.objectStore('agreements').getAll()]);
  const working = new Set(agreements.filter((agreement) => agreement.status === 'open').map((agreement) => agreement.contactId));
  const moved = all
    .map((contact) => ({ before: contact, after: withFollowUp(contact, { hasOpenAgreements: working.has(contact.id), settings }) }))
    .filter(({ before, after }) => before.nextFollowUp !== after.nextFollowUp);
  await Promise.all(moved.map(({ before, after }) => putSynced(tx, 'contacts', after, { previous: before })));
  return moved.length;
}
