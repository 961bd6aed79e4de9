import { cleanText } from '../../../domain/text';
import { LIST, THREAD_PATH } from './messaging-markup';

/** A row of the conversation list: whom it is with and when its last message was, as the row shows it. */
export interface ListedConversation {
  threadId: string;
  partnerName: string;
  /** "12:18 PM" (today), "Tuesday", "Apr 8", "4. März": resolved outside the page (`dated-messages.ts`). */
  shown: string;
}

/**
 * The conversation list beside the thread (messaging page). Rows of group chats ("Anna, Ben") and rows
 * without a readable partner, thread or date are skipped.
 */
export function readConversationList(doc: Document): ListedConversation[] {
  const rows = new Set([...doc.querySelectorAll(LIST.item)]);
  for (const link of doc.querySelectorAll(LIST.link)) {
    const row = link.closest('li');
    if (row && row.querySelector('time')) rows.add(row);
  }
  const listed: ListedConversation[] = [];
  for (const row of rows) {
    const threadId = THREAD_PATH.exec(row.querySelector(LIST.link)?.getAttribute('href') ?? '')?.[1];
    const partnerName = cleanText((row.querySelector(LIST.names) ?? row.querySelector('h3, h2'))?.textContent);
    const shown = cleanText((row.querySelector(LIST.time) ?? row.querySelector('time'))?.textContent);
    if (threadId && partnerName && !partnerName.includes(',') && shown) listed.push({ threadId, partnerName, shown });
  }
  return listed;
}
