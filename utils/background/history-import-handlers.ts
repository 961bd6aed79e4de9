import { applyHistoryImport } from '../db/history-import-apply';
import { undoHistoryImport } from '../db/history-import-undo';
import type { HISTORY_IMPORT_REQUESTS, HistoryImportOutputs } from '../messaging/requests/history-import';
import { writer, type HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

export function createHistoryImportHandlers(deps: HandlerDeps): FeatureHandlers<typeof HISTORY_IMPORT_REQUESTS, HistoryImportOutputs> {
  const writing = writer(deps);
  return {
    async 'historyImport.apply'(input) {
      return writing((database) => applyHistoryImport(database, input));
    },
    async 'historyImport.undo'({ batch }) {
      return writing((database) => undoHistoryImport(database, batch));
    },
  };
}
