import { readDraftContext } from '../db/draft-context-repo';
import { removeUserTemplate, saveUserTemplate } from '../drafts-store';
import type { DRAFTS_REQUESTS, DraftsOutputs } from '../messaging/requests/drafts';
import type { HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

export function createDraftsHandlers({ db }: HandlerDeps): FeatureHandlers<typeof DRAFTS_REQUESTS, DraftsOutputs> {
  return {
    async 'draft.context'({ contactId }) {
      return (await readDraftContext(await db(), contactId)) ?? null;
    },
    // Sync learns of the change from storage.onChanged (utils/background/start.ts).
    async 'templates.save'({ template }) {
      return saveUserTemplate(template);
    },
    async 'templates.remove'({ id }) {
      return removeUserTemplate(id);
    },
  };
}
