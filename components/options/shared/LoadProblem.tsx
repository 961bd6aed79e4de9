import { t } from '../../../utils/i18n';
import { DatabaseProblem } from './DatabaseProblem';

/** A read failed: say so, and offer to save what can still be read. Never deletes anything. */
export function LoadProblem({ message }: { message: string }) {
  return <DatabaseProblem title={t('optReadFailed')} message={message} />;
}
