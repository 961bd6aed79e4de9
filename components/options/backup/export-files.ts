import type { Timestamp } from '../../../utils/domain/model';
import { calendarDateOf } from '../../../utils/schedule/calendar';
import type { BackupData } from '../../../utils/transfer/backup-json';
import { exportBackup } from '../../../utils/transfer/backup-json';
import type { CalendarLabels } from '../../../utils/transfer/calendar-export';
import { exportCalendar } from '../../../utils/transfer/calendar-export';
import { exportContactsCsv } from '../../../utils/transfer/contacts-csv-export';
import { exportVCard4 } from '../../../utils/transfer/vcard-export';
import type { DownloadFile } from '../shared/download';

export type ExportKind = 'backup' | 'csv' | 'vcard' | 'calendar';
export const EXPORT_KINDS: readonly ExportKind[] = ['backup', 'csv', 'vcard', 'calendar'];

const stamp = (now: Timestamp) => calendarDateOf(now);

export function backupFile(data: BackupData, now: Timestamp, prefix = 'rapport-backup'): DownloadFile {
  return { name: `${prefix}-${stamp(now)}.json`, type: 'application/json', text: exportBackup(data, now) };
}

/** The file of one export kind, named with today's date. */
export function exportFile(kind: ExportKind, data: BackupData, now: Timestamp, calendarLabels: CalendarLabels): DownloadFile {
  switch (kind) {
    case 'backup':
      return backupFile(data, now);
    case 'csv':
      return { name: `rapport-contacts-${stamp(now)}.csv`, type: 'text/csv;charset=utf-8', text: exportContactsCsv(data.contacts) };
    case 'vcard':
      return { name: `rapport-contacts-${stamp(now)}.vcf`, type: 'text/vcard;charset=utf-8', text: exportVCard4(data.contacts) };
    case 'calendar':
      return {
        name: `rapport-follow-ups-${stamp(now)}.ics`,
        type: 'text/calendar;charset=utf-8',
        text: exportCalendar({ contacts: data.contacts, agreements: data.agreements }, now, { labels: calendarLabels }),
      };
  }
}
