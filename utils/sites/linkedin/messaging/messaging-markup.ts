/**
 * Every piece of LinkedIn messaging markup the history readers rely on, with when it was seen.
 * See README.md beside this file for what each era looks like.
 */

/** A conversation: the messaging page's thread (2019-2026) and the chat overlay bubbles (2019-2025). */
export const CONVERSATION_SELECTORS = {
  page: '.msg-convo-wrapper, .msg-thread',
  overlay: '.msg-overlay-conversation-bubble',
} as const;

/** 2019-2026 `msg-s-…` structure. */
export const MSG_S = {
  list: '.msg-s-message-list',
  event: 'li.msg-s-message-list__event',
  dayHeading: 'time.msg-s-message-list__time-heading',
  groupName: '.msg-s-message-group__name',
  groupTime: 'time.msg-s-message-group__timestamp',
  groupMeta: '.msg-s-message-group__meta',
  /** Messages of others carry this beside `msg-s-event-listitem`; a second hint for the direction. */
  otherMessage: 'msg-s-event-listitem--other',
} as const;

/** Partner of a conversation: the page's title bar, the overlay's header. */
export const PARTNER_TITLE_SELECTORS = [
  '.msg-entity-lockup__entity-title',
  '.msg-overlay-bubble-header__title',
  '.msg-thread__link-to-profile',
] as const;
export const HEADER_SELECTOR = 'header, .msg-overlay-bubble-header, .msg-title-bar';

/** The stable message key, on the message element (2021-2026). */
export const EVENT_URN_ATTRIBUTE = 'data-event-urn';
export const EVENT_SELECTOR = `[${EVENT_URN_ATTRIBUTE}]`;
/** `urn:li:msg_message:(urn:li:fsd_profile:<mailbox>,2-<id>)`: the message id is the last part. */
export const EVENT_URN = /^urn:li:(?:msg_message|fs_event|messagingMessage):\(?(?:[^,]*,)?([\w=+/-]{4,200})\)?$/u;

/** Overlay bubbles name their conversation (`urn:li:msg_conversation:(…,2-<id>)`); the page has it in the URL. */
export const BUBBLE_CONVERSATION_ATTRIBUTE = 'data-msg-overlay-conversation-bubble-open';
export const THREAD_PATH = /\/messaging\/thread\/([\w=+-]{4,200})/u;
export const CONVERSATION_URN = /,([\w=+-]{4,200})\)$/u;

/** Where the 2025-2026 overlay renders: the open shadow root of this element. */
export const INTEROP_OUTLET_ID = 'interop-outlet';

/** The conversation list beside the thread. */
export const LIST = {
  item: 'li.msg-conversation-listitem, li.msg-conversation-card',
  names: '.msg-conversation-listitem__participant-names, .msg-conversation-card__participant-names',
  time: 'time.msg-conversation-listitem__time-stamp, time.msg-conversation-card__time-stamp',
  /** Class-free: a list item that links to a thread. */
  link: 'a[href*="/messaging/thread/"]',
} as const;
