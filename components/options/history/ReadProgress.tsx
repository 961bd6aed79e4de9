import { t, uiLanguage } from '../../../utils/i18n';
import type { HistoryReadProgress } from '../../../utils/transfer/history/read-history-file';

const MB = 1024 * 1024;

/** Bytes read of how many, the time left at the speed so far, and a way out. */
export function ReadProgress({ fileName, progress, onCancel }: { fileName: string; progress?: HistoryReadProgress; onCancel: () => void }) {
  const language = uiLanguage();
  const megabytes = (bytes: number) => (bytes / MB).toLocaleString(language, { maximumFractionDigits: bytes < 10 * MB ? 1 : 0 });
  const left = progress && progress.bytesRead > 0 ? ((progress.totalBytes - progress.bytesRead) * progress.elapsed) / progress.bytesRead : undefined;
  return (
    <div className="read-progress" aria-busy="true">
      <p>{t('optImportReading', fileName)}</p>
      {progress && (
        <>
          <progress max={progress.totalBytes} value={progress.bytesRead} aria-label={t('historyImportProgressLabel')} />
          <p role="status" data-testid="history-progress">
            {t('historyImportProgress', [megabytes(progress.bytesRead), megabytes(progress.totalBytes)])}
            {left !== undefined && ` · ${t('historyImportTimeLeft', String(Math.max(1, Math.round(left / 1000))))}`}
          </p>
        </>
      )}
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
