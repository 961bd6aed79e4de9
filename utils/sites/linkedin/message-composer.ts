import { readConversationPartner } from './conversation-partner';
import { matchPartner, type DraftRecipient } from './recipient-match';
import { INTEROP_OUTLET_ID } from './messaging/messaging-markup';

export interface MessageComposer {
  element: HTMLElement;
  /** Since 2025 the messaging overlay renders inside the open shadow root of `#interop-outlet`. */
  where: 'light-dom' | 'interop-shadow-root';
}

/** Most specific first; the last ones rely only on roles, which outlive class names. */
const COMPOSER_SELECTORS = [
  'form.msg-form div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
  'form.msg-form [role="textbox"][contenteditable="true"]',
  '.msg-overlay-conversation-bubble form [role="textbox"][contenteditable="true"]',
  '.msg-convo-wrapper form [role="textbox"][contenteditable="true"]',
];
/** Inside the interop outlet everything is messaging, so any form's textbox is the composer. */
const SHADOW_ROOT_ONLY_SELECTOR = 'form [role="textbox"][contenteditable="true"]';

/**
 * The message composer (chat overlay or messaging page) of the conversation with `recipient`: the
 * focused one when several are. A lone composer whose partner cannot be read is taken as it is; one
 * whose header names someone else never is. Comment and post boxes are textboxes in forms too, hence
 * the messaging containers.
 */
export function findMessageComposer(doc: Document, recipient?: DraftRecipient): MessageComposer | undefined {
  const shadowRoot = doc.getElementById(INTEROP_OUTLET_ID)?.shadowRoot ?? undefined;
  const candidates = allMessageComposers(doc);
  const matches = candidates.map((candidate) => matchPartner(readConversationPartner(candidate.element), recipient));
  const theirs = candidates.filter((_, index) => matches[index] === 'recipient');
  const focused = [doc.activeElement, shadowRoot?.activeElement].filter((element) => element != null);
  const chosen = theirs.find(({ element }) => focused.some((active) => element.contains(active))) ?? theirs[0];
  if (chosen) return chosen;
  return candidates.length === 1 && matches[0] === 'unknown' ? candidates[0] : undefined;
}

/** Every open message composer, whoever the conversation is with. */
export function allMessageComposers(doc: Document): MessageComposer[] {
  const shadowRoot = doc.getElementById(INTEROP_OUTLET_ID)?.shadowRoot ?? undefined;
  return [
    ...composersIn(doc, COMPOSER_SELECTORS).map((element) => ({ element, where: 'light-dom' as const })),
    ...(shadowRoot ? composersIn(shadowRoot, [...COMPOSER_SELECTORS, SHADOW_ROOT_ONLY_SELECTOR]) : []).map(
      (element) => ({ element, where: 'interop-shadow-root' as const }),
    ),
  ];
}

function composersIn(root: ParentNode, selectors: string[]): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of selectors) {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) found.add(element);
  }
  return [...found];
}

/**
 * Puts `text` into the composer so LinkedIn notices (its send button waits for an `input` event).
 * Never clicks, never submits. Returns whether the text is in the composer afterwards.
 */
export function insertIntoComposer(element: HTMLElement, text: string): boolean {
  try {
    element.focus();
    placeCaretAtEnd(element);
    if (insertWithEditingCommand(element, text)) return true;
    insertParagraphs(element, text);
    return contains(element, text);
  } catch {
    return false;
  }
}

/** The way a user's typing would arrive: undo works and the editor updates its own state. */
function insertWithEditingCommand(element: HTMLElement, text: string): boolean {
  const doc = element.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand('insertText', false, text) && contains(element, text);
  } catch {
    return false;
  }
}

function insertParagraphs(element: HTMLElement, text: string): void {
  const doc = element.ownerDocument;
  // LinkedIn's empty composer holds `<p><br></p>`: replace it rather than write below it.
  if (element.textContent?.trim() === '') element.replaceChildren();
  for (const line of text.split(/\r?\n/u)) {
    const paragraph = doc.createElement('p');
    if (line === '') paragraph.append(doc.createElement('br'));
    else paragraph.textContent = line;
    element.append(paragraph);
  }
  placeCaretAtEnd(element);
  const InputEventOfPage = doc.defaultView?.InputEvent ?? InputEvent;
  element.dispatchEvent(new InputEventOfPage('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

function placeCaretAtEnd(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Paragraph breaks and spacing differ between editors; compare the characters. */
function contains(element: HTMLElement, text: string): boolean {
  const withoutSpace = (value: string) => value.replace(/\s+/gu, '');
  return withoutSpace(element.textContent ?? '').includes(withoutSpace(text));
}
