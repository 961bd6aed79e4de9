import { createCoreHandlers } from './core-handlers';
import { createSidebarHandlers } from './sidebar-handlers';
import { createDraftsHandlers } from './drafts-handlers';
import { createOptionsHandlers } from './options-handlers';
import { createDueHandlers } from './due-handlers';
import { createHistoryImportHandlers } from './history-import-handlers';
import { createHistoryHandlers } from './history-handlers';
import { createColdHandlers } from './cold-handlers';
import { createOrganisationsHandlers } from './organisations-handlers';
import { createSyncHandlers } from './sync-handlers';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './router';

/** Every feature's handlers; each feature owns one file and one line here. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createCoreHandlers(deps),
    ...createSidebarHandlers(deps),
    ...createDraftsHandlers(deps),
    ...createOptionsHandlers(deps),
    ...createDueHandlers(deps),
    ...createHistoryImportHandlers(deps),
    ...createHistoryHandlers(deps),
    ...createColdHandlers(deps),
    ...createOrganisationsHandlers(deps),
    ...createSyncHandlers(deps),
  };
}
