import { cleanText, nameKey } from '../../../domain/text';
import { readProfileLink } from '../profile-url';
import {
  BUBBLE_CONVERSATION_ATTRIBUTE,
  CONVERSATION_SELECTORS,
  CONVERSATION_URN,
  EVENT_SELECTOR,
  EVENT_URN,
  EVENT_URN_ATTRIBUTE,
  HEADER_SELECTOR,
  INTEROP_OUTLET_SELECTOR,
  MSG_S,
  PARTNER_TITLE_SELECTORS,
  THREAD_PATH,
} from './messaging-markup';

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

const MEMBER_PATH = /\/in\/(ACo[\w-]{20,})/u;
/** Message text is sender-controlled: people and times are never read from inside it. */
const BODY_SELECTOR = 'p, [class*="__body"], [class*="event__content"]';
const PROFILE_LINK = 'a[href*="/in/"]';
/** A group's time ("12:18 PM", "14:05"); any other stamp is a day heading. */
const CLOCK = /\d:\d\d/u;

/**
 * Every conversation open on the page, in either view and in the `#interop-outlet` shadow root, with its
 * one partner and the dated messages it shows. Group chats and conversations whose partner cannot be read
 * are left out: who they are with is unknown.
 */
export function readOpenConversations(doc: Document, roots: ParentNode[] = messagingRoots(doc)): ConversationReading[] {
  const readings: ConversationReading[] = [];
  for (const root of roots) {
    for (const { element, view } of conversationsIn(root, 'host' in root)) {
      const reading = readConversation(element, view, doc.location?.href ?? '');
      if (reading) readings.push(reading);
    }
  }
  return readings;
}

/** The document and the `#interop-outlet` shadow root, where the 2025-2026 chat windows render. */
export function messagingRoots(doc: Document): ParentNode[] {
  const shadow = doc.querySelector(INTEROP_OUTLET_SELECTOR)?.shadowRoot;
  return shadow ? [doc, shadow] : [doc];
}

/** The partner of the conversation open on the messaging page, without reading its messages. */
export function readPagePartner(doc: Document, root: ParentNode = doc): ChatPartner | undefined {
  const page = conversationsIn(root, false).find(({ view }) => view === 'page');
  return page && readPartner(page.element);
}

function conversationsIn(root: ParentNode, inOutlet: boolean): { element: Element; view: ConversationReading['view'] }[] {
  const found = [
    ...[...root.querySelectorAll(CONVERSATION_SELECTORS.overlay)].map((element) => ({ element, view: 'overlay' as const })),
    ...[...root.querySelectorAll(CONVERSATION_SELECTORS.page)].map((element) => ({ element, view: 'page' as const })),
  ];
  // Hashed classes: the conversation is the nearest ancestor of a keyed message that has a header.
  for (const event of root.querySelectorAll(EVENT_SELECTOR)) {
    if (found.some(({ element }) => element.contains(event))) continue;
    let node = event.parentElement;
    while (node && !node.querySelector(HEADER_SELECTOR)) node = node.parentElement;
    if (node && node.localName !== 'body' && !found.some(({ element }) => element === node)) {
      found.push({ element: node, view: inOutlet ? 'overlay' : 'page' });
    }
  }
  return found.filter(({ element }) => !found.some((other) => other.element !== element && other.element.contains(element)));
}

function readConversation(element: Element, view: ConversationReading['view'], url: string): ConversationReading | undefined {
  const partner = readPartner(element);
  if (!partner) return undefined;
  const partnerKey = nameKey(partner.name);
  const threadId = threadIdOf(element, view, url);
  const msgS = element.querySelector(MSG_S.event) !== null;
  const messages: ShownMessage[] = [];
  const senders = new Set<string>();
  let day = '';
  let time = '';
  let sender: Sender | undefined;
  let place = 0;
  for (const item of element.querySelectorAll(msgS ? MSG_S.event : 'li')) {
    const facts = factsOf(item, msgS);
    if (!facts) continue;
    if (facts.time) {
      time = facts.time;
      place = 0;
    }
    day = facts.day ?? day;
    if (facts.who) {
      sender = facts.who;
      senders.add(facts.who.key);
      place = 0;
    }
    for (const key of facts.keys) {
      place += 1;
      if (!day || !time || !sender) continue;
      const fromPartner = sender.memberId && partner.memberId ? sender.memberId === partner.memberId : sender.key === partnerKey;
      messages.push({ ...(key ? { key } : {}), fromPartner, day, time, place });
    }
  }
  senders.delete(partnerKey);
  if (senders.size > 1) return undefined;
  return { view, ...(threadId ? { threadId } : {}), partner, messages, strategy: msgS ? 'msg-s' : 'semantic' };
}

