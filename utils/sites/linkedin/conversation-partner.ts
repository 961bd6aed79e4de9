import { cleanText } from '../../domain/text';
import { readProfileLink } from './profile-url';
import { visibleText } from './text-blocks';

/** Who a chat is with, as far as its header says. */
export interface ConversationPartner {
  name?: string;
  /** Only when the header links to `/in/<slug>`; the overlay usually links to a member id (`/in/ACoAA…`). */
  slug?: string;
}

/** A conversation: an overlay bubble (2019-2025) or the messaging page's thread. */
const CONVERSATION_SELECTOR = '.msg-overlay-conversation-bubble, .msg-convo-wrapper';
const HEADER_SELECTOR = 'header, .msg-overlay-bubble-header';
const TEXTBOX_SELECTOR = '[role="textbox"][contenteditable="true"]';
const HEADER_TITLE_SELECTOR = '.msg-overlay-bubble-header__title';
const PROFILE_LINK_SELECTOR = 'a[href*="/in/"]';
/** Past these the walk up from a composer has left the messaging container. */
const OUTSIDE_MESSAGING = new Set(['MAIN', 'BODY', 'HTML', 'ASIDE']);

/**
 * The partner named in the header of the conversation that `composer` belongs to. Undefined when the
 * header is missing or links to nobody (a new message, a group chat): then who it is with is unknown.
 * Links elsewhere in the conversation are not read; its messages link to both people.
 */
export function readConversationPartner(composer: Element): ConversationPartner | undefined {
  const header = conversationOf(composer)?.querySelector(HEADER_SELECTOR);
  const links = header ? [...header.querySelectorAll(PROFILE_LINK_SELECTOR)] : [];
  if (!header || links.length === 0) return undefined;
  const title = header.querySelector(HEADER_TITLE_SELECTOR);
  const name = [title, ...links].map((element) => (element ? cleanText(visibleText(element)) : '')).find((text) => text !== '');
  const slug = links.map((link) => readProfileLink(link)?.slug).find((found) => found !== undefined);
  if (!name && !slug) return undefined;
  return { ...(name ? { name } : {}), ...(slug ? { slug } : {}) };
}

/**
 * The bubble by its class; inside `#interop-outlet`, where classes are hashed, the largest ancestor that
 * holds this composer alone (the walk stops at a shadow root, whose host is not a parent element).
 */
function conversationOf(composer: Element): Element | undefined {
  const known = composer.closest(CONVERSATION_SELECTOR);
  if (known) return known;
  let conversation: Element | undefined;
  for (let node = composer.parentElement; node && !OUTSIDE_MESSAGING.has(node.tagName); node = node.parentElement) {
    if (node.querySelectorAll(TEXTBOX_SELECTOR).length > 1) break;
    conversation = node;
    if (node.querySelector(HEADER_SELECTOR)) break;
  }
  return conversation;
}
