import { useId, useState } from 'react';
import { countRecords } from '../../../utils/db/contacts-query';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import type { BackupV1 } from '../../../utils/transfer/backup-schema';
import { backupFile } from '../backup/export-files';
import { download } from '../shared/download';
import { LoadProblem } from '../shared/LoadProblem';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';
import { readEverything } from '../backup/read-backup';

interface BackupRestoreProps {
  fileName: string;
  text: string;
  backup: BackupV1;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A Rapport backup restores into an empty profile, or replaces everything after an explicit confirmation. */
export function BackupRestore({ fileName, text, backup, onDone, onCancel }: BackupRestoreProps) {
  const id = useId();
  const current = useDatabaseRead(countRecords, 'all');
  const [confirming, setConfirming] = useState(false);
  const restoring = useAction(async (mode: 'into-empty' | 'replace') => {
    const counts = await callBackground('backup.restore', { text, mode });
    onDone(t('optRestoreDone', [String(counts.contacts), String(counts.interactions), String(counts.agreements)]));
    return counts;
  });
  const saving = useAction(async () => download(backupFile(await readEverything(), Date.now())));

  if (current.status === 'failed') return <LoadProblem message={current.message} />;
  if (current.status === 'loading') return <p className="subtle" aria-busy="true">{t('optLoading')}</p>;
  const language = uiLanguage();
  const count = (value: number) => value.toLocaleString(language);
  const empty = current.value.contacts + current.value.interactions + current.value.agreements === 0;
  const busy = restoring.state.status === 'busy';
  const exported = new Date(backup.exportedAt);

  return (
    <section aria-labelledby={`${id}-title`} className="preview">
      <h3 id={`${id}-title`}>{t('optPreviewTitle', fileName)}</h3>
      <p>
        {t('optBackupSummary', [
          Number.isNaN(exported.getTime()) ? backup.exportedAt : exported.toLocaleString(language),
          count(backup.contacts.length),
          count(backup.interactions.length),
          count(backup.agreements.length),
        ])}
      </p>
      {empty ? (
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void restoring.run('into-empty')}>
            {t('optRestore')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <>
          <p>{t('optRestoreNotEmpty', [count(current.value.contacts), count(current.value.interactions), count(current.value.agreements)])}</p>
          {!confirming ? (
            <div className="actions">
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                {t('optReplaceAll')}
              </button>
              <button type="button" onClick={onCancel}>
                {t('cancel')}
              </button>
            </div>
          ) : (
            <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
              <p id={`${id}-confirm`}>
                <strong>{t('optReplaceConfirm', count(current.value.contacts))}</strong>
              </p>
              <div className="actions">
                <button type="button" onClick={() => void saving.run()} disabled={saving.state.status === 'busy'}>
                  {t('optDownloadCurrent')}
                </button>
                <button type="button" className="danger" disabled={busy} onClick={() => void restoring.run('replace')}>
                  {t('optReplaceYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
                  {t('cancel')}
                </button>
              </div>
              {saving.state.status === 'done' && <p role="status">{t('optExportDone')}</p>}
            </div>
          )}
        </>
      )}
      <p role="status">{busy && t('optRestoring')}</p>
      {restoring.state.status === 'failed' && (
        <div role="alert">
          <p>{t('optRestoreFailed', restoring.state.message)}</p>
          <p>{t('optNothingWritten')}</p>
        </div>
      )}
    </section>
  );
}
