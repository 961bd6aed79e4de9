import { cleanText } from '../../../domain/text';
import { LIST, THREAD_PATH } from './messaging-markup';
import { momentOf, parseShownDay, parseShownTime } from './shown-dates';

/** A row of the conversation list: whom it is with and when its last message was. */
export interface ListedConversation {
  threadId: string;
  partnerName: string;
  at: number;
  /** The list shows only the day for older messages ("Apr 8", "Dienstag"); then `at` is that day's noon. */
  dayOnly: boolean;
}

const NOON = 12 * 60;

/**
 * The conversation list beside the thread (messaging page). Rows of group chats ("Anna, Ben") and rows
 * without a readable partner, thread or date are skipped.
 */
export function readConversationList(doc: Document, now = new Date()): ListedConversation[] {
  const rows = new Set([...doc.querySelectorAll(LIST.item)]);
  for (const link of doc.querySelectorAll(LIST.link)) {
    const row = link.closest('li');
    if (row && row.querySelector('time')) rows.add(row);
  }
  const listed: ListedConversation[] = [];
  for (const row of rows) {
    const threadId = THREAD_PATH.exec(row.querySelector(LIST.link)?.getAttribute('href') ?? '')?.[1];
    const names = row.querySelector(LIST.names) ?? row.querySelector('h3, h2');
    const partnerName = cleanText(names?.textContent);
    const shown = cleanText((row.querySelector(LIST.time) ?? row.querySelector('time'))?.textContent);
    if (!threadId || !partnerName || partnerName.includes(',') || !shown) continue;
    const clock = parseShownTime(shown);
    const day = clock === undefined ? parseShownDay(shown, now) : parseShownDay('today', now);
    if (!day) continue;
    listed.push({ threadId, partnerName, at: momentOf(day, clock ?? NOON), dayOnly: clock === undefined });
  }
  return listed;
}
