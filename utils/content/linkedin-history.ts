import { callBackground } from '../messaging/client';
import type { LinkedInHistoryReport } from '../messaging/requests/history';
import { readConversationList } from '../sites/linkedin/messaging/conversation-list-reader';
import { conversationReader, readOpenConversations, type ReadConversations } from '../sites/linkedin/messaging/conversation-reader';
import { INTEROP_OUTLET_SELECTOR } from '../sites/linkedin/messaging/messaging-markup';
import { isMessagingUrl, MESSAGING_REGION } from './linkedin-chat';
import { observeRegions } from './observe-regions';

/** The light-DOM chat windows (2019-2025) live here on every page. */
const OVERLAY_REGION = '#msg-overlay, .msg-overlay-container';

/** Where conversations can be: the messaging page's region (only there), the chat windows, the outlet's shadow root. */
export function historyRegions(doc: Document): Node[] {
  const regions: Node[] = [];
  const messaging = isMessagingUrl(doc.location.href) ? doc.querySelector(MESSAGING_REGION) : null;
  if (messaging) regions.push(messaging);
  const overlay = doc.querySelector(OVERLAY_REGION);
  if (overlay && !messaging?.contains(overlay)) regions.push(overlay);
  const shadow = doc.querySelector(INTEROP_OUTLET_SELECTOR)?.shadowRoot;
  if (shadow) regions.push(shadow);
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
  return { chats: chats.filter((chat) => chat.messages.length > 0).slice(0, 20), listed: listed.slice(0, 500) };
}

/**
 * Tells the background about messages and list rows the page shows that it was not told of yet: narrow
 * observers, debounced, and only what is new (a long thread costs little per update). The background decides
 * what is logged (known contacts only, the user's setting).
 */
export function watchLinkedInHistory(doc: Document, signal: AbortSignal): void {
  const told = new Set<string>();
  const isNew = (key: string) => !told.has(key) && Boolean(told.add(key));
  const readNew = conversationReader();
  observeRegions(doc, () => historyRegions(doc), (regions) => {
    const seen = readLinkedInHistory(doc, regions, readNew);
    const chats = seen.chats
      .map((chat) => ({
        ...chat,
        messages: chat.messages.filter((message) =>
          isNew(`${chat.partner.name}|${chat.threadId ?? ''}|${message.key ?? `${message.day}|${message.time}|${message.place}|${message.fromPartner}`}`),
        ),
      }))
      .filter((chat) => chat.messages.length > 0);
    const listed = seen.listed.filter((row) => isNew(`${row.threadId}|${row.partnerName}|${row.shown}`));
    if (chats.length > 0 || listed.length > 0) callBackground('history.linkedin', { chats, listed }).catch(() => undefined);
  }, signal);
}
