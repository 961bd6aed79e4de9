import { cleanText, nameKey } from '../../../domain/text';
import { EVENT_SELECTOR, EVENT_URN, EVENT_URN_ATTRIBUTE, MSG_S } from './messaging-markup';

export interface Sender {
  name: string;
  key: string;
  memberId?: string;
}

/** What one list item shows: a day heading, a group's time and sender, its messages' keys (undefined: none). */
export interface ItemFacts {
  day?: string;
  time?: string;
  who?: Sender;
  keys: (string | undefined)[];
}

const MEMBER_PATH = /\/in\/(ACo[\w-]{20,})/u;
/** Message text is sender-controlled: people and times are never read from inside it. */
const BODY_SELECTOR = 'p, [class*="__body"], [class*="event__content"]';
const PROFILE_LINK = 'a[href*="/in/"]';
/** A group's time ("12:18 PM", "14:05"); any other stamp is a day heading. */
const CLOCK = /\d:\d\d/u;

/** An item with a message does not change once rendered: it is read once. One still without may be rendering. */
const itemFacts = new WeakMap<Element, ItemFacts>();

/** What `item` shows; undefined for a hashed-class item that holds neither a message nor a time. */
export function factsOf(item: Element, msgS: boolean): ItemFacts | undefined {
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

/** Whether `item` was read with its messages, so that reading it again gives the same. */
export function isSettled(item: Element): boolean {
  return itemFacts.has(item);
}

/** `/in/ACoAA…` links name a member id, the same in every view of a conversation. */
export function memberIdOf(href: string | null | undefined): string | undefined {
  return MEMBER_PATH.exec(href ?? '')?.[1];
}

function senderOf(item: Element): { name: string; memberId?: string } | undefined {
  const named = item.querySelector(MSG_S.groupName);
  const link = outsideBodies(item, PROFILE_LINK)[0];
  const name = cleanText(named?.textContent) || cleanText(link?.textContent) || cleanText(link?.querySelector('img[alt]')?.getAttribute('alt'));
  if (!name) return undefined;
  const memberId = memberIdOf((named?.closest('a') ?? link)?.getAttribute('href'));
  return { name, ...(memberId ? { memberId } : {}) };
}

function outsideBodies(item: Element, selector: string): Element[] {
  return [...item.querySelectorAll(selector)].filter((element) => !element.parentElement?.closest(BODY_SELECTOR));
}

function eventKey(event: Element): string | undefined {
  const urn = event.getAttribute(EVENT_URN_ATTRIBUTE)?.trim() ?? '';
  return EVENT_URN.exec(urn)?.[1];
}
