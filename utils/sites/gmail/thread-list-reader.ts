import { parseGmailDate } from './gmail-date';
import { isShown } from './gmail-dom';
import { MAIN_REGION_SELECTOR } from './gmail-markup';
import { readAddress } from './gmail-people';

/** A row of a thread list (inbox, Sent, a label, search results): its thread, its latest message, who is shown. */
export interface ListedThread {
  /** `thread-f:<decimal>`, else the legacy hex id. */
  threadId: string;
  /** `msg-f:<decimal>` of the latest message, when the row names it: the conversation view uses the same id. */
  messageId?: string;
  /** The legacy hex thread id, for a link back (`#all/<hex>`). */
  legacyThreadId?: string;
  /** Addresses shown in the row's people column, in Gmail's order (the latest sender last); the user's own too. */
  people: string[];
  /** The latest message's date (the row's `title`), when understood. */
  at?: number;
}

/** Thread list rows, 2014-2026; class-free fallback: a grid row that carries a thread id. */
const ROW_SELECTORS = ['tr.zA', 'tr[role="row"]'] as const;
const THREAD_ID_SELECTOR = '[data-thread-id], [data-legacy-thread-id]';
/** `data-thread-id="#thread-f:<decimal>"`, `data-legacy-thread-id` and `data-legacy-last-message-id` (hex), 2018-2026. */
const THREAD_ID = /^#?(thread-[a-z]:\d{1,30})$/u;
const LEGACY_ID = /^[0-9a-f]{8,24}$/iu;
const DATE_SELECTORS = ['td.xW span[title]', 'span[title]'] as const;

/**
 * The thread-list rows on screen, in the main region only (Gmail keeps hidden lists of other views). People
 * come from `span[email]` outside the subject cell, whose text the sender controls.
 */
export function readThreadList(doc: Document): ListedThread[] {
  const main = doc.querySelector(MAIN_REGION_SELECTOR);
  if (!main) return [];
  const rows = ROW_SELECTORS.map((selector) => [...main.querySelectorAll(selector)].filter((row) => row.querySelector(THREAD_ID_SELECTOR))).find(
    (found) => found.length > 0,
  );
  const listed: ListedThread[] = [];
  for (const row of rows ?? []) {
    const ids = row.querySelector(THREAD_ID_SELECTOR);
    if (!ids || !isShown(row)) continue;
    const legacy = ids.getAttribute('data-legacy-thread-id')?.trim() ?? '';
    const legacyThreadId = LEGACY_ID.test(legacy) ? legacy.toLowerCase() : undefined;
    const threadId = THREAD_ID.exec(ids.getAttribute('data-thread-id')?.trim() ?? '')?.[1] ?? legacyThreadId;
    if (!threadId) continue;
    const subjectCell = ids.closest('td') ?? ids;
    const people = [...row.querySelectorAll('span[email]')]
      .filter((person) => !subjectCell.contains(person))
      .map((person) => readAddress(person.getAttribute('email')))
      .filter((email) => email !== '');
    const messageId = decimalMessageId(ids.getAttribute('data-legacy-last-message-id'));
    const at = dateOf(row);
    listed.push({
      threadId,
      ...(messageId ? { messageId } : {}),
      ...(legacyThreadId ? { legacyThreadId } : {}),
      people: [...new Set(people)],
      ...(at !== undefined ? { at } : {}),
    });
  }
  return listed;
}

/** The legacy hex id is the decimal perm id in hex: `msg-f:<decimal>` is the key the conversation view logs. */
export function decimalMessageId(hex: string | null | undefined): string | undefined {
  const value = hex?.trim() ?? '';
  return LEGACY_ID.test(value) ? `msg-f:${BigInt(`0x${value}`).toString()}` : undefined;
}

function dateOf(row: Element): number | undefined {
  for (const selector of DATE_SELECTORS) {
    for (const candidate of row.querySelectorAll(selector)) {
      const date = parseGmailDate(candidate.getAttribute('title') ?? '');
      if ('at' in date) return date.at;
    }
  }
  return undefined;
}
