import { useState } from 'react';
import { t } from '../../../utils/i18n';
import { messageOf } from './use-database-read';

/** The salvage code (backup reading and writing, CSV, templates) loads only when it is used: every page load shows this shell. */
const salvageCode = () =>
  Promise.all([import('../../../utils/db/backup-read'), import('../../../utils/drafts-store'), import('../backup/export-files'), import('./download')]);

type Salvage = { status: 'idle' | 'busy' } | { status: 'done'; contacts: number; problems: string[] } | { status: 'failed'; message: string };

/**
 * The database could not be opened or read (corruption, full disk, a newer version): the user sees
 * why, learns that nothing was deleted, and can export whatever is still readable.
 */
export function DatabaseProblem({ title, message }: { title: string; message: string }) {
  const [salvage, setSalvage] = useState<Salvage>({ status: 'idle' });
  const exportReadable = async () => {
    setSalvage({ status: 'busy' });
    try {
      const [{ salvageBackupData }, { readUserTemplates }, { backupFile }, { download }] = await salvageCode();
      const [{ data, problems }, templates] = await Promise.all([salvageBackupData(), readUserTemplates().catch(() => [])]);
      download(backupFile({ ...data, templates }, Date.now(), 'rapport-rescue'));
      setSalvage({ status: 'done', contacts: data.contacts.length, problems });
    } catch (error) {
      setSalvage({ status: 'failed', message: messageOf(error) });
    }
  };
  return (
    <section className="problem" aria-labelledby="database-problem">
      <div role="alert">
        <h2 id="database-problem">{title}</h2>
        <p>{t('optProblemDetail', message)}</p>
        <p>{t('optProblemNothingDeleted')}</p>
      </div>
      <p>
        <button type="button" className="primary" onClick={() => void exportReadable()} disabled={salvage.status === 'busy'}>
          {t('optProblemExport')}
        </button>
      </p>
      <div role="status">
        {salvage.status === 'done' && <p>{t('optProblemExported', String(salvage.contacts))}</p>}
        {salvage.status === 'done' && salvage.problems.length > 0 && (
          <ul className="plain-list">
            {salvage.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {salvage.status === 'failed' && <p role="alert">{t('optProblemExportFailed', salvage.message)}</p>}
      </div>
    </section>
  );
}
