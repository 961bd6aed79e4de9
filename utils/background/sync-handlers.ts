import { dismissLostValue, setLocalOnly } from '../db/sync-choices';
import type { SYNC_REQUESTS, SyncOutputs } from '../messaging/requests/sync';
import type { SyncEngine } from '../sync/engine';
import { writer, type HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

export type SyncControl = Pick<SyncEngine, 'connect' | 'disconnect' | 'syncNow' | 'connection' | 'keepLive'>;

/** The Sync section's buttons, and the sync choices on a contact. */
export function createSyncHandlers(deps: HandlerDeps): FeatureHandlers<typeof SYNC_REQUESTS, SyncOutputs> {
  const writing = writer(deps);
  const engine = (): SyncControl => {
    if (!deps.sync) throw new Error('Sync is not available here.');
    return deps.sync;
  };
  return {
    async 'sync.connect'(input) {
      return engine().connect(input);
    },
    async 'sync.disconnect'() {
      await engine().disconnect();
      return null;
    },
    async 'sync.now'() {
      void engine().syncNow();
      return null;
    },
    async 'sync.live'() {
      engine().keepLive();
      return null;
    },
    async 'sync.connection'() {
      return engine().connection();
    },
    async 'sync.setLocalOnly'({ contactId, localOnly }) {
      await writing((database) => setLocalOnly(database, contactId, localOnly));
      return null;
    },
    async 'sync.dismissLost'({ contactId, recordKey, field, stamp }) {
      await writing((database) => dismissLostValue(database, contactId, { recordKey, field, stamp }));
      return null;
    },
  };
}
