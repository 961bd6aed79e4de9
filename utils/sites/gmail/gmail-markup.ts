/**
 * Every piece of Gmail markup this adapter relies on, with when it was seen.
 * The only file that names Gmail's classes and attributes; readers import from here.
 * Container classes (`.nH`, `.if`, `.PeIF1d`, `.a98.iY`) are deliberately absent: they churn.
 */

/** The open thread's subject heading; carries the thread ids. */
export const THREAD_HEADING_STRATEGIES = [
  { name: 'h2.hP', selector: 'h2.hP', seen: '2014-2026' },
  { name: 'h2[data-thread-*]', selector: 'h2[data-thread-perm-id], h2[data-legacy-thread-id]', seen: 'class-free fallback' },
] as const;
export type ThreadHeadingStrategy = (typeof THREAD_HEADING_STRATEGIES)[number]['name'];

/** One message of the open thread, collapsed or expanded. */
export const MESSAGE_STRATEGIES = [
  { name: 'div.adn', selector: 'div.adn[data-message-id], div.adn[data-legacy-message-id]', seen: '2018-2026' },
  { name: '[data-message-id]', selector: '[data-message-id], [data-legacy-message-id]', seen: 'class-free fallback' },
] as const;
export type MessageStrategy = (typeof MESSAGE_STRATEGIES)[number]['name'];

export const THREAD_PERM_ID_ATTRIBUTE = 'data-thread-perm-id'; // "thread-f:<decimal>", since 2018
export const THREAD_LEGACY_ID_ATTRIBUTE = 'data-legacy-thread-id'; // "<hex>", since 2018
export const MESSAGE_PERM_ID_ATTRIBUTE = 'data-message-id'; // "#msg-f:<decimal>", since 2018
export const MESSAGE_LEGACY_ID_ATTRIBUTE = 'data-legacy-message-id'; // "<hex>", since 2018

/** An expanded message (full header) has this class next to `adn`; collapsed ones show only the sender. */
export const EXPANDED_MESSAGE_CLASS = 'ads';

/** Sender of a message, newest first; people are always `span[email]`, classified by container. */
export const SENDER_SELECTORS = ['h3.iw span.gD[email]', 'h3.iw span[email]', 'span.gD[email]'] as const;
/** The compact "to me, Anna, cc: Ben" line of an expanded message. */
export const RECIPIENT_LINE_SELECTOR = 'span.hb';
export const PERSON_SELECTOR = 'span[email]';
/** Absolute date in the user's locale in `title`; the visible text is relative. */
export const DATE_SELECTOR = 'span.g3[title]';
/** The message body (sender-controlled HTML): never read people or dates from inside it. */
export const MESSAGE_BODY_SELECTOR = '.a3s';
export const EMOJI_SELECTOR = 'img[data-emoji]';

/** The main region of the app: a list, a thread or settings. Narrow enough to observe. */
export const MAIN_REGION_SELECTOR = 'div[role="main"]';

export const COMPOSE_DIALOG_SELECTOR = 'div[role="dialog"]';
export const COMPOSE_BODY_SELECTOR = 'div[contenteditable="true"][g_editable="true"][role="textbox"]';
/** To field, newest first: chips + input since Oct 2021, a textarea before. */
export const COMPOSE_TO_SELECTORS = ['div[name="to"] input', 'textarea[name="to"]'] as const;
export const COMPOSE_SUBJECT_SELECTOR = 'input[name="subjectbox"]'; // since 2014
/** Recipients already chosen: chips in the To/Cc/Bcc rows since Oct 2021, `span.vN[email]` before. */
export const COMPOSE_RECIPIENT_CHIP_SELECTORS = [
  '[name="to"] [role="option"][data-hovercard-id]',
  '[name="cc"] [role="option"][data-hovercard-id]',
  '[name="bcc"] [role="option"][data-hovercard-id]',
  'span.vN[email]',
] as const;
/** Where recipients are typed before they become chips: inputs since Oct 2021, textareas before. */
export const COMPOSE_RECIPIENT_TEXT_SELECTORS = [
  'div[name="to"] input',
  'div[name="cc"] input',
  'div[name="bcc"] input',
  'textarea[name="to"]',
  'textarea[name="cc"]',
  'textarea[name="bcc"]',
] as const;
/**
 * A compose window that answers or forwards a message (a popped-out reply): the hidden `rm` field names
 * that message ("undefined" in a new message), and the reply-type menu `.HQ` sits beside the recipients.
 * Both as InboxSDK reads them, 2015-2026. Inline composes inside a thread are always replies or forwards.
 */
export const COMPOSE_REPLY_TARGET_SELECTOR = 'input[name="rm"]';
export const COMPOSE_REPLY_TYPE_MENU_SELECTOR = '.HQ';

/** Hidden views Gmail keeps around must not count as the open thread. */
export const HIDDEN_ANCESTOR_SELECTOR = '[hidden], [style*="display: none"], [style*="display:none"]';
