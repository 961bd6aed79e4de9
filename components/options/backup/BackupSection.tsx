import { useId } from 'react';
import { t, type MessageKey } from '../../../utils/i18n';
import type { CalendarLabels } from '../../../utils/transfer/calendar-export';
import { download } from '../shared/download';
import { hrefOf } from '../shared/route';
import { useAction } from '../shared/use-action';
import { EXPORT_KINDS, exportFile, type ExportKind } from './export-files';
import { calendarDateLabel } from './calendar-date-label';
import { StorageStatus } from './StorageStatus';
import { readEverything } from './read-backup';

const LABELS: Record<ExportKind, { button: MessageKey; hint: MessageKey }> = {
  backup: { button: 'optExportBackup', hint: 'optExportBackupHint' },
  csv: { button: 'optExportCsv', hint: 'optExportCsvHint' },
  vcard: { button: 'optExportVcard', hint: 'optExportVcardHint' },
  calendar: { button: 'optExportCalendar', hint: 'optExportCalendarHint' },
};

function calendarLabels(): CalendarLabels {
  return {
    followUp: (name) => t('optCalendarFollowUp', name),
    agreementDue: (text, name) => (name ? t('optCalendarDueWith', [text, name]) : t('optCalendarDue', text)),
    importantDate: calendarDateLabel,
  };
}

export function BackupSection() {
  const id = useId();
  const exporting = useAction(async (kind: ExportKind) => {
    const data = await readEverything();
    download(exportFile(kind, data, Date.now(), calendarLabels()));
    return kind;
  });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('optNavBackup')}</h2>
      <p>{t('optExportIntro')}</p>
      <ul className="export-list">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" className={kind === 'backup' ? 'primary' : undefined} onClick={() => void exporting.run(kind)} disabled={exporting.state.status === 'busy'}>
              {t(LABELS[kind].button)}
            </button>
            <span className="subtle"> {t(LABELS[kind].hint)}</span>
          </li>
        ))}
      </ul>
      <p role="status">
        {exporting.state.status === 'done' && t('optExportDone')}
      </p>
      {exporting.state.status === 'failed' && <p role="alert">{t('optExportFailed', exporting.state.message)}</p>}
      <p>
        {t('optRestoreHint')} <a href={hrefOf({ section: 'import' })}>{t('optNavImport')}</a>
      </p>
      <StorageStatus />
    </section>
  );
}
