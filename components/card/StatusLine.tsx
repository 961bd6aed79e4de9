import { t } from '../../utils/i18n';
import { LiveText } from '../shared/LiveText';
import type { ActionStatus } from './use-action';

export function StatusLine({ status, doneText }: { status: ActionStatus; doneText?: string }) {
  if (typeof status === 'object') return <p role="alert">{t('sidebarError', status.error)}</p>;
  return <LiveText className="subtle" text={status === 'done' ? doneText : undefined} />;
}
