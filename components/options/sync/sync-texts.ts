import { t, type MessageKey } from '../../../utils/i18n';
import type { SyncProblem } from '../../../utils/sync/probe';
import { lastSyncedOf, type SyncStatus } from '../../../utils/sync/status';
import { formatMoment } from '../../../utils/ui/format';

const PROBLEM_TEXT: Record<SyncProblem, MessageKey> = {
  'invalid-url': 'syncProblemInvalidUrl',
  'https-required': 'syncProblemHttpsRequired',
  'credentials-in-url': 'syncProblemCredentialsInUrl',
  'no-database': 'syncProblemNoDatabase',
  unreachable: 'syncProblemUnreachable',
  cors: 'syncProblemCors',
  'not-couchdb': 'syncProblemNotCouchdb',
  'wrong-password': 'syncProblemWrongPassword',
  'no-access': 'syncProblemNoAccess',
  'database-missing': 'syncProblemDatabaseMissing',
  'cannot-create': 'syncProblemCannotCreate',
  'server-error': 'syncProblemServerError',
};

export const problemText = (problem: SyncProblem) => t(PROBLEM_TEXT[problem]);

export function statusText(status: SyncStatus | undefined, language: string): string {
  if (!status || status.state === 'off') return t('syncStateOff');
  switch (status.state) {
    case 'syncing': {
      const count = new Intl.NumberFormat(language);
      return status.total ? t('syncStateProgress', [count.format(status.done), count.format(status.total)]) : t('syncStateSyncing');
    }
    case 'idle':
      return t('syncStateIdle');
    case 'offline':
      return t('syncStateOffline', new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(status.retryAt));
    case 'error':
      return t('syncStateError', problemText(status.problem));
  }
}

export function lastSyncedText(status: SyncStatus | undefined, language: string): string | undefined {
  const at = lastSyncedOf(status);
  return at === undefined ? undefined : t('syncLastSynced', formatMoment(at, language));
}
