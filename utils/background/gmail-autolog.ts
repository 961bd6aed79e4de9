import { findContactByIdentity } from '../db/contacts-repo';
import { readSettings } from '../db/settings-repo';
import { logHistory, type HistoryEntry } from '../db/history-log';
import type { RapportDatabase } from '../db/open';
import { gmailSourceKey } from '../db/agreement-from-email';
import { normaliseEmail } from '../domain/identity';
import type { Direction } from '../domain/model';
import type { Settings } from '../domain/settings';
import type { GmailConversationContext } from '../messaging/page-context';
import { isVagueGmailRecord, SAME_GMAIL_MESSAGE_MS } from './gmail-history-autolog';
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
  const entries: HistoryEntry[] = [];
  for (const partner of conversation.partners) {
    const email = normaliseEmail(partner.email);
    if (!email || own.has(email)) continue;
    const contact = await findContactByIdentity(db, { emails: [email] });
    if (!contact) continue;
    for (const message of conversation.messages) {
      const direction = directionOf(message, email, own);
      if (!direction || message.at === undefined) continue;
      const at = message.at;
      entries.push({
        input: {
          contactId: contact.id,
          at,
          channel: 'email',
          direction,
          summary: conversation.subject || undefined,
          sourceKey: gmailSourceKey(message.id, contact.id),
          sourceUrl: conversation.url,
        },
        // A list row or a send confirmation logged this message without its id: now it has one.
        windowMs: SAME_GMAIL_MESSAGE_MS,
        replaces: (stored) => isVagueGmailRecord(stored) && stored.channel === 'email',
      });
    }
  }
  return logHistory(db, entries);
}

function directionOf(message: { from?: string; to: string[] }, partner: string, own: Set<string>): Direction | undefined {
  const from = normaliseEmail(message.from ?? '');
  const to = message.to.map(normaliseEmail);
  if (from === partner) return 'inbound';
  if (own.has(from) && to.includes(partner)) return 'outbound';
  return undefined;
}
