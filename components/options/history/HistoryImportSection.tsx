import { useId, useRef, useState, type ChangeEvent } from 'react';
import { t } from '../../../utils/i18n';
import type { HistoryRead } from '../../../utils/transfer/history/history-entry';
import { readHistoryFile, type HistoryReadProgress } from '../../../utils/transfer/history/read-history-file';
import { HistoryImportsList } from './HistoryImportsList';
import { HistoryPreview } from './HistoryPreview';
import { ReadProgress } from './ReadProgress';

type HistoryStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string; progress?: HistoryReadProgress }
  | { step: 'problem'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; read: HistoryRead }
  | { step: 'done'; message: string; batch?: string };

/** History from files the user already has: the LinkedIn data export, mailboxes, calendars. Preview first, then one write. */
export function HistoryImportSection() {
  const id = useId();
  const [state, setState] = useState<HistoryStep>({ step: 'choose' });
  const reading = useRef<AbortController | undefined>(undefined);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setState({ step: 'reading', fileName: file.name });
    const result = await readHistoryFile(file, {
      labels: { connected: t('historyImportConnectedSummary'), invitation: t('historyImportInvitationSummary') },
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted) setState({ step: 'reading', fileName: file.name, progress });
      },
    });
    if (controller.signal.aborted) return;
    reading.current = undefined;
    if (result.ok) setState({ step: 'preview', fileName: file.name, read: result.read });
    else if ('message' in result) setState({ step: 'problem', fileName: file.name, message: result.message });
    else setState({ step: 'choose' });
  };
  const cancelReading = () => {
    reading.current?.abort();
    reading.current = undefined;
    setState({ step: 'choose' });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="import history-import">
      <h2 id={`${id}-title`}>{t('historyImportTitle')}</h2>
      <p>{t('historyImportIntro')}</p>
      <ul className="subtle bullets">
        <li>{t('historyImportLinkedinHow')}</li>
        <li>{t('historyImportMboxHow')}</li>
        <li>{t('historyImportIcsHow')}</li>
      </ul>
      <div className="field file-field">
        <label htmlFor={`${id}-file`}>{t('historyImportChoose')}</label>
        <input id={`${id}-file`} type="file" onChange={(event) => void choose(event)} disabled={state.step === 'reading'} />
      </div>
      {state.step === 'reading' && <ReadProgress fileName={state.fileName} progress={state.progress} onCancel={cancelReading} />}
      {state.step === 'problem' && (
        <div role="alert" className="file-problem">
          <p>
            <strong>{t('optFileProblem', state.fileName)}</strong>
          </p>
          <p data-testid="history-problem">{state.message}</p>
          <p>{t('optNothingWritten')}</p>
        </div>
      )}
      {state.step === 'preview' && (
        <HistoryPreview
          key={state.fileName}
          fileName={state.fileName}
          read={state.read}
          onDone={(message, batch) => setState({ step: 'done', message, ...(batch ? { batch } : {}) })}
          onCancel={() => setState({ step: 'choose' })}
        />
      )}
      {state.step === 'done' && (
        <p role="status" className="done" data-testid="history-done">
          {state.message}
        </p>
      )}
      <HistoryImportsList />
    </section>
  );
}
