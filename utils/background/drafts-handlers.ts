import { readDraftContext } from '../db/draft-context-repo';
import type { DRAFTS_REQUESTS, DraftsOutputs } from '../messaging/requests/drafts';
import type { HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

export function createDraftsHandlers({ db }: HandlerDeps): FeatureHandlers<typeof DRAFTS_REQUESTS, DraftsOutputs> {
  return {
    async 'draft.context'({ contactId }) {
      return (await readDraftContext(await db(), contactId)) ?? null;
    },
  };
}
