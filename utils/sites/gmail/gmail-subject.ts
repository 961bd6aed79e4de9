import { cleanText } from '../../domain/text';
import { isElement, isTextNode } from './gmail-dom';
import { EMOJI_SELECTOR } from './gmail-markup';

const MAX_SUBJECT_LENGTH = 1000;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** The subject heading's text, emoji (`img[data-emoji]`) kept as their alt text. */
export function subjectText(heading: Element): string {
  return cleanText(textWithEmoji(heading), MAX_SUBJECT_LENGTH);
}

function textWithEmoji(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (isTextNode(child)) text += child.data;
    else if (isElement(child) && child.matches(EMOJI_SELECTOR)) text += child.getAttribute('alt') || child.getAttribute('data-emoji') || '';
    else if (isElement(child) && !NOT_TEXT.has(child.tagName.toUpperCase())) text += textWithEmoji(child);
  }
  return text;
}
