import { cleanText } from '../../../domain/text';
import { readProfileLink } from '../profile-url';
import { memberIdOf } from './item-facts';
import {
  BUBBLE_CONVERSATION_ATTRIBUTE,
  CONVERSATION_SELECTORS,
  CONVERSATION_URN,
  EVENT_SELECTOR,
  HEADER_SELECTOR,
  INTEROP_OUTLET_ID,
  MSG_S,
  PARTNER_TITLE_SELECTORS,
  THREAD_PATH,
} from './messaging-markup';
import { walkItems, type ThreadCursor } from './thread-walk';

export interface ChatPartner {
  name: string;
  /** Only when a link names the vanity slug; messaging links usually carry a member id. */
  slug?: string;
  /** `ACoAA…` from an `/in/<member id>` link: the same in every view of the conversation. */
  memberId?: string;
}

/**
 * One message: who wrote it (the partner or the user) and when, as the page shows it. Never its text.
 * The dates are resolved outside the page (`dated-messages.ts`): the content script stays small.
 */
export interface ShownMessage {
  /** From `data-event-urn`; older chat windows have none. */
  key?: string;
  fromPartner: boolean;
  /** The day heading above it ("Today", "4. März") and its group's time ("12:18 PM"). */
  day: string;
  time: string;
  /** Its place in its group of messages sharing one name and time, from 1. */
  place: number;
}

export interface ConversationReading {
  view: 'page' | 'overlay';
  threadId?: string;
  partner: ChatPartner;
  messages: ShownMessage[];
  /** `msg-s`: the long-lived classes; `semantic`: the hashed-class layouts, read by tags, links and keys. */
  strategy: 'msg-s' | 'semantic';
}

const PROFILE_LINK = 'a[href*="/in/"]';

/**
 * Every conversation open on the page, in either view and in the `#interop-outlet` shadow root, with its
 * one partner and the dated messages it shows. Group chats and conversations whose partner cannot be read
 * are left out: who they are with is unknown.
 */
export function readOpenConversations(doc: Document, roots: ParentNode[] = messagingRoots(doc)): ConversationReading[] {
  return conversationReader()(doc, roots);
}

export type ReadConversations = (doc: Document, roots?: ParentNode[]) => ConversationReading[];

/**
 * `readOpenConversations` again and again, each time with only the messages it did not return before (all of them
 * the first time): when LinkedIn only appended to a conversation's list, only the added items are read, so an
 * update costs the same in a long thread as in a short one. When it replaced the list, loaded older messages
 * above it or shows another partner, the conversation is read whole again and earlier messages come again: the
 * caller drops those it already has.
 */
export function conversationReader(): ReadConversations {
  const cursors: Cursors = new WeakMap();
  return (doc, roots = messagingRoots(doc)) => {
    const readings: ConversationReading[] = [];
    for (const root of roots) {
      for (const { element, view } of conversationsIn(root, 'host' in root)) {
        const reading = readConversation(element, view, doc.location?.href ?? '', cursors);
        if (reading) readings.push(reading);
      }
    }
    return readings;
  };
}

/** The document and the `#interop-outlet` shadow root, where the 2025-2026 chat windows render. */
export function messagingRoots(doc: Document): ParentNode[] {
  const shadow = doc.getElementById(INTEROP_OUTLET_ID)?.shadowRoot;
  return shadow ? [doc, shadow] : [doc];
}

/** The partner of the conversation open on the messaging page, without reading its messages. */
export function readPagePartner(doc: Document, root: ParentNode = doc): ChatPartner | undefined {
  // The long-lived classes name the page's conversation without a look at its messages.
  const named = root.querySelector(CONVERSATION_SELECTORS.page);
  const page = named && !named.closest(CONVERSATION_SELECTORS.overlay) ? named : conversationsIn(root, false).find(({ view }) => view === 'page')?.element;
  return page && readPartner(page);
}

interface OpenConversation {
  element: Element;
  view: ConversationReading['view'];
}