interface Sender {
  name: string;
  key: string;
  memberId?: string;
}

/** What one list item shows: a day heading, a group's time and sender, its messages' keys (undefined: none). */
interface ItemFacts {
  day?: string;
  time?: string;
  who?: Sender;
  keys: (string | undefined)[];
}

/**
 * A conversation update adds an item or two; the others are the same elements as before. Items with a message
 * are read once (an item still without one may be rendering and is read again), so an update costs little
 * even in a long thread.
 */
const itemFacts = new WeakMap<Element, ItemFacts>();

function factsOf(item: Element, msgS: boolean): ItemFacts | undefined {
  const known = itemFacts.get(item);
  if (known) return known;
  if (!msgS && !item.querySelector(`${EVENT_SELECTOR}, time`)) return undefined;
  const facts: ItemFacts = { keys: [] };
  for (const stamp of outsideBodies(item, 'time')) {
    const text = cleanText(stamp.textContent);
    if (CLOCK.test(text)) facts.time = text;
    else if (text) facts.day = text;
  }
  const who = senderOf(item);
  if (who) facts.who = { ...who, key: nameKey(who.name) };
  const events = [...item.querySelectorAll(EVENT_SELECTOR)];
  if (events.length > 0) facts.keys = events.map(eventKey);
  else if (item.matches(MSG_S.event) && item.querySelector('.msg-s-event-listitem')) facts.keys = [undefined];
  if (facts.keys.length > 0) itemFacts.set(item, facts);
  return facts;
}

function readPartner(conversation: Element): ChatPartner | undefined {
  const header = conversation.querySelector(HEADER_SELECTOR);
  const titled = PARTNER_TITLE_SELECTORS.map((selector) => conversation.querySelector(selector)).find((element) => element !== null);
  const heading = titled ?? header?.querySelector('h1, h2, h3, a[href*="/in/"]');
  const name = cleanText(heading?.textContent);
  // "Anna Weber, Ben Roth": a group chat has no one partner.
  if (!name || name.includes(',')) return undefined;
  const links = [...(header?.querySelectorAll(PROFILE_LINK) ?? []), ...conversation.querySelectorAll(`.msg-s-profile-card ${PROFILE_LINK}`)];
  const slug = links.map((link) => readProfileLink(link)?.slug).find(Boolean);
  const memberId = links.map((link) => MEMBER_PATH.exec(link.getAttribute('href') ?? '')?.[1]).find(Boolean);
  return { name, ...(slug ? { slug } : {}), ...(memberId ? { memberId } : {}) };
}

function senderOf(item: Element): { name: string; memberId?: string } | undefined {
  const named = item.querySelector(MSG_S.groupName);
  const link = outsideBodies(item, PROFILE_LINK)[0];
  const name = cleanText(named?.textContent) || cleanText(link?.textContent) || cleanText(link?.querySelector('img[alt]')?.getAttribute('alt'));
  if (!name) return undefined;
  const memberId = MEMBER_PATH.exec((named?.closest('a') ?? link)?.getAttribute('href') ?? '')?.[1];
  return { name, ...(memberId ? { memberId } : {}) };
}

function outsideBodies(item: Element, selector: string): Element[] {
  return [...item.querySelectorAll(selector)].filter((element) => !element.parentElement?.closest(BODY_SELECTOR) );
}

function eventKey(event: Element): string | undefined {
  const urn = event.getAttribute(EVENT_URN_ATTRIBUTE)?.trim() ?? '';
  return EVENT_URN.exec(urn)?.[1];
}

function threadIdOf(conversation: Element, view: ConversationReading['view'], url: string): string | undefined {
  const bubble = conversation.getAttribute(BUBBLE_CONVERSATION_ATTRIBUTE);
  if (bubble) return CONVERSATION_URN.exec(bubble)?.[1];
  const link = conversation.querySelector('a[href*="/messaging/thread/"]')?.getAttribute('href');
  return THREAD_PATH.exec(link ?? '')?.[1] ?? (view === 'page' ? THREAD_PATH.exec(url)?.[1] : undefined);
}
