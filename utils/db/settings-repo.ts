import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { RapportDatabase } from './open';

export async function readSettings(db: RapportDatabase): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await db.get('settings', 'app')) };
}

export async function writeSettings(db: RapportDatabase, patch: Partial<Settings>): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const next: Settings = { ...DEFAULT_SETTINGS, ...(await tx.store.get('app')), ...patch };
  await tx.store.put(next, 'app');
  await tx.done;
  return next;
}
