import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { RapportDatabase } from './open';

export async function readSettings(db: RapportDatabase): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await db.get('settings', 'app')) };
}