function conversationsIn(root: ParentNode, inOutlet: boolean): OpenConversation[] {
  let found = outermost([
    ...[...root.querySelectorAll(CONVERSATION_SELECTORS.overlay)].map((element) => ({ element, view: 'overlay' as const })),
    ...[...root.querySelectorAll(CONVERSATION_SELECTORS.page)].map((element) => ({ element, view: 'page' as const })),
  ]);
  // Hashed classes: the conversation is the nearest ancestor of a keyed message that has a header. Messages are
  // counted natively, so those inside the conversations already found are not visited one by one.
  const events = root.querySelectorAll(EVENT_SELECTOR);
  let covered = keyedMessagesIn(found);
  for (let index = 0; covered < events.length && index < events.length; index += 1) {
    const event = events[index] as Element;
    if (found.some(({ element }) => element.contains(event))) continue;
    let node = event.parentElement;
    while (node && !node.querySelector(HEADER_SELECTOR)) node = node.parentElement;
    if (node && node.localName !== 'body') {
      found = outermost([...found, { element: node, view: inOutlet ? 'overlay' : 'page' }]);
      covered = keyedMessagesIn(found);
    }
  }
  return found;
}

/** Conversations not inside another one, each once (the 2019 page nests `.msg-thread` in `.msg-convo-wrapper`). */
function outermost(found: OpenConversation[]): OpenConversation[] {
  return found.filter(({ element }, index) => !found.some((other, at) => other.element.contains(element) && (other.element !== element || at < index)));
}

function keyedMessagesIn(conversations: OpenConversation[]): number {
  return conversations.reduce((sum, { element }) => sum + element.querySelectorAll(EVENT_SELECTOR).length, 0);
}

/** Where the last reading of each conversation stopped, for the partner and thread it showed then. */
type Cursors = WeakMap<Element, { identity: string; cursor: ThreadCursor }>;

function readConversation(element: Element, view: ConversationReading['view'], url: string, cursors: Cursors): ConversationReading | undefined {
  const partner = readPartner(element);
  if (!partner) return undefined;
  const threadId = threadIdOf(element, view, url);
  const msgS = element.querySelector(MSG_S.event) !== null;
  const identity = JSON.stringify([msgS, threadId, partner.name, partner.memberId]);
  const previous = cursors.get(element);
  const walk = walkItems(element.querySelectorAll(msgS ? MSG_S.event : 'li'), msgS, partner, previous?.identity === identity ? previous.cursor : undefined);
  if (walk.cursor) cursors.set(element, { identity, cursor: walk.cursor });
  else cursors.delete(element);
  if (walk.groupChat) return undefined;
  return { view, ...(threadId ? { threadId } : {}), partner, messages: walk.messages, strategy: msgS ? 'msg-s' : 'semantic' };
}

function readPartner(conversation: Element): ChatPartner | undefined {
  const header = conversation.querySelector(HEADER_SELECTOR);
  // In order, and no further than the first that matches: each is a search of a possibly long thread.
  const titled = PARTNER_TITLE_SELECTORS.reduce<Element | null>((found, selector) => found ?? conversation.querySelector(selector), null);
  const heading = titled ?? header?.querySelector('h1, h2, h3, a[href*="/in/"]');
  const name = cleanText(heading?.textContent);
  // "Anna Weber, Ben Roth": a group chat has no one partner.
  if (!name || name.includes(',')) return undefined;
  const links = [...(header?.querySelectorAll(PROFILE_LINK) ?? []), ...conversation.querySelectorAll(`.msg-s-profile-card ${PROFILE_LINK}`)];
  const slug = links.map((link) => readProfileLink(link)?.slug).find(Boolean);
  const memberId = links.map((link) => memberIdOf(link.getAttribute('href'))).find(Boolean);
  return { name, ...(slug ? { slug } : {}), ...(memberId ? { memberId } : {}) };
}

function threadIdOf(conversation: Element, view: ConversationReading['view'], url: string): string | undefined {
  const bubble = conversation.getAttribute(BUBBLE_CONVERSATION_ATTRIBUTE);
  if (bubble) return CONVERSATION_URN.exec(bubble)?.[1];
  const link = conversation.querySelector('a[href*="/messaging/thread/"]')?.getAttribute('href');
  return THREAD_PATH.exec(link ?? '')?.[1] ?? (view === 'page' ? THREAD_PATH.exec(url)?.[1] : undefined);
}
