import { callBackground } from '../messaging/client';
import type { LinkedInHistoryReport } from '../messaging/requests/history';
import { readConversationList } from '../sites/linkedin/messaging/conversation-list-reader';
import { conversationReader, readOpenConversations, type ReadConversations } from '../sites/linkedin/messaging/conversation-reader';
import { INTEROP_OUTLET_ID } from '../sites/linkedin/messaging/messaging-markup';
import { isMessagingUrl, MESSAGING_REGION } from './linkedin-chat';
import { observeRegions } from './observe-regions';
import { ReportOutbox } from './report-outbox';

/** The light-DOM chat windows (2019-2025) live here on every page. */
const OVERLAY_ID = 'msg-overlay';
const OVERLAY_CLASS = '.msg-overlay-container';

/**
 * Where conversations can be: the messaging page's region (only there), the chat windows, the outlet's shadow root.
 * Runs at every page load and after every change to the body's children, so it asks the browser only what it answers
 * without matching a selector list against every element: an id (its id map), then one class (its fast path).
 * Walking the body's children in script instead cost 10 ms per call on a real-size page.
 */
export function historyRegions(doc: Document): Node[] {
  const regions: Node[] = [];
  const messaging = isMessagingUrl(doc.location.href) ? doc.querySelector(MESSAGING_REGION) : null;
  if (messaging) regions.push(messaging);
  const outlet = doc.getElementById(INTEROP_OUTLET_ID);
  // The class alone is looked for only on a page without the 2025-2026 outlet, where the chat windows are not.
  const overlay = doc.getElementById(OVERLAY_ID) ?? (outlet ? null : doc.querySelector(OVERLAY_CLASS));
  if (overlay && !messaging?.contains(overlay)) regions.push(overlay);
  if (outlet?.shadowRoot) regions.push(outlet.shadowRoot);
  return regions;
}

/**
 * What the regions show of the user's LinkedIn history: message metadata, never a text. With a reader that read
 * them before (`conversationReader`), only the messages it did not return yet.
 */
export function readLinkedInHistory(doc: Document, regions: Node[] = historyRegions(doc), read: ReadConversations = readOpenConversations): LinkedInHistoryReport {
  const roots = regions.filter((region): region is Element | ShadowRoot => 'querySelectorAll' in region);
  const chats = regions.length > 0 ? read(doc, roots) : [];
  const listed = isMessagingUrl(doc.location.href) ? readConversationList(doc) : [];
  return { chats: chats.filter((chat) => chat.messages.length > 0), listed };
}

type Chat = LinkedInHistoryReport['chats'][number];
export type Shown = { chat: Omit<Chat, 'messages'>; message: Chat['messages'][number] } | { row: LinkedInHistoryReport['listed'][number] };

const chatKey = ({ partner, threadId }: Omit<Chat, 'messages'>) => `${partner.name}|${threadId ?? ''}`;

function shownKey(shown: Shown): string {
  if ('row' in shown) return `row|${shown.row.threadId}|${shown.row.partnerName}|${shown.row.shown}`;
  const { message } = shown;
  return `${chatKey(shown.chat)}|${message.key ?? `${message.day}|${message.time}|${message.place}|${message.fromPartner}`}`;
}

/** A request's limits: 20 chats of at most 2,000 messages, 500 list rows. */
export function startReport(): (next: Shown) => boolean {
  const perChat = new Map<string, number>();
  let rows = 0;
  return (next) => {
    if ('row' in next) {
      if (rows >= 500) return false;
      rows += 1;
      return true;
    }
    const key = chatKey(next.chat);
    const count = perChat.get(key) ?? 0;
    if (count >= 2000 || (count === 0 && perChat.size >= 20)) return false;
    perChat.set(key, count + 1);
    return true;
  };
}

export function reportOf(batch: Shown[]): LinkedInHistoryReport {
  const chats = new Map<string, Chat>();
  const listed: LinkedInHistoryReport['listed'] = [];
  for (const shown of batch) {
    if ('row' in shown) {
      listed.push(shown.row);
      continue;
    }
    const key = chatKey(shown.chat);
    const chat = chats.get(key) ?? { ...shown.chat, messages: [] };
    chat.messages.push(shown.message);
    chats.set(key, chat);
  }
  return { chats: [...chats.values()], listed };
}

/**
 * Tells the background about messages and list rows the page shows that it was not told of yet: narrow
 * observers, debounced, and only what is new (a long thread costs little per update); what a failed report held
 * goes with the next. The background decides what is logged (known contacts only, the user's setting).
 */
export function watchLinkedInHistory(doc: Document, signal: AbortSignal): void {
  let report: ((regions: Node[]) => void) | undefined;
  observeRegions(doc, () => historyRegions(doc), (regions) => {
    // Most pages (a profile) show no conversation: the reader and its outbox start with the first one shown.
    if (!report && regions.length === 0 && !isMessagingUrl(doc.location.href)) return;
    report ??= historyReporter(doc);
    report(regions);
  }, signal);
}

function historyReporter(doc: Document): (regions: Node[]) => void {
  const outbox = new ReportOutbox<Shown>(shownKey, startReport, (batch) => callBackground('history.linkedin', reportOf(batch)));
  const readNew = conversationReader();
  return (regions) => {
    const seen = readLinkedInHistory(doc, regions, readNew);
    const shown: Shown[] = [
      ...seen.chats.flatMap(({ messages, ...chat }) => messages.map((message) => ({ chat, message }))),
      ...seen.listed.map((row) => ({ row })),
    ];
    void outbox.add(shown);
  };
}
