import { useId, useState, type ChangeEvent } from 'react';
import { t } from '../../../utils/i18n';
import type { BackupV1 } from '../../../utils/transfer/backup-schema';
import type { FileEncoding } from '../../../utils/transfer/decode-file';
import { parseImportFile } from '../../../utils/transfer/import-file';
import type { FilePosition, ImportedPerson, PeopleFormat, SkippedEntry } from '../../../utils/transfer/imported-person';
import { hrefOf } from '../shared/route';
import { LiveText } from '../../shared/LiveText';
import { BackupRestore } from './BackupRestore';
import { FileProblem } from './FileProblem';
import { ImportPreview } from './ImportPreview';
import { readImportFile } from './read-import-file';

export type ImportStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'problem'; fileName: string; message: string; position: FilePosition }
  | { step: 'people'; fileName: string; format: PeopleFormat; encoding: FileEncoding; people: ImportedPerson[]; skipped: SkippedEntry[] }
  | { step: 'backup'; fileName: string; text: string; backup: BackupV1 }
  | { step: 'done'; message: string };

const ACCEPT = '.csv,.tsv,.txt,.vcf,.vcard,.json,text/csv,text/vcard,application/json';

/** Choose a file, see what it would do, then write it in one go (or not at all). */
export function ImportSection() {
  const id = useId();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ step: 'reading', fileName: file.name });
    setState(await stepOf(file));
  };

  return (
    <section aria-labelledby={`${id}-title`} className="import">
      <h2 id={`${id}-title`}>{t('optNavImport')}</h2>
      <p>{t('optImportIntro')}</p>
      <ul className="subtle bullets">
        <li>{t('optImportLinkedinHow')}</li>
        <li>{t('optImportGoogleHow')}</li>
        <li>{t('optImportVcardHow')}</li>
        <li>{t('importOutlookThunderbirdHow')}</li>
        <li>{t('optImportBackupHow')}</li>
      </ul>
      <div className="field file-field">
        <label htmlFor={`${id}-file`}>{t('optImportChoose')}</label>
        <input id={`${id}-file`} type="file" accept={ACCEPT} onChange={(event) => void choose(event)} disabled={state.step === 'reading'} />
      </div>
      <ImportStepView state={state} onDone={(message) => setState({ step: 'done', message })} onCancel={() => setState({ step: 'choose' })} />
    </section>
  );
}

function ImportStepView({ state, onDone, onCancel }: { state: ImportStep; onDone: (message: string) => void; onCancel: () => void }) {
  switch (state.step) {
    case 'choose':
      return null;
    case 'reading':
      return (
        <p role="status" aria-busy="true">
          {t('optImportReading', state.fileName)}
        </p>
      );
    case 'problem':
      return <FileProblem fileName={state.fileName} message={state.message} position={state.position} />;
    case 'people':
      return <ImportPreview key={state.fileName} {...state} onDone={onDone} onCancel={onCancel} />;
    case 'backup':
      return <BackupRestore key={state.fileName} {...state} onDone={onDone} onCancel={onCancel} />;
    case 'done':
      return (
        <div className="done">
          <LiveText text={state.message} />
          <p>
            <a href={hrefOf({ section: 'contacts' })}>{t('optShowContacts')}</a>
          </p>
        </div>
      );
  }
}

async function stepOf(file: File): Promise<ImportStep> {
  const fileName = file.name;
  const read = await readImportFile(file);
  if (!read.ok) {
    const message = read.problem === 'too-large' ? t('optFileTooLarge') : t('optFileUnreadable', read.detail ?? '');
    return { step: 'problem', fileName, message, position: {} };
  }
  const result = parseImportFile(fileName, read.text);
  if (!result.ok) return { step: 'problem', fileName, message: result.error.message, position: result.error };
  if (result.format === 'rapport-json') return { step: 'backup', fileName, text: read.text, backup: result.backup };
  return { step: 'people', fileName, format: result.format, encoding: read.encoding, people: result.people, skipped: result.skipped };
}
