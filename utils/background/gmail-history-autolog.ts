import { gmailSourceKey } from '../db/agreement-from-email';
import { findContactByIdentity } from '../db/contacts-repo';
import { logHistory, type HistoryEntry } from '../db/history-log';
import type { RapportDatabase } from '../db/open';
import { normaliseEmail } from '../domain/identity';
import type { Interaction } from '../domain/model';
import type { Settings } from '../domain/settings';
import type { GmailHistoryReport } from '../messaging/requests/history';

/** Gmail shows minutes; a sent message is confirmed a few seconds after its own time. */
const SAME_MESSAGE_MS = 3 * 60 * 1000;
export const VAGUE_GMAIL_KEYS = ['gmail:row:', 'gmail:sent:'] as const;

const isEmailNear = (at: number) => (stored: Interaction) => stored.channel === 'email' && Math.abs(stored.at - at) <= SAME_MESSAGE_MS;

/** A record from a list row or a send confirmation that did not know the message id. */
export const isVagueGmailRecord = (stored: Interaction) => VAGUE_GMAIL_KEYS.some((prefix) => stored.sourceKey?.startsWith(prefix) === true);
export const SAME_GMAIL_MESSAGE_MS = SAME_MESSAGE_MS;

/**
 * Mail the user sent, and the latest message of each thread-list row, become email interactions with known
 * contacts only. With Gmail's message id the key is the one the conversation view uses; without it the record
 * stands for that moment, and a record of the same contact within a few minutes means the same message.
 */
export async function logGmailHistory(db: RapportDatabase, report: GmailHistoryReport, settings: Settings): Promise<number> {
  if (!settings.autoLogGmail) return 0;
  const own = new Set([report.account ?? '', ...settings.ownEmails].map(normaliseEmail).filter(Boolean));
  const contactOf = knownContacts(db);
  const entries: HistoryEntry[] = [];
  for (const row of report.rows) {
    if (row.at === undefined) continue;
    const at = row.at;
    const people = row.people.map(normaliseEmail);
    const latest = people[people.length - 1] ?? '';
    const outbound = report.sentView || own.has(latest);
    const partners = outbound ? people.filter((email) => !own.has(email)) : [latest];
    for (const email of new Set(partners)) {
      const contact = await contactOf(email);
      if (!contact) continue;
      entries.push({
        input: {
          contactId: contact,
          at,
          channel: 'email',
          direction: outbound ? 'outbound' : 'inbound',
          sourceKey: row.messageId ? gmailSourceKey(row.messageId, contact) : `gmail:row:${row.threadId}:${at}:${contact}`,
          ...(row.legacyThreadId ? { sourceUrl: threadUrl(report.pageUrl, row.legacyThreadId) } : {}),
        },
        windowMs: SAME_MESSAGE_MS,
        coveredBy: isEmailNear(at),
      });
    }
  }
  for (const message of report.sent) {
    for (const email of new Set(message.to.map(normaliseEmail))) {
      const contact = own.has(email) ? undefined : await contactOf(email);
      if (!contact) continue;
      entries.push({
        input: {
          contactId: contact,
          at: message.at,
          channel: 'email',
          direction: 'outbound',
          ...(message.subject ? { summary: message.subject } : {}),
          sourceKey: message.messageId ? gmailSourceKey(message.messageId, contact) : `gmail:sent:${message.key}:${contact}`,
          ...(sentUrl(report.pageUrl, message) ? { sourceUrl: sentUrl(report.pageUrl, message) } : {}),
        },
        windowMs: SAME_MESSAGE_MS,
        coveredBy: isEmailNear(message.at),
      });
    }
  }
  return logHistory(db, entries);
}

/** Contact ids by address, looked up once per report. */
function knownContacts(db: RapportDatabase): (email: string) => Promise<string | undefined> {
  const cache = new Map<string, Promise<string | undefined>>();
  return (email) => {
    if (!email) return Promise.resolve(undefined);
    let found = cache.get(email);
    if (!found) {
      found = findContactByIdentity(db, { emails: [email] }).then((contact) => contact?.id);
      cache.set(email, found);
    }
    return found;
  };
}

/** `#all/<legacy thread id>` opens the thread in the same mailbox (`/mail/u/<n>/`) the row was seen in. */
function threadUrl(pageUrl: string, legacyThreadId: string): string {
  const page = new URL(pageUrl);
  return `${page.origin}${page.pathname}#all/${legacyThreadId}`;
}

/** A reply links to its conversation; a new message to itself, when Gmail named it (`#all/<hex id>` opens it). */
function sentUrl(pageUrl: string, message: GmailHistoryReport['sent'][number]): string | undefined {
  if (message.url) return message.url;
  const decimal = /^msg-f:(\d{1,30})$/u.exec(message.messageId ?? '')?.[1];
  return decimal ? threadUrl(pageUrl, BigInt(decimal).toString(16)) : undefined;
}
