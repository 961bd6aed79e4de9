import { composeRecipients } from './compose-recipients';
import { insertTextIntoEditable, setFieldValue } from './editable-input';
import {
  COMPOSE_BODY_SELECTOR,
  COMPOSE_DIALOG_SELECTOR,
  COMPOSE_REPLY_TARGET_SELECTOR,
  COMPOSE_REPLY_TYPE_MENU_SELECTOR,
  COMPOSE_SUBJECT_SELECTOR,
  COMPOSE_TO_SELECTORS,
} from './gmail-markup';

/** A Gmail compose: a new-message dialog or an inline reply inside the thread. */
export interface GmailCompose {
  kind: 'dialog' | 'inline';
  /** Answers or forwards a message in a thread: its recipients and subject belong to that thread. */
  reply: boolean;
  root: Element;
  body: HTMLElement;
  /** `div[name=to] input` since Oct 2021, `textarea[name=to]` before. */
  to?: HTMLInputElement | HTMLTextAreaElement;
  subject?: HTMLInputElement;
}

export type ComposeField = 'to' | 'subject' | 'body';

export interface ComposeDraft {
  to?: string;
  subject?: string;
  body: string;
}

const FIELD_SELECTOR = [...COMPOSE_TO_SELECTORS, COMPOSE_SUBJECT_SELECTOR].join(', ');

/** Every open compose, found by its body textbox. Never throws. */
export function findComposeWindows(doc: Document): GmailCompose[] {
  try {
    return [...doc.querySelectorAll(COMPOSE_BODY_SELECTOR)].filter(isHtmlElement).map(composeAround);
  } catch {
    return [];
  }
}

function composeAround(body: HTMLElement): GmailCompose {
  const dialog = body.closest(COMPOSE_DIALOG_SELECTOR);
  const root = dialog ?? inlineComposeRoot(body) ?? body;
  const to = COMPOSE_TO_SELECTORS.map((selector) => root.querySelector(selector)).find(isTextField);
  const subject = root.querySelector(COMPOSE_SUBJECT_SELECTOR);
  return {
    kind: dialog ? 'dialog' : 'inline',
    reply: !dialog || answersAMessage(dialog),
    root,
    body,
    ...(to ? { to } : {}),
    ...(subject && isInput(subject) ? { subject } : {}),
  };
}

function answersAMessage(dialog: Element): boolean {
  const target = dialog.querySelector(COMPOSE_REPLY_TARGET_SELECTOR);
  const targetId = target && isInput(target) ? target.value.trim() : '';
  return (targetId !== '' && targetId !== 'undefined' && targetId !== 'null') || dialog.querySelector(COMPOSE_REPLY_TYPE_MENU_SELECTOR) !== null;
}

/** The smallest ancestor holding this body's To or Subject field, and no other compose body. */
function inlineComposeRoot(body: HTMLElement): Element | undefined {
  for (let scope = body.parentElement; scope; scope = scope.parentElement) {
    if (scope.querySelectorAll(COMPOSE_BODY_SELECTOR).length > 1) return undefined;
    if (scope.querySelector(FIELD_SELECTOR)) return scope;
  }
  return undefined;
}

/**
 * Puts the draft's body at the start of the compose (see `insertTextIntoEditable`). To and Subject
 * (native setter + input/change events) only into a new message, and only while empty: a reply's
 * recipients and subject belong to its thread (a changed subject starts a new conversation), and what
 * the user typed or chose stays, with no second recipient added. Never clicks or sends. Never throws.
 */
export function fillCompose(compose: GmailCompose, draft: ComposeDraft): { filled: ComposeField[] } {
  const filled: ComposeField[] = [];
  const attempt = (field: ComposeField, fill: () => boolean): void => {
    try {
      if (fill()) filled.push(field);
    } catch {
      // Left for the user to fill; the caller reports what was filled.
    }
  };
  const { to, subject, body } = compose;
  if (!compose.reply) {
    if (draft.to && to && composeRecipients(compose.root).empty) attempt('to', () => setFieldValue(to, draft.to ?? ''));
    if (draft.subject && subject && subject.value.trim() === '') attempt('subject', () => setFieldValue(subject, draft.subject ?? ''));
  }
  if (draft.body) attempt('body', () => insertTextIntoEditable(body, draft.body) !== undefined);
  return { filled };
}

/** Gmail's full-screen compose for a new message: the robust fallback when no compose can be filled. */
export function composeUrl(draft: ComposeDraft & { account?: string }): string {
  const parameters: [string, string | undefined][] = [
    ['view', 'cm'],
    ['fs', '1'],
    ['to', draft.to],
    ['su', draft.subject],
    ['body', draft.body],
    ['authuser', draft.account],
  ];
  const query = parameters
    .filter((parameter): parameter is [string, string] => !!parameter[1])
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  return `https://mail.google.com/mail/?${query}`;
}

function isHtmlElement(element: Element): element is HTMLElement {
  return element.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

function isInput(element: Element): element is HTMLInputElement {
  return element.tagName.toUpperCase() === 'INPUT';
}

function isTextField(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element !== null && (isInput(element) || element.tagName.toUpperCase() === 'TEXTAREA');
}
