import { readBackupData } from '../../../utils/db/backup-read';
import { openRapportDB } from '../../../utils/db/open';
import { readUserTemplates } from '../../../utils/drafts-store';
import type { BackupData } from '../../../utils/transfer/backup-json';

/** Everything a backup holds: the database and the user's draft templates, which live in extension storage. */
export async function readEverything(): Promise<BackupData> {
  const [data, templates] = await Promise.all([openRapportDB().then(readBackupData), readUserTemplates()]);
  return { ...data, templates };
}
