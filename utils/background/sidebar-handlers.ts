import { addAgreementFromEmail } from '../db/agreement-from-email';
import { suggestContactsByName } from '../db/contact-suggestions';
import { getContact } from '../db/contacts-repo';
import { linkIdentity } from '../db/link-identity';
import type { SIDEBAR_REQUESTS, SidebarOutputs } from '../messaging/requests/sidebar';
import { logLinkedInHistoryInTab } from './history-handlers';
import { logConversationInTab } from './gmail-autolog';
import { writer, type HandlerDeps } from './handler-deps';
import type { FeatureHandlers } from './router';

export function createSidebarHandlers(deps: HandlerDeps): FeatureHandlers<typeof SIDEBAR_REQUESTS, SidebarOutputs> {
  const writing = writer(deps);
  return {
    async 'contact.suggest'({ name }) {
      return suggestContactsByName(await deps.db(), name);
    },
    async 'contact.link'({ contactId, linkedinSlug, emails }, { tabId }) {
      return writing(async (db) => {
        const linked = await linkIdentity(db, contactId, { linkedinSlug, emails });
        if ((await logConversationInTab(db, tabId)) + (await logLinkedInHistoryInTab(db, tabId)) === 0) return linked;
        return (await getContact(db, contactId)) ?? linked;
      });
    },
    async 'agreement.addFromEmail'(input) {
      return writing((db) => addAgreementFromEmail(db, input));
    },
  };
}
