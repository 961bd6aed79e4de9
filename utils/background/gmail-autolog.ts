import { findContactByIdentity } from '../db/contacts-repo';
import { readSettings } from '../db/settings-repo';
import { logInteractions, type NewInteractionInput } from '../db/interactions-repo';
import type { RapportDatabase } from '../db/open';
import { gmailSourceKey } from '../db/agreement-from-email';
import { normaliseEmail } from '../domain/identity';
import type { Direction } from '../domain/model';
import type { Settings } from '../domain/settings';
import type { GmailConversationContext } from '../messaging/page-context';
import { tabContext } from './tab-contexts';

/**
 * After the user adds or links someone from a tab's sidebar: the conversation open in that tab is logged
 * at once, rather than when the thread is next opened.
 */
export async function logConversationInTab(db: RapportDatabase, tabId: number | undefined): Promise<number> {
  const context = tabId === undefined ? undefined : await tabContext(tabId);
  return context?.kind === 'conversation' ? logGmailConversation(db, context, await readSettings(db)) : 0;
}

/**
 * Every dated message between the user and a known contact becomes an email interaction, keyed by its message id.
 * Only metadata is stored, never a message body. Returns how many were newly logged.
 */
export async function logGmailConversation(
  db: RapportDatabase,
  conversation: GmailConversationContext,
  settings: Settings,
): Promise<number> {
  if (!settings.autoLogGmail) return 0;
  const own = new Set([conversation.account ?? '', ...settings.ownEmails].map(normaliseEmail).filter(Boolean));
  const inputs: NewInteractionInput[] = [];
  for (const partner of conversation.partners) {
    const email = normaliseEmail(partner.email);
    if (!email || own.has(email)) continue;
    const contact = await findContactByIdentity(db, { emails: [email] });
    if (!contact) continue;
    for (const message of conversation.messages) {
      const direction = directionOf(message, email, own);
      if (!direction || message.at === undefined) continue;
      inputs.push({
        contactId: contact.id,
        at: message.at,
        channel: 'email',
        direction,
        summary: conversation.subject || undefined,
        sourceKey: gmailSourceKey(message.id, contact.id),
        sourceUrl: conversation.url,
      });
    }
  }
  if (inputs.length === 0) return 0;
  return (await logInteractions(db, inputs)).length;
}

function directionOf(message: { from?: string; to: string[] }, partner: string, own: Set<string>): Direction | undefined {
  const from = normaliseEmail(message.from ?? '');
  const to = message.to.map(normaliseEmail);
  if (from === partner) return 'inbound';
  if (own.has(from) && to.includes(partner)) return 'outbound';
  return undefined;
}
