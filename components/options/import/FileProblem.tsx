import { t } from '../../../utils/i18n';
import type { FilePosition } from '../../../utils/transfer/imported-person';
import { problemText } from './import-labels';

/** A broken file: where and what, and the promise that nothing was written. */
export function FileProblem({ fileName, message, position }: { fileName: string; message: string; position: FilePosition }) {
  const { where, what } = problemText(position, message);
  return (
    <div role="alert" className="file-problem">
      <p>
        <strong>{t('optFileProblem', fileName)}</strong>
      </p>
      <p data-testid="file-problem">{where ? `${where}: ${what}` : what}</p>
      <p>{t('optNothingWritten')}</p>
    </div>
  );
}
