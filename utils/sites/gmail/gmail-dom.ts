import { HIDDEN_ANCESTOR_SELECTOR, MESSAGE_BODY_SELECTOR } from './gmail-markup';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function isTextNode(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Matches under `root` that are not inside a message body, whose HTML the sender controls. */
export function queryOutsideBodies(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((element) => !element.closest(MESSAGE_BODY_SELECTOR));
}

/**
 * Not inside a view Gmail keeps but hides. Uses the browser's own check when the document is
 * rendered (a parsed, window-less document has no styles, so only attributes count there).
 */
export function isShown(element: Element): boolean {
  if (element.closest(HIDDEN_ANCESTOR_SELECTOR)) return false;
  const rendered = element.ownerDocument.defaultView !== null && typeof element.checkVisibility === 'function';
  return !rendered || element.checkVisibility();
}

/** Drops elements nested inside another element of the list. */
export function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

/** The closest ancestor of `start` with a descendant matching `selector`. */
export function nearestAncestorContaining(start: Element, selector: string): Element | undefined {
  for (let scope = start.parentElement; scope; scope = scope.parentElement) {
    if (scope.querySelector(selector)) return scope;
  }
  return undefined;
}
