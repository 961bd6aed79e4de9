import { readHistoryImports } from '../../../utils/db/history-imports-query';
import { t, uiLanguage } from '../../../utils/i18n';
import { callBackground } from '../../../utils/messaging/client';
import { formatMoment } from '../../../utils/ui/format';
import { useAction } from '../shared/use-action';
import { useDatabaseRead } from '../shared/use-database-read';

/** Earlier history imports, each undone as one step. */
export function HistoryImportsList() {
  const imports = useDatabaseRead(readHistoryImports, 'all');
  const undo = useAction(async (batch: string) => callBackground('historyImport.undo', { batch }));
  if (imports.status !== 'ready' || imports.value.length === 0) {
    return undo.state.status === 'done' ? <UndoStatus removed={undo.state.value.interactions} contacts={undo.state.value.contactsRemoved} /> : null;
  }
  const language = uiLanguage();
  const busy = undo.state.status === 'busy';
  return (
    <section className="history-imports" aria-label={t('historyImportEarlier')}>
      <h3>{t('historyImportEarlier')}</h3>
      <ul className="plain-list">
        {imports.value.map((item) => (
          <li key={item.batch} data-testid="history-import">
            <span className="name">{item.fileName}</span>{' '}
            <span className="subtle">
              {formatMoment(item.at, language)} · {t('historyImportListCounts', [item.interactions.toLocaleString(language), item.contactsCreated.toLocaleString(language)])}
            </span>{' '}
            <button type="button" disabled={busy} onClick={() => void undo.run(item.batch)}>
              {t('historyImportUndo', item.fileName)}
            </button>
          </li>
        ))}
      </ul>
      {undo.state.status === 'done' && <UndoStatus removed={undo.state.value.interactions} contacts={undo.state.value.contactsRemoved} />}
      {undo.state.status === 'failed' && <p role="alert">{undo.state.message}</p>}
    </section>
  );
}

function UndoStatus({ removed, contacts }: { removed: number; contacts: number }) {
  return (
    <p role="status" data-testid="history-undone">
      {t('historyImportUndone', [String(removed), String(contacts)])}
    </p>
  );
}
