import { cleanText } from '../../domain/text';
import { comesAfter, SHOW_TEXT } from './dom-portable';

/** Elements that hold one line of the top card, whatever inline markup is inside. */
const TEXT_BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DD', 'DT', 'TD', 'TH', 'BUTTON', 'LABEL']);
const INLINE_TAGS = new Set([
  ...['SPAN', 'A', 'STRONG', 'EM', 'B', 'I', 'SMALL', 'ABBR'],
  ...['BDI', 'BDO', 'MARK', 'TIME', 'CITE', 'SUB', 'SUP', 'U', 'S'],
]);
const NEVER_TEXT = 'script, style, template, noscript, svg, [hidden], .visually-hidden, .a11y-text, .sr-only';

// The case-insensitive patterns below run at every page load: without the `u` flag, whose Unicode case folding costs
// about 0.5 ms per pattern to compile (see headline.ts).
/** "· 1st", "2nd", "3rd+", German "· 2.", "1st degree connection". */
const CONNECTION_DEGREE = /^(?:·\s*)?(?:1st|2nd|3rd\+?|[123]\.|[123]\.\+)(?:\s+degree connection)?$/i;
const LONE_SEPARATOR = /^[·•|,–-]$/u;
/** "(She/Her)", "He/Him", "sie/ihr" shown next to the name. */
const PRONOUNS = /^\(?(?:she|he|they|xe|ze|sie|er)\/[^\s\d/().,]+\)?$/i;
/** Creator mode's topics line under the headline: "Talks about #design, #ux", "Spricht über #recht". */
const CREATOR_TOPICS = /^(?:talks about|spricht über)\s+#/i;

/**
 * The visible lines of `container` that come after `start` and before `end`, in page order, with the
 * connection degree, separators, pronouns and creator topics left out. A line is a paragraph-like element, or a run of
 * inline elements directly inside a layout `div` (the 2026 pages put each line in its own `span`).
 */
export function textBlocksBetween(container: Element, start: Element, end?: Element): string[] {
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, SHOW_TEXT);
  const lines = new Map<Element, string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || !isBetween(node, start, end) || parent.closest(NEVER_TEXT)) continue;
    const line = lineOf(parent, container);
    lines.set(line, (lines.get(line) ?? '') + node.nodeValue);
  }
  return [...lines.values()].map((text) => cleanText(text, 100_000)).filter(isContent);
}

function isBetween(node: Node, start: Element, end: Element | undefined): boolean {
  const afterStart = comesAfter(node, start) && !start.contains(node);
  const beforeEnd = !end || comesAfter(end, node);
  return afterStart && beforeEnd;
}

function lineOf(element: Element, container: Element): Element {
  let outermostInline: Element | undefined;
  for (let current: Element | null = element; current && current !== container; current = current.parentElement) {
    if (TEXT_BLOCK_TAGS.has(current.tagName)) return current;
    if (!INLINE_TAGS.has(current.tagName)) return outermostInline ?? current;
    outermostInline = current;
  }
  return outermostInline ?? element;
}

function isContent(text: string): boolean {
  return text !== '' && !CONNECTION_DEGREE.test(text) && !LONE_SEPARATOR.test(text) && !PRONOUNS.test(text) && !CREATOR_TOPICS.test(text);
}

/** The text a reader sees in `element`: screen-reader copies, icons and scripts left out. */
export function visibleText(element: Element): string {
  if (element.closest(NEVER_TEXT)) return '';
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NEVER_TEXT)) text += node.nodeValue ?? '';
  }
  return text;
}
