import { logHistory, type HistoryEntry } from '../db/history-log';
import { findLinkedInPartners } from '../db/linkedin-partner';
import type { RapportDatabase } from '../db/open';
import type { Interaction } from '../domain/model';
import type { Settings } from '../domain/settings';
import { calendarDateOf } from '../schedule/calendar';
import type { LinkedInHistoryReport } from '../messaging/requests/history';
import { datedListRow, datedMessages } from '../sites/linkedin/messaging/dated-messages';

const DAY_MS = 24 * 60 * 60 * 1000;
const LIST_KEY = 'linkedin:list:';

const THREAD_ID = /^[\w=+-]{1,200}$/u;
/** The conversation on LinkedIn; ids are base64-like (`2-MTY4…=`), anything else gets no link. */
export const linkedinThreadUrl = (threadId: string) => (THREAD_ID.test(threadId) ? `https://www.linkedin.com/messaging/thread/${threadId}/` : undefined);
export const linkedinMessageKey = (key: string) => `linkedin:msg:${key}`;

const localDay = (at: number) => calendarDateOf(at);
const sameDay = (a: number, b: number) => localDay(a) === localDay(b);

/**
 * Messages of a chat with a known contact become LinkedIn interactions, one per message key (so the chat window
 * and the messaging page never log one twice). A list row stands for its last message until that message is
 * seen: the row's day-only record is then made exact. Unknown partners are never stored.
 */
export async function logLinkedInHistory(db: RapportDatabase, report: LinkedInHistoryReport, settings: Settings, now = new Date()): Promise<number> {
  if (!settings.autoLogLinkedIn) return 0;
  const listed = report.listed.map((row) => datedListRow(row, now)).filter((row) => row !== undefined);
  const partners = [...report.chats.map((chat) => chat.partner), ...listed.map((row) => ({ name: row.partnerName }))];
  const contacts = await findLinkedInPartners(db, partners);
  const entries: HistoryEntry[] = [];
  report.chats.forEach((chat, index) => {
    const contact = contacts[index];
    if (!contact) return;
    for (const message of datedMessages(chat.messages, chat.threadId, now)) {
      entries.push({
        input: {
          contactId: contact.id,
          at: message.at,
          channel: 'linkedin',
          direction: message.fromPartner ? 'inbound' : 'outbound',
          sourceKey: linkedinMessageKey(message.key),
          ...(chat.threadId && linkedinThreadUrl(chat.threadId) ? { sourceUrl: linkedinThreadUrl(chat.threadId) } : {}),
        },
        windowMs: DAY_MS,
        replaces: (stored) => isListRecord(stored) && sameDay(stored.at, message.at),
      });
    }
  });
  listed.forEach((row, index) => {
    const contact = contacts[report.chats.length + index];
    if (!contact) return;
    entries.push({
      input: {
        contactId: contact.id,
        at: row.at,
        channel: 'linkedin',
        direction: 'mutual',
        sourceKey: `${LIST_KEY}${row.threadId}:${localDay(row.at)}`,
        ...(linkedinThreadUrl(row.threadId) ? { sourceUrl: linkedinThreadUrl(row.threadId) } : {}),
      },
      windowMs: DAY_MS,
      // A message of that day is already logged: the row adds nothing.
      coveredBy: (stored) => stored.channel === 'linkedin' && sameDay(stored.at, row.at) && (row.dayOnly || stored.at >= row.at - 60_000),
    });
  });
  return logHistory(db, entries);
}

function isListRecord(stored: Interaction): boolean {
  return stored.sourceKey?.startsWith(LIST_KEY) === true;
}
